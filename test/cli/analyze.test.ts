import { join } from 'node:path';
import type { SheetAnalysis } from '../../src/addon/server-api';
import { expectBuiltCli, runCli, tempDir } from '../support/cli-run';
import {
  analyzeJson,
  benchmarkRows,
  columnOf,
  fillField,
  makeInventory,
  rate,
} from '../support/cli-workbook';

// Worked out by hand from CONTRACT.md's rules.
const RATINGS = {
  'ced-8-s1': 1,
  'ced-8-s2': 3,
  'ced-9-s1': '4',
  'ced-9-s2': ' 5 ',
  'ced-9-k1': 2.5,
  'ced-10-s1': 2,
  'ced-10-s2': 2,
  'ced-10-s3': 2,
  'ced-10-k1': 2,
  'ced-11-s1': 5,
  'ced-11-s2': 'yes',
  'ced-11-s4': 4,
  'ced-11-k1': 7,
  'ced-11-k2': '   ',
};

let dir: string;
let file: string;
let cells: Map<string, string>;
let analysis: SheetAnalysis;

beforeAll(async () => {
  expectBuiltCli();
  dir = tempDir('analyze');
  file = await makeInventory(dir, (sheet) => {
    rate(sheet, RATINGS);
    fillField(sheet, 'School:', 'Lincoln Test School', 2);
    fillField(sheet, 'School year:', '2025-2026', 2);
    const rating = columnOf(sheet, 'Rating (1-5)');
    cells = new Map(
      [...benchmarkRows(sheet)].map(([id, row]) => [
        id,
        sheet.getRow(row).getCell(rating).address,
      ]),
    );
  });
  analysis = await analyzeJson(file);
});

const cell = (id: string) => cells.get(id) ?? 'missing';

test('--json: the sheet read, school and year, threshold', () => {
  expect(analysis).toMatchObject({
    sheet: 'PaCE Inventory',
    framework: {
      id: 'ced',
      name: 'Career Exploration and Development',
      version: '2017.1',
    },
    school: 'Lincoln Test School',
    schoolYear: '2025-2026',
    threshold: 2,
    warnings: [],
  });
});

test('--json: averages and coverage per grade and section', () => {
  expect(analysis.overall).toEqual({ average: 3, rated: 10, total: 20 });
  expect(analysis.grades).toEqual([
    { grade: 8, average: 2, rated: 2, total: 3 },
    { grade: 9, average: 4.5, rated: 2, total: 3 },
    { grade: 10, average: 2, rated: 4, total: 4 },
    { grade: 11, average: 4.5, rated: 2, total: 6 },
    { grade: 12, average: null, rated: 0, total: 4 },
  ]);
  expect(analysis.sections.slice(0, 2)).toEqual([
    { grade: 8, section: 'supported', average: 2, rated: 2, total: 2 },
    { grade: 8, section: 'know', average: null, rated: 0, total: 1 },
  ]);
  expect(analysis.sections).toHaveLength(10);
});

test('--json: flagged lowest first, then in framework order', () => {
  expect(analysis.flagged.map((f) => [f.id, f.rating, f.cell])).toEqual([
    ['ced-8-s1', 1, cell('ced-8-s1')],
    ['ced-10-s1', 2, cell('ced-10-s1')],
    ['ced-10-s2', 2, cell('ced-10-s2')],
    ['ced-10-s3', 2, cell('ced-10-s3')],
    ['ced-10-k1', 2, cell('ced-10-k1')],
  ]);
  expect(analysis.flagged[0]).toEqual({
    id: 'ced-8-s1',
    domain: 'Career Exploration and Development',
    grade: 8,
    section: 'supported',
    text: 'complete a career cluster survey',
    cell: cell('ced-8-s1'),
    rating: 1,
  });
});

