import type { Framework, SectionKey } from './types';

/** A benchmark with the place it holds in its framework. */
export interface PlacedBenchmark {
  id: string;
  text: string;
  keys: string[];
  domain: string;
  grade: number;
  section: SectionKey;
  /** Position in framework order, from 0. */
  order: number;
}

/** Every benchmark of the framework, in the order of the source document. */
export function listBenchmarks(framework: Framework): PlacedBenchmark[] {
  const list: PlacedBenchmark[] = [];
  for (const domain of framework.domains) {
    for (const grade of domain.grades) {
      for (const section of grade.sections) {
        for (const benchmark of section.benchmarks) {
          list.push({
            ...benchmark,
            domain: domain.name,
            grade: grade.grade,
            section: section.section,
            order: list.length,
          });
        }
      }
    }
  }
  return list;
}

/** The grades of the framework, ascending, each once. */
export function listGrades(framework: Framework): number[] {
  const grades = framework.domains.flatMap((d) => d.grades.map((g) => g.grade));
  return [...new Set(grades)].sort((a, b) => a - b);
}
