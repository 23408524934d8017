import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_FRAMEWORK,
  FrameworkError,
  frameworkProblems,
  listBenchmarks,
  listGrades,
  validateFramework,
  type Framework,
  type SectionKey,
} from '../src/framework';
import { syntheticFramework } from './support/synthetic-framework';

const SOURCE_FILE = join(
  __dirname,
  '../../shared/framework/pace-career-exploration-inventory.txt',
);
const SOURCE = readFileSync(SOURCE_FILE, 'utf8');
const LINES = SOURCE.split('\n');
const CHECKBOX = '<input type="checkbox"/>';

/** The table row after the line that starts with `heading`, by column. */
function sourceColumns(heading: string): string[] {
  const at = LINES.findIndex((line) => line.startsWith(heading));
  if (at < 0) throw new Error(`The source has no line "${heading}"`);
  return (LINES[at + 1] ?? '').split('\t');
}

/** The benchmark wordings of one table cell, in order. */
function items(column: string): string[] {
  return column
    .replace(/<p[^>]*>.*?<\/p>/g, '')
    .split(CHECKBOX)
    .map((text) => text.trim())
    .filter((text) => text !== '');
}

const SOURCE_GRADES = (LINES.find((l) => l.startsWith('By end of')) ?? '')
  .split('\t')
  .map((column) => Number(/By end of (\d+) th grade/.exec(column)?.[1]));
const SOURCE_TEXTS: Record<'supported' | 'know', string[][]> = {
  supported: sourceColumns('students should be supported to:').map(items),
  know: sourceColumns('students should know:').map(items),
};

const benchmarks = listBenchmarks(DEFAULT_FRAMEWORK);
const [domain] = DEFAULT_FRAMEWORK.domains;

function texts(grade: number, section: SectionKey): string[] {
  return benchmarks
    .filter((b) => b.grade === grade && b.section === section)
    .map((b) => b.text);
}

describe('the source document, as the test reads it', () => {
  it('has five grade columns, 8th to 12th, and 20 benchmarks', () => {
    expect(SOURCE_GRADES).toEqual([8, 9, 10, 11, 12]);
    expect(SOURCE_TEXTS.supported).toHaveLength(5);
    expect(SOURCE_TEXTS.know).toHaveLength(5);
    const count = [...SOURCE_TEXTS.supported, ...SOURCE_TEXTS.know].flat();
    expect(count).toHaveLength(20);
  });
});

describe('the default framework', () => {
  it('is the one Career Exploration and Development domain', () => {
    expect(DEFAULT_FRAMEWORK.id).toBe('ced');
    expect(DEFAULT_FRAMEWORK.name).toBe('Career Exploration and Development');
    expect(SOURCE).toContain(`${DEFAULT_FRAMEWORK.name} Benchmarks`);
    expect(DEFAULT_FRAMEWORK.domains).toHaveLength(1);
    expect(domain?.id).toBe('ced');
    expect(domain?.name).toBe(DEFAULT_FRAMEWORK.name);
  });

  it('has 20 benchmarks in grades 8 to 12', () => {
    expect(benchmarks).toHaveLength(20);
    expect(listGrades(DEFAULT_FRAMEWORK)).toEqual([8, 9, 10, 11, 12]);
  });

  it.each([
    [8, 2, 1],
    [9, 2, 1],
    [10, 3, 1],
    [11, 4, 2],
    [12, 3, 1],
  ])('grade %i has %i "supported to" and %i "know"', (grade, s, k) => {
    expect(texts(grade, 'supported')).toHaveLength(s);
    expect(texts(grade, 'know')).toHaveLength(k);
    expect(texts(grade, 'have')).toHaveLength(0);
  });

  it.each(SOURCE_GRADES.map((grade, column) => [grade, column]))(
    'grade %i keeps the wording of the source, in its order',
    (grade, column) => {
      expect(texts(grade, 'supported')).toEqual(SOURCE_TEXTS.supported[column]);
      expect(texts(grade, 'know')).toEqual(SOURCE_TEXTS.know[column]);
    },
  );

  it('numbers its ids ced-8-s1 ... ced-12-k1 in source order', () => {
    expect(benchmarks.map((b) => b.id)).toEqual([
      'ced-8-s1',
      'ced-8-s2',
      'ced-8-k1',
      'ced-9-s1',
      'ced-9-s2',
      'ced-9-k1',
      'ced-10-s1',
      'ced-10-s2',
      'ced-10-s3',
      'ced-10-k1',
      'ced-11-s1',
      'ced-11-s2',
      'ced-11-s3',
      'ced-11-s4',
      'ced-11-k1',
      'ced-11-k2',
      'ced-12-s1',
      'ced-12-s2',
      'ced-12-s3',
      'ced-12-k1',
    ]);
    expect(benchmarks.map((b) => b.order)).toEqual([...Array(20).keys()]);
  });

  it('lists "have" in every grade with no benchmarks and the note N/A', () => {
    expect(SOURCE).toContain('students should have: N/A');
    for (const grade of domain?.grades ?? []) {
      const have = grade.sections.filter((s) => s.section === 'have');
      expect(have).toEqual([{ section: 'have', benchmarks: [], note: 'N/A' }]);
    }
  });

  it('tags CP and PS exactly where the wording uses them', () => {
    for (const benchmark of benchmarks) {
      const used = ['CP', 'PS'].filter((abbreviation) =>
        new RegExp(`\\b${abbreviation}\\b`).test(benchmark.text),
      );
      expect({ id: benchmark.id, keys: benchmark.keys }).toEqual({
        id: benchmark.id,
        keys: used,
      });
    }
  });

  it('has the key and scale of the source document', () => {
    expect(DEFAULT_FRAMEWORK.key).toEqual([
      { abbreviation: 'CP', meaning: 'Career Pathway' },
      { abbreviation: 'PS', meaning: 'Postsecondary' },
    ]);
    expect(SOURCE).toContain('CP\tCareer Pathway');
    expect(SOURCE).toContain('PS\tPostsecondary');
    for (const level of DEFAULT_FRAMEWORK.scale) {
      expect(SOURCE).toContain(`\t${level.rating}\t${level.label}`);
    }
    expect(DEFAULT_FRAMEWORK.scale.map((s) => s.rating)).toEqual([
      1, 2, 3, 4, 5,
    ]);
  });

  it('has the title and instructions of the source document', () => {
    const instructions = /^Instructions: (.*)$/m.exec(SOURCE)?.[1] ?? '';
    expect(DEFAULT_FRAMEWORK.title).toBe('Step 1: Take an Inventory');
    expect(SOURCE).toContain(DEFAULT_FRAMEWORK.title);
    expect(DEFAULT_FRAMEWORK.instructions).toBe(
      instructions.replace(/\*\*/g, ''),
    );
  });
});

