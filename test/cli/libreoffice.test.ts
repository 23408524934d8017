import type { CellValue, Worksheet } from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SheetAnalysis } from '../../src/addon/server-api';
import { DEFAULT_FRAMEWORK } from '../../src/framework';
import { buildLayout } from '../../src/inventory';
import { expectBuiltCli, REPO, runCli, tempDir } from '../support/cli-run';
import {
  analyzeJson,
  benchmarkRows,
  columnOf,
  fillField,
  firstSheet,
  makeInventory,
  openXlsx,
  rate,
  pasteRow,
} from '../support/cli-workbook';
import { elements, expandSqref } from '../support/cli-xml';
import { readZipText } from '../support/cli-zip';
import {
  convertWithLibreOffice,
  findSoffice,
  renderFirstPage,
} from '../support/libreoffice';

// A real spreadsheet engine computes the sheet's own formulas; they must
// say what the CLI's analysis says.
const RATINGS: Record<string, CellValue> = {
  'ced-8-s1': 1,
  'ced-8-s2': 2,
  'ced-8-k1': 3,
  'ced-9-s1': 4,
  'ced-9-s2': 5,
  'ced-9-k1': ' 4 ',
  'ced-10-s1': '3',
  'ced-10-s2': 'yes',
  'ced-10-s3': 7,
  'ced-10-k1': 2.5,
  'ced-11-s1': true,
  'ced-11-s2': { error: '#N/A' },
  'ced-11-s4': '  ',
};
const THRESHOLD = 3;
const LABELS = DEFAULT_FRAMEWORK.scale.map((level) => level.label);
const OUTPUT = join(REPO, 'test-output', 'cli');
const layout = buildLayout(DEFAULT_FRAMEWORK);

let dir: string;
let rated: string;
let analysis: SheetAnalysis;
let computed: Worksheet;
let copyRow = 0;

beforeAll(async () => {
  findSoffice();
  expectBuiltCli();
  dir = tempDir('libreoffice');
  rated = await makeInventory(dir, (sheet) => {
    rate(sheet, RATINGS);
    fillField(sheet, 'Flag at or below:', THRESHOLD, 1);
    // A pasted copy of the first benchmark row, just below the last one.
    copyRow = Math.max(...benchmarkRows(sheet).values()) + 1;
    sheet.insertRow(copyRow, []);
    pasteRow(sheet, benchmarkRows(sheet).get('ced-8-s1') ?? 0, copyRow);
  });
  analysis = await analyzeJson(rated);
  const out = tempDir('libreoffice-out');
  const recalculated = await convertWithLibreOffice(rated, 'xlsx', out);
  computed = firstSheet(await openXlsx(recalculated));
}, 180_000);

function result(sheet: Worksheet, row: number, header: string): string {
  const value = sheet.getRow(row).getCell(columnOf(sheet, header)).value;
  if (value === null || value === undefined) return '';
  if (
    typeof value === 'object' &&
    ('formula' in value || 'sharedFormula' in value)
  ) {
    return String(value.result ?? '');
  }
  return String(value);
}

test('the meaning column shows the scale label of each rating', () => {
  const meanings = Object.fromEntries(
    [...benchmarkRows(computed)].map(([id, row]) => [
      id,
      result(computed, row, 'What the rating means'),
    ]),
  );
  expect(meanings).toMatchObject({
    'ced-8-s1': LABELS[0],
    'ced-8-s2': LABELS[1],
    'ced-8-k1': LABELS[2],
    'ced-9-s1': LABELS[3],
    'ced-9-s2': LABELS[4],
    'ced-9-k1': LABELS[3],
    'ced-10-s1': LABELS[2],
    'ced-10-s2': 'Not a rating: enter 1-5',
    'ced-10-s3': 'Not a rating: enter 1-5',
    'ced-10-k1': 'Not a rating: enter 1-5',
    'ced-11-s1': 'Not a rating: enter 1-5',
    'ced-11-s2': 'Not a rating: enter 1-5',
    'ced-11-s3': '',
    'ced-11-s4': '',
  });
});

test('the flag column agrees with the analysis, row by row', () => {
  const flags = [...benchmarkRows(computed)].map(([id, row]) => [
    id,
    result(computed, row, 'Flag'),
  ]);
  const expected = (id: string) => {
    if (analysis.flagged.some((f) => f.id === id)) {
      return `Low: at or below ${THRESHOLD}`;
    }
    if (analysis.invalid.some((i) => i.id === id)) return 'Not a valid rating';
    if (analysis.unrated.some((u) => u.id === id)) return 'Not rated';
    return '';
  };
  expect(flags).toEqual(flags.map(([id]) => [id, expected(id ?? '')]));
  expect(analysis.flagged.map((f) => f.id)).toEqual([
    'ced-8-s1',
    'ced-8-s2',
    'ced-8-k1',
    'ced-10-s1',
  ]);
  expect(result(computed, copyRow, 'Flag')).toBe('Copy: not counted');
});

test('the single 1-5 dropdown survives a LibreOffice round trip', async () => {
  const created = await createPristine('created.xlsx');
  const roundTrip = await convertWithLibreOffice(
    created,
    'xlsx',
    tempDir('libreoffice-trip'),
  );
  const xml = readZipText(roundTrip, 'xl/worksheets/sheet1.xml');
  const rules = elements(xml, 'dataValidation');
  const lists = rules.filter((rule) => rule.attributes.type === 'list');
  expect(lists).toHaveLength(1);
  expect(expandSqref(lists[0]?.attributes.sqref ?? '').sort()).toEqual(
    [...layout.ratingCells].sort(),
  );
  expect(lists[0]?.body).toContain('&quot;1,2,3,4,5&quot;');
  const whole = rules.filter((rule) => rule.attributes.type === 'whole');
  expect(whole.map((rule) => rule.attributes.sqref)).toEqual([
    layout.thresholdCell,
  ]);
}, 60_000);

test('prints landscape, one page wide, with its header on each page', async () => {
  mkdirSync(OUTPUT, { recursive: true });
  const created = await createPristine('inventory.xlsx');
  const pictures = [
    await renderFirstPage(created, OUTPUT),
    await renderFirstPage(rated, OUTPUT),
  ];
  for (const picture of pictures) {
    expect(statSync(picture).size).toBeGreaterThan(20_000);
  }
  const info = execFileSync('pdfinfo', [join(OUTPUT, 'inventory.pdf')], {
    encoding: 'utf8',
  });
  // US Letter turned sideways; 20 benchmarks fit on two pages.
  expect(info).toMatch(/^Page size: +792 x 612 pts/m);
  expect(info).toMatch(/^Pages: +2$/m);
  const page2 = execFileSync(
    'pdftotext',
    ['-f', '2', '-l', '2', '-layout', join(OUTPUT, 'inventory.pdf'), '-'],
    { encoding: 'utf8' },
  );
  expect(page2).toMatch(/Grade +Section +Benchmark +Key +Rating \(1-5\)/);
  expect(page2).toContain('Page 2 of 2');
}, 120_000);

async function createPristine(name: string): Promise<string> {
  const result = await runCli(['create', '--out', name], dir);
  expect(result.code).toBe(0);
  return join(dir, name);
}
