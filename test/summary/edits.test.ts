import type { CellValue, Row, Worksheet } from 'exceljs';
import type { SheetAnalysis } from '../../src/addon/server-api';
import { DEFAULT_FRAMEWORK } from '../../src/framework';
import { expectBuiltCli, tempDir } from '../support/cli-run';
import {
  analyzeJson,
  benchmarkRows,
  columnOf,
  firstSheet,
  headerColumns,
  openXlsx,
  rate,
} from '../support/cli-workbook';
import {
  deleteRows,
  insertRows,
  pasteRow,
  sortRows,
  type SortKey,
} from '../support/sheet-edits';
import { expectedView } from '../support/summary-expected';
import type { SummaryView } from '../support/summary-view';
import {
  computedViews,
  createInventory,
  endRow,
  saveInventory,
  type SavedInventory,
} from '../support/summary-workbook';

const RATING = 'Rating (1-5)';

const FIRST_RATINGS: Record<string, CellValue> = {
  'ced-8-s1': 1,
  'ced-8-s2': ' 3 ',
  'ced-8-k1': 'abc',
  'ced-9-s1': 2,
  'ced-9-k1': 5,
  'ced-10-s1': 4,
  'ced-10-s2': 7,
  'ced-10-s3': '  2',
  'ced-10-k1': 3,
  'ced-11-s1': 2,
  'ced-11-s2': 4,
  'ced-11-s3': true,
  'ced-11-s4': 5,
  'ced-11-k1': 1,
  'ced-11-k2': '   ',
  'ced-12-s2': 3,
  'ced-12-s3': 2.5,
  'ced-12-k1': 4,
};

/** Each edit a team makes, in turn, on the same rated inventory. */
const EDITS: { name: string; edit: (sheet: Worksheet) => void }[] = [
  {
    name: 'rows inserted mid-grade (one gets a stray 1) and above the end row',
    edit: (sheet) => {
      const middle = rowOf(sheet, 'ced-11-s3');
      insertRows(sheet, middle, 3);
      insertRows(sheet, endRow(sheet), 2);
      ratingCell(sheet, middle).value = 1;
    },
  },
  {
    name: 'new ratings in moved rows',
    edit: (sheet) => rate(sheet, { 'ced-12-s1': 1, 'ced-9-s2': '4' }),
  },
  {
    name: 'every body row sorted in reverse',
    edit: (sheet) => sortBody(sheet, (row) => -row.number),
  },
  {
    name: 'a row pasted below its original and another above',
    edit: (sheet) => {
      const below = rowOf(sheet, 'ced-10-k1') + 1;
      insertRows(sheet, below, 1);
      pasteRow(sheet, below - 1, below);
      ratingCell(sheet, below).value = 1;
      const above = rowOf(sheet, 'ced-8-s1');
      insertRows(sheet, above, 1);
      pasteRow(sheet, above + 1, above);
      ratingCell(sheet, above).value = 5;
    },
  },
  {
    name: 'a benchmark row deleted',
    edit: (sheet) => deleteRows(sheet, rowOf(sheet, 'ced-11-s4'), 1),
  },
  {
    name: 'benchmark rows sorted by rating',
    edit: (sheet) => sortBody(sheet, ratingKey(sheet)),
  },
];

let saved: SavedInventory[];
let analyses: SheetAnalysis[];
let views: SummaryView[];

beforeAll(async () => {
  expectBuiltCli();
  const dir = tempDir('summary-edits');
  const workbook = await openXlsx(await createInventory(dir));
  const sheet = firstSheet(workbook);
  rate(sheet, FIRST_RATINGS);
  saved = [];
  for (const [index, { edit }] of EDITS.entries()) {
    edit(sheet);
    saved.push(await saveInventory(workbook, dir, `edit-${index + 1}`));
  }
  analyses = await Promise.all(saved.map((s) => analyzeJson(s.file)));
  views = await computedViews(
    saved.map((s) => s.file),
    dir,
  );
});

test.each(EDITS.map((step, index) => [step.name, index] as const))(
  'after %s, LibreOffice shows the figures of analyze --json',
  (_name, index) => {
    const analysis = analyses[index];
    const inventory = saved[index];
    if (!analysis || !inventory) throw new Error('not prepared');
    expect(views[index]).toEqual(
      expectedView(analysis, inventory.rows, DEFAULT_FRAMEWORK, ''),
    );
  },
);

test('the edits did what they say', () => {
  const rows = (index: number, id: string) =>
    (saved[index]?.rows ?? []).filter((row) => row.id === id).length;
  const cells = saved.map((s) => s.rows.map((row) => row.cell).join(' '));
  expect(cells[2]).not.toBe(cells[1]);
  expect([rows(3, 'ced-10-k1'), rows(3, 'ced-8-s1')]).toEqual([2, 2]);
  expect(rows(4, 'ced-11-s4')).toBe(0);
  expect(analyses[4]?.unrated).toContainEqual(
    expect.objectContaining({ id: 'ced-11-s4', cell: null }),
  );
  expect(cells[5]).not.toBe(cells[4]);
});

function rowOf(sheet: Worksheet, id: string): number {
  const row = benchmarkRows(sheet).get(id);
  if (row === undefined) throw new Error(`no row for ${id}`);
  return row;
}

function ratingCell(sheet: Worksheet, row: number) {
  return sheet.getRow(row).getCell(columnOf(sheet, RATING));
}

/** Sorts every row between the header row and the end row. */
function sortBody(sheet: Worksheet, key: (row: Row) => SortKey) {
  const header = headerColumns(sheet).row;
  sortRows(sheet, header + 1, endRow(sheet) - 1, key);
}

/** Benchmark rows by their rating cell; other rows go last. */
function ratingKey(sheet: Worksheet) {
  const id = columnOf(sheet, 'Benchmark id');
  const rating = columnOf(sheet, RATING);
  return (row: Row): SortKey => {
    const value = row.getCell(rating).value;
    if (typeof row.getCell(id).value !== 'string') return null;
    if (typeof value === 'number') return value;
    return value === null ? null : String(value);
  };
}