describe('validateFramework', () => {
  it('finds no problem in the default framework', () => {
    expect(frameworkProblems(DEFAULT_FRAMEWORK)).toEqual([]);
    expect(validateFramework(DEFAULT_FRAMEWORK)).toBe(DEFAULT_FRAMEWORK);
  });

  it('finds no problem in a synthetic framework of 2,000 benchmarks', () => {
    const big = syntheticFramework(2000);
    expect(frameworkProblems(big)).toEqual([]);
    expect(listBenchmarks(big)).toHaveLength(2000);
  });

  function broken(): Framework {
    const copy = structuredClone(DEFAULT_FRAMEWORK);
    const [grade8, grade9, grade10, grade11, grade12] =
      copy.domains[0]?.grades ?? [];
    const section = (grade: typeof grade8, key: string) => {
      const found = grade?.sections.find((s) => s.section === key);
      if (!found) throw new Error(`no ${key} section`);
      return found;
    };
    section(grade8, 'supported').benchmarks.push({
      id: 'ced-8-s1',
      text: 'a second benchmark under an id already used',
      keys: [],
    });
    const first9 = section(grade9, 'supported').benchmarks[0];
    if (first9) first9.text = '   ';
    if (grade10) grade10.grade = 10.5;
    const have11 = section(grade11, 'have');
    (have11 as { section: string }).section = 'should have';
    const first12 = section(grade12, 'supported').benchmarks[0];
    if (first12) first12.id = 'ced-11-s9';
    const know12 = section(grade12, 'know').benchmarks[0];
    if (know12) know12.keys = ['CP', 'XY'];
    return copy;
  }

  it('names every problem of a bad framework in one message', () => {
    const expected = [
      'duplicate id "ced-8-s1"',
      'has empty text',
      'has grade 10.5, not a whole number',
      'unknown section "should have"',
      'has id "ced-11-s9", not ced-12-sN',
      'uses key "XY", not in "key"',
    ];
    let error: unknown;
    try {
      validateFramework(broken());
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FrameworkError);
    const message = (error as FrameworkError).message;
    for (const problem of expected) expect(message).toContain(problem);
    expect((error as FrameworkError).problems).toHaveLength(expected.length);
  });

  it('says where each problem is', () => {
    const problems = frameworkProblems(broken());
    expect(problems).toContain('grade 9 supported #1 has empty text');
    expect(problems).toContain(
      'grade 12 supported #1 has id "ced-11-s9", not ced-12-sN',
    );
    expect(problems).toContain('grade 12 know #1 uses key "XY", not in "key"');
  });

  it('reports, not crashes on, a domain id with regex characters', () => {
    const copy = structuredClone(DEFAULT_FRAMEWORK);
    const [first] = copy.domains;
    if (first) first.id = 'c(d';
    expect(() => frameworkProblems(copy)).not.toThrow();
    const problems = frameworkProblems(copy);
    expect(problems).toContain(
      'domains[0] needs an id of lower-case letters and digits',
    );
  });

  it('asks for a list of keys where a benchmark has none', () => {
    const copy = structuredClone(DEFAULT_FRAMEWORK);
    const first = copy.domains[0]?.grades[0]?.sections[0]?.benchmarks[0];
    if (first) delete (first as { keys?: string[] }).keys;
    expect(frameworkProblems(copy)).toEqual([
      'grade 8 supported #1 has no list of keys ([] for none)',
    ]);
  });

  it.each([
    ['nothing', null, 'it is not an object'],
    ['a list', [], 'it is not an object'],
    ['no benchmarks', { ...DEFAULT_FRAMEWORK, domains: [] }, 'no benchmarks'],
    [
      'four scale levels',
      { ...DEFAULT_FRAMEWORK, scale: DEFAULT_FRAMEWORK.scale.slice(1) },
      '"scale" must list the five levels 1-5',
    ],
    ['an empty name', { ...DEFAULT_FRAMEWORK, name: ' ' }, '"name" is empty'],
  ])('rejects %s', (_what, value, problem) => {
    expect(frameworkProblems(value).join('; ')).toContain(problem);
    expect(() => validateFramework(value)).toThrow(FrameworkError);
  });
});