test('--json: unrated and invalid cells with their addresses', () => {
  expect(analysis.unrated.map((u) => [u.id, u.cell])).toEqual(
    [
      'ced-8-k1',
      'ced-11-s3',
      'ced-11-k2',
      'ced-12-s1',
      'ced-12-s2',
      'ced-12-s3',
      'ced-12-k1',
    ].map((id) => [id, cell(id)]),
  );
  expect(analysis.invalid.map((i) => [i.id, i.value, i.cell])).toEqual([
    ['ced-9-k1', '2.5', cell('ced-9-k1')],
    ['ced-11-s2', 'yes', cell('ced-11-s2')],
    ['ced-11-k1', '7', cell('ced-11-k1')],
  ]);
});

test('--json prints one JSON object and nothing else', async () => {
  const result = await runCli(['analyze', 'rated.xlsx', '--json'], dir);
  expect(result.stderr).toBe('');
  expect(result.stdout.endsWith('}\n')).toBe(true);
  expect(JSON.parse(result.stdout)).toEqual(analysis);
});

test('--threshold wins over the threshold cell', async () => {
  const low = await analyzeJson(file, '--threshold', '1');
  expect(low.threshold).toBe(1);
  expect(low.flagged.map((f) => f.id)).toEqual(['ced-8-s1']);
});

test('the threshold cell of the sheet is used', async () => {
  const three = await makeInventory(
    dir,
    (sheet) => {
      rate(sheet, RATINGS);
      fillField(sheet, 'Flag at or below:', 3, 1);
    },
    'three.xlsx',
  );
  const result = await analyzeJson(three);
  expect(result.threshold).toBe(3);
  expect(result.flagged.map((f) => f.id)).toEqual([
    'ced-8-s1',
    'ced-10-s1',
    'ced-10-s2',
    'ced-10-s3',
    'ced-10-k1',
    'ced-8-s2',
  ]);
});

describe('the readable report', () => {
  let report: string;
  beforeAll(async () => {
    const result = await runCli(['analyze', 'rated.xlsx'], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    report = result.stdout;
  });

  test('heads with the school, year, sheet and threshold', () => {
    expect(report).toMatch(
      /^School: Lincoln Test School +School year: 2025-2026$/m,
    );
    expect(report).toContain(
      'Sheet "PaCE Inventory" of rated.xlsx; flagged at or below 2',
    );
  });

  test('shows each grade with a bar, its average and coverage', () => {
    expect(report).toMatch(/^ {2}8th grade +████░░░░░░ +2\.00 +2 of 3 rated$/m);
    expect(report).toMatch(/^ {2}9th grade +█████████░ +4\.50 +2 of 3 rated$/m);
    expect(report).toMatch(/^ {2}12th grade +░░░░░░░░░░ +– +0 of 4 rated$/m);
    expect(report).toMatch(
      /^ {2}All grades +██████░░░░ +3\.00 +10 of 20 rated$/m,
    );
    expect(report).toContain(
      'Coverage: 10 of 20 benchmarks rated (50%), 7 not rated, 3 not valid.',
    );
  });

  test('lists flagged, unrated and invalid cells under column names', () => {
    const lines = report.split('\n');
    const after = (title: string, count: number) => {
      const at = lines.indexOf(title);
      expect(at).toBeGreaterThan(0);
      return lines.slice(at + 1, at + 1 + count);
    };
    const place = (id: string) => cell(id).padEnd(4);
    expect(
      after('Flagged low (5), rated 2 or lower, lowest first:', 2),
    ).toEqual([
      '  rating  cell  benchmark',
      `  1       ${place('ced-8-s1')}  8th grade, supported to: complete a ` +
        'career cluster survey',
    ]);
    expect(after('Not rated (7):', 2)).toEqual([
      '  cell  benchmark',
      `  ${place('ced-8-k1')}  8th grade, know: the concept of career ` +
        'clusters of interest',
    ]);
    expect(after('Not valid (3), not a whole number 1-5:', 1)).toEqual([
      '  cell  holds  benchmark',
    ]);
    expect(report).toContain(
      `  ${place('ced-11-s2')}  "yes"  11th grade, supported to: ` +
        'participate in a mock job interview',
    );
  });
});

test('analyze reads the file it was given, wherever it is', async () => {
  const result = await runCli(
    ['analyze', join(dir, 'rated.xlsx'), '--json'],
    '/',
  );
  expect(JSON.parse(result.stdout)).toEqual(analysis);
});
