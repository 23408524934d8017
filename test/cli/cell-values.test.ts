import type { CellValue } from 'exceljs';
import type { SheetAnalysis } from '../../src/addon/server-api';
import { DEFAULT_FRAMEWORK } from '../../src/framework';
import { buildLayout } from '../../src/inventory';
import { expectBuiltCli, tempDir } from '../support/cli-run';
import {
  analyzeJson,
  benchmarkRows,
  columnOf,
  fillField,
  makeInventory,
  rate,
} from '../support/cli-workbook';
import { editZipText } from '../support/cli-zip';

const LAYOUT = buildLayout(DEFAULT_FRAMEWORK);
// Stands for an ISO date cell until the test edits the sheet's XML.
const ISO_DATE = 987654;

// What people and other apps leave in rating cells, and how each reads.
const CELLS: Record<string, [CellValue, string]> = {
  'ced-8-s1': [{ formula: '1+2', result: 3 }, 'valid 3'],
  'ced-8-s2': [{ richText: [{ text: ' 4' }, { text: ' ' }] }, 'valid 4'],
  'ced-8-k1': [
    { text: '5', hyperlink: 'https://example.org/' },
    'valid, above the threshold',
  ],
  'ced-9-s1': [{ error: '#N/A' }, 'invalid #N/A'],
  'ced-9-s2': [
    { formula: '1/0', result: { error: '#DIV/0!' } },
    'invalid #DIV/0!',
  ],
  'ced-9-k1': [true, 'invalid TRUE'],
  'ced-10-s1': [new Date(Date.UTC(2024, 2, 5)), 'invalid 2024-03-05'],
  'ced-10-s2': [{ richText: [{ text: 'four' }] }, 'invalid four'],
  'ced-10-s3': [{ formula: 'A1', result: '' }, 'unrated'],
  'ced-10-k1': [' ', 'unrated'],
  // Written by a script: a formula no app has computed yet.
  'ced-12-s2': [{ formula: '2+1' } as CellValue, 'invalid =2+1'],
  'ced-12-s3': [{ formula: '1-1', result: 0 }, 'invalid 0'],
  'ced-12-k1': [{ formula: '1=2', result: false }, 'invalid FALSE'],
};

const UNCOMPUTED =
  'open and save the workbook in Excel or LibreOffice, then analyze again.';
let dir: string;
let analysis: SheetAnalysis;

/** How the analysis (run with threshold 4) reports a benchmark. */
function outcome(id: string): string {
  const flagged = analysis.flagged.find((item) => item.id === id);
  if (flagged) return `valid ${flagged.rating}`;
  const invalid = analysis.invalid.find((item) => item.id === id);
  if (invalid) return `invalid ${invalid.value}`;
  if (analysis.unrated.some((item) => item.id === id)) return 'unrated';
  return 'valid, above the threshold';
}

beforeAll(async () => {
  expectBuiltCli();
  dir = tempDir('cells');
  const file = await makeInventory(dir, (sheet) => {
    rate(sheet, {
      ...Object.fromEntries(Object.entries(CELLS).map(([id, [v]]) => [id, v])),
      'ced-12-s1': ISO_DATE,
    });
    // Typing a date makes the app format the cell as a date.
    const rating = columnOf(sheet, 'Rating (1-5)');
    const dated = benchmarkRows(sheet).get('ced-10-s1') ?? 0;
    const cell = sheet.getRow(dated).getCell(rating);
    // A new style object: exceljs shares one among cells read alike.
    cell.style = { ...cell.style, numFmt: 'yyyy-mm-dd' };
    // A formula filled down: the second cell shares the first's formula.
    const rows = benchmarkRows(sheet);
    const master = sheet.getRow(rows.get('ced-11-s2') ?? 0).getCell(rating);
    const shared = sheet.getRow(rows.get('ced-11-s3') ?? 0).getCell(rating);
    master.value = {
      formula: '1+1',
      result: 2,
      shareType: 'shared',
      ref: `${master.address}:${shared.address}`,
    } as CellValue;
    shared.value = { sharedFormula: master.address, result: 2 } as CellValue;
    // A merge over the key and rating cells: the rating cell is covered.
    const row = benchmarkRows(sheet).get('ced-11-s1') ?? 0;
    const key = columnOf(sheet, 'Key');
    sheet.getRow(row).getCell(key).value = 'CP';
    sheet.mergeCells(row, key, row, key + 1);
  });
  editZipText(file, 'xl/worksheets/sheet1.xml', (xml) =>
    xml.replace(
      new RegExp(`(<c r="E\\d+"[^>]*)><v>${ISO_DATE}</v>`),
      '$1 t="d"><v>2024-03-05T00:00:00</v>',
    ),
  );
  analysis = await analyzeJson(file, '--threshold', '4');
});

test.each(Object.entries(CELLS))('%s holds %j', (id, [, expected]) => {
  expect(outcome(id)).toBe(expected);
});

test('an ISO date cell (type "d", from some libraries) reads as its date', () => {
  expect(outcome('ced-12-s1')).toBe('invalid 2024-03-05');
});

test('formulas filled down (shared) read as their results', () => {
  expect([outcome('ced-11-s2'), outcome('ced-11-s3')]).toEqual([
    'valid 2',
    'valid 2',
  ]);
});

test('a rating cell covered by a merge reads as empty', () => {
  expect(outcome('ced-11-s1')).toBe('unrated');
});

test('only valid ratings are averaged', () => {
  expect(analysis.grades[0]).toEqual({
    grade: 8,
    average: 4,
    rated: 3,
    total: 3,
  });
});

test('a formula with no computed value is named in a warning', () => {
  const cell = analysis.invalid.find((item) => item.id === 'ced-12-s2')?.cell;
  expect(analysis.warnings).toEqual([
    `${cell} holds a formula with no computed value: ${UNCOMPUTED}`,
  ]);
});

test('a threshold formula with no computed value: 2, and a warning', async () => {
  const file = await makeInventory(
    dir,
    (sheet) => fillField(sheet, 'Flag at or below:', { formula: '1+1' }, 1),
    'threshold-formula.xlsx',
  );
  const result = await analyzeJson(file);
  const cell = LAYOUT.thresholdCell;
  expect(result.threshold).toBe(2);
  expect(result.warnings).toEqual([
    `The threshold cell ${cell} holds "=1+1", not a whole number from 1 ` +
      'to 4, so 2 is used.',
    `${cell} holds a formula with no computed value: ${UNCOMPUTED}`,
  ]);
});
