import type { Worksheet } from 'exceljs';
import { DEFAULT_FRAMEWORK } from '../../src/framework';
import { buildLayout } from '../../src/inventory';
import { expectBuiltCli, runCli, tempDir } from '../support/cli-run';
import {
  analyzeJson,
  benchmarkRows,
  columnOf,
  headerColumns,
  makeInventory,
  pasteRow,
  rate,
  rowValues,
  setRowValues,
} from '../support/cli-workbook';

const RATINGS = {
  'ced-8-s1': 1,
  'ced-8-s2': 3,
  'ced-9-s1': 4,
  'ced-10-s1': 2,
  'ced-11-s3': 5,
  'ced-12-k1': 'often',
};

let dir: string;

beforeAll(() => {
  expectBuiltCli();
  dir = tempDir('rows');
});

/** Where each benchmark's rating cell is now. */
function ratingCells(sheet: Worksheet): Record<string, string> {
  const rating = columnOf(sheet, 'Rating (1-5)');
  return Object.fromEntries(
    [...benchmarkRows(sheet)].map(([id, row]) => [
      id,
      sheet.getRow(row).getCell(rating).address,
    ]),
  );
}

async function analysisOf(edit: (sheet: Worksheet) => void, name: string) {
  let cells: Record<string, string> = {};
  const file = await makeInventory(
    dir,
    (sheet) => {
      rate(sheet, RATINGS);
      edit(sheet);
      cells = ratingCells(sheet);
    },
    name,
  );
  return { analysis: await analyzeJson(file), cells };
}

test('rows sorted after rating still read by benchmark id', async () => {
  const plain = await analysisOf(() => undefined, 'plain.xlsx');
  const sorted = await analysisOf((sheet) => {
    // Sort the benchmark rows by their text, Z to A, as a menu sort would.
    const rows = [...benchmarkRows(sheet).values()];
    const text = columnOf(sheet, 'Benchmark');
    const values = rows
      .map((row) => rowValues(sheet, row))
      .sort((a, b) => String(b[text]).localeCompare(String(a[text])));
    rows.forEach((row, i) => setRowValues(sheet, row, values[i] ?? []));
  }, 'sorted.xlsx');

  expect(sorted.cells['ced-8-s1']).not.toBe(plain.cells['ced-8-s1']);
  const withoutCells = (a: typeof plain.analysis) =>
    JSON.parse(JSON.stringify(a).replace(/"cell":"E\d+"/g, '"cell":"?"'));
  expect(withoutCells(sorted.analysis)).toEqual(withoutCells(plain.analysis));
  expect(sorted.analysis.flagged.map((f) => [f.id, f.cell])).toEqual([
    ['ced-8-s1', sorted.cells['ced-8-s1']],
    ['ced-10-s1', sorted.cells['ced-10-s1']],
  ]);
  expect(sorted.analysis.overall).toEqual({ average: 3, rated: 5, total: 20 });
});

test('rows inserted above and among the benchmarks', async () => {
  const { analysis, cells } = await analysisOf((sheet) => {
    const { row: header } = headerColumns(sheet);
    sheet.insertRow(header + 1, ['A note row the team added']);
    const ninth = benchmarkRows(sheet).get('ced-9-s1') ?? 0;
    sheet.insertRow(ninth, []);
    sheet.insertRow(ninth, []);
  }, 'inserted.xlsx');

  const [first = 0] = buildLayout(DEFAULT_FRAMEWORK).benchmarkRows;
  expect(cells['ced-8-s1']).toBe(`E${first + 1}`);
  expect(analysis.warnings).toEqual([]);
  expect(analysis.overall).toEqual({ average: 3, rated: 5, total: 20 });
  expect(analysis.flagged.map((f) => [f.id, f.rating, f.cell])).toEqual([
    ['ced-8-s1', 1, cells['ced-8-s1']],
    ['ced-10-s1', 2, cells['ced-10-s1']],
  ]);
  expect(analysis.invalid).toMatchObject([
    { id: 'ced-12-k1', value: 'often', cell: cells['ced-12-k1'] },
  ]);
});

test('a pasted copy of a row: the topmost counts, with a warning', async () => {
  let kept = '';
  let copy = '';
  const { analysis } = await analysisOf((sheet) => {
    const rows = benchmarkRows(sheet);
    const source = rows.get('ced-10-s1') ?? 0;
    const below = Math.max(...rows.values()) + 1;
    sheet.insertRow(below, []);
    pasteRow(sheet, source, below);
    const rating = columnOf(sheet, 'Rating (1-5)');
    sheet.getRow(below).getCell(rating).value = 5;
    kept = sheet.getRow(source).getCell(rating).address;
    copy = sheet.getRow(below).getCell(rating).address;
  }, 'pasted.xlsx');

  expect(analysis.grades.find((g) => g.grade === 10)).toEqual({
    grade: 10,
    average: 2,
    rated: 1,
    total: 4,
  });
  expect(analysis.warnings).toEqual([
    `Benchmark ced-10-s1 has more than one row: the one in ${kept} counts, ` +
      `the copy in ${copy} is ignored. Delete the copy to clear this warning.`,
  ]);
});

test('a deleted row: not rated, no cell, and a warning', async () => {
  const { analysis } = await analysisOf((sheet) => {
    sheet.spliceRows(benchmarkRows(sheet).get('ced-12-k1') ?? 0, 1);
  }, 'deleted.xlsx');
  const report = await runCli(['analyze', 'deleted.xlsx'], dir);
  expect(report.stdout).toContain(
    '  no row  12th grade, know: how CP courses and experiences articulate',
  );
  expect(report.stdout.trimEnd().split('\n').slice(-2)).toEqual([
    'Warnings:',
    `  - ${analysis.warnings[0]}`,
  ]);

  expect(analysis.invalid).toEqual([]);
  expect(analysis.unrated.find((u) => u.id === 'ced-12-k1')).toMatchObject({
    cell: null,
    text: 'how CP courses and experiences articulate to degree programs at PS options',
  });
  expect(analysis.warnings).toEqual([
    '1 benchmark has no row in the sheet (deleted?) and counts as not ' +
      'rated: ced-12-k1. Create a fresh inventory to get every row back.',
  ]);
});
