import {
  DEFAULT_FRAMEWORK,
  frameworkProblems,
  listBenchmarks,
  type Framework,
} from '../src/framework';
import {
  buildLayout,
  type CellValue,
  type InventoryLayout,
} from '../src/inventory';
import { cellAt, gridIndex, layoutGrid } from './support/layout-grid';
import { syntheticFramework } from './support/synthetic-framework';

const HEADERS = [
  'Grade',
  'Section',
  'Benchmark',
  'Key',
  'Rating (1-5)',
  'What the rating means',
  'Flag',
  'Evidence / notes',
  'Owner',
  'Rating check',
  'Benchmark id',
];
const RATING = HEADERS.indexOf('Rating (1-5)');
const ID = HEADERS.indexOf('Benchmark id');

/** What a person reading the sheet would see in each row, with its kind. */
function view(layout: InventoryLayout) {
  const grid = layoutGrid(layout);
  return layout.rows.map((row, index) => ({
    number: index + 1,
    kind: row.kind,
    values: grid[index] ?? [],
  }));
}

const idOf = (values: CellValue[]) => values[ID] ?? null;

describe.each([
  ['the default framework', DEFAULT_FRAMEWORK],
  ['a synthetic framework of 2,000 benchmarks', syntheticFramework(2000)],
])('the layout of %s', (_name, framework: Framework) => {
  const layout = buildLayout(framework);
  const rows = view(layout);
  const benchmarks = listBenchmarks(framework);

  it('has the header row, with every column, at headerRow', () => {
    const header = rows[layout.headerRow - 1];
    expect(header?.kind).toBe('header');
    expect(header?.values).toEqual(HEADERS);
    expect(rows.filter((row) => row.kind === 'header')).toHaveLength(1);
  });

  it('has every id once, in framework order, on benchmark rows', () => {
    const body = rows.slice(layout.headerRow);
    const withId = body.filter((row) => idOf(row.values) !== null);
    expect(withId.map((row) => idOf(row.values))).toEqual(
      benchmarks.map((b) => b.id),
    );
    expect(withId.every((row) => row.kind === 'benchmark')).toBe(true);
    const above = rows.slice(0, layout.headerRow - 1);
    expect(above.filter((row) => idOf(row.values) !== null)).toEqual([]);
    const benchmarkRows = rows.filter((row) => row.kind === 'benchmark');
    expect(benchmarkRows).toHaveLength(benchmarks.length);
  });

  it('takes ratings exactly in the rating cells of benchmark rows', () => {
    const letter = String.fromCharCode(65 + RATING);
    const expected = rows
      .filter((row) => row.kind === 'benchmark')
      .map((row) => `${letter}${row.number}`);
    expect(layout.ratingCells).toEqual(expected);
    expect(layout.benchmarkRows).toEqual(
      expected.map((cell) => gridIndex(cell).row + 1),
    );
    for (const cell of layout.ratingCells) {
      expect(gridIndex(cell).row).toBeGreaterThan(layout.headerRow - 1);
    }
  });

  it('shows each benchmark with its grade, section, wording and key', () => {
    const byId = new Map(rows.map((row) => [idOf(row.values), row.values]));
    for (const b of [benchmarks[0], benchmarks[benchmarks.length - 1]]) {
      const values = byId.get(b?.id ?? '') ?? [];
      expect(values.slice(0, 4)).toEqual([
        `${b?.grade}th grade`,
        b?.section === 'know' ? 'Know' : 'Supported to',
        b?.text,
        b?.keys.join(', '),
      ]);
      expect(values[RATING]).toBeNull();
    }
  });

  it('ends each grade block with one "students should have: N/A" row', () => {
    const grades = rows.filter((row) => row.kind === 'grade');
    const notes = rows.filter((row) => row.kind === 'note');
    expect(grades).toHaveLength(5);
    expect(notes).toHaveLength(5);
    const blockEnds = [
      ...grades.slice(1).map((row) => row.number - 1),
      layout.endRow - 1,
    ];
    expect(notes.map((row) => row.number)).toEqual(blockEnds);
    for (const note of notes) {
      expect(note.values.slice(0, 3)).toEqual([
        null,
        'students should have: N/A',
        null,
      ]);
      expect(idOf(note.values)).toBeNull();
      expect(layout.ratingCells).not.toContain(`E${note.number}`);
    }
  });

  it('names each grade block and its sections as the source does', () => {
    const grades = rows.filter((row) => row.kind === 'grade');
    expect(grades.map((row) => row.values[0])).toEqual([
      'By end of 8th grade',
      'By end of 9th grade',
      'By end of 10th grade',
      'By end of 11th grade',
      'By end of 12th grade',
    ]);
    const sections = rows.filter((row) => row.kind === 'section');
    expect(new Set(sections.map((row) => row.values[1]))).toEqual(
      new Set(['students should be supported to:', 'students should know:']),
    );
  });

  it('ends with the end row at endRow', () => {
    expect(rows).toHaveLength(layout.endRow);
    expect(rows[layout.endRow - 1]?.kind).toBe('end');
  });

  it('starts the threshold at 2, beside its label', () => {
    const grid = layoutGrid(layout);
    expect(cellAt(grid, layout.thresholdCell)).toBe(2);
    const { row, column } = gridIndex(layout.thresholdCell);
    expect(grid[row]?.[column - 1]).toBe('Flag at or below:');
    expect(row).toBeLessThan(layout.headerRow - 1);
  });

  it('leaves School and School year empty, beside their labels', () => {
    const fields = rows.find((row) => row.kind === 'fields')?.values ?? [];
    const school = fields.indexOf('School:');
    const year = fields.indexOf('School year:');
    expect(school).toBeGreaterThanOrEqual(0);
    expect(year).toBeGreaterThanOrEqual(0);
    expect([fields[school + 2], fields[year + 2]]).toEqual(['', '']);
  });

  it('gives every benchmark row the formulas that explain its rating', () => {
    const columns = ['What the rating means', 'Flag', 'Rating check'];
    for (const number of layout.benchmarkRows) {
      const row = layout.rows[number - 1];
      for (const header of columns) {
        const formula = row?.cells[HEADERS.indexOf(header)]?.formula ?? '';
        expect(formula).toMatch(new RegExp(`[A-Z]${number}\\b`));
      }
    }
  });
});

describe('the layout of a framework with two domains', () => {
  const second = structuredClone(DEFAULT_FRAMEWORK.domains[0]);
  if (!second) throw new Error('the default framework has no domain');
  second.id = 'pee';
  second.name = 'Another domain';
  for (const grade of second.grades) {
    for (const section of grade.sections) {
      for (const b of section.benchmarks) b.id = b.id.replace('ced', 'pee');
    }
  }
  const framework: Framework = {
    ...DEFAULT_FRAMEWORK,
    domains: [...DEFAULT_FRAMEWORK.domains, second],
  };
  const layout = buildLayout(framework);

  it('is a valid framework', () => {
    expect(frameworkProblems(framework)).toEqual([]);
  });

  it('names each domain in a row and rates all 40 benchmarks', () => {
    const domains = layout.rows.filter((row) => row.kind === 'domain');
    expect(domains.map((row) => row.cells[0]?.value)).toEqual([
      'Career Exploration and Development',
      'Another domain',
    ]);
    expect(layout.ratingCells).toHaveLength(40);
    expect(new Set(layout.ratingCells).size).toBe(40);
  });
});
