import {
  DEFAULT_FRAMEWORK,
  SECTION_LETTERS,
  type Benchmark,
  type Framework,
  type Grade,
  type SectionKey,
} from '../../src/framework';

/** Share of a grade's benchmarks that are "supported to"; the rest "know". */
const SUPPORTED_SHARE = 2 / 3;

/**
 * A valid framework of `benchmarkCount` benchmarks spread as evenly as
 * possible over `grades` (earlier grades take the remainder), about two
 * thirds "supported to" and the rest "know", with an empty "have" section
 * (note N/A) in every grade, like the source document. Ids are
 * `syn-<grade>-s<n>` / `syn-<grade>-k<n>`; the same arguments always give
 * the same framework. The wording is made up and says so: never use it as
 * PaCE text.
 */
export function syntheticFramework(
  benchmarkCount: number,
  grades = [8, 9, 10, 11, 12],
): Framework {
  const perGrade = Math.floor(benchmarkCount / grades.length);
  const extra = benchmarkCount % grades.length;
  return {
    ...DEFAULT_FRAMEWORK,
    id: 'syn',
    name: 'Synthetic benchmarks',
    version: `synthetic-${benchmarkCount}`,
    domains: [
      {
        id: 'syn',
        name: 'Synthetic benchmarks',
        grades: grades.map((grade, index) =>
          syntheticGrade(grade, perGrade + (index < extra ? 1 : 0)),
        ),
      },
    ],
  };
}

function syntheticGrade(grade: number, count: number): Grade {
  const supported = Math.ceil(count * SUPPORTED_SHARE);
  return {
    grade,
    sections: [
      {
        section: 'supported',
        benchmarks: benchmarks(grade, 'supported', supported),
      },
      {
        section: 'know',
        benchmarks: benchmarks(grade, 'know', count - supported),
      },
      { section: 'have', benchmarks: [], note: 'N/A' },
    ],
  };
}

function benchmarks(
  grade: number,
  section: SectionKey,
  count: number,
): Benchmark[] {
  const letter = SECTION_LETTERS[section];
  return Array.from({ length: count }, (_, index) => {
    const n = index + 1;
    const usesCp = n % 3 === 0;
    return {
      id: `syn-${grade}-${letter}${n}`,
      text:
        `synthetic ${section} benchmark ${n} of grade ${grade}` +
        (usesCp ? ' related to the CP' : ''),
      keys: usesCp ? ['CP'] : [],
    };
  });
}
