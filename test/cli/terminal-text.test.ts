import { join } from 'node:path';
import {
  expectBuiltCli,
  expectRefusal,
  runCli,
  tempDir,
} from '../support/cli-run';
import {
  benchmarkRows,
  columnOf,
  fillField,
  makeInventory,
  rate,
} from '../support/cli-workbook';
import { editZipText } from '../support/cli-zip';

// Excel's escape of a control character in a cell's text: exceljs writes
// it as typed and reads it back as the character itself.
const ESC = '_x001B_';
const BEL = '_x0007_';
// Any control character but the line break that ends a line.
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

let dir: string;

beforeAll(async () => {
  expectBuiltCli();
  dir = tempDir('terminal');
  const file = await makeInventory(dir, (sheet) => {
    fillField(sheet, 'School:', `Lincoln${ESC}[2J High`, 2);
    fillField(sheet, 'School year:', '2025-\n2026\t(pilot)', 2);
    rate(sheet, { 'ced-8-s1': `3${ESC}[31m`, 'ced-8-s2': 2 });
    // A hand-typed id: a warning names it.
    const id = columnOf(sheet, 'Benchmark id');
    const row = benchmarkRows(sheet).get('ced-12-k1') ?? 0;
    sheet.getRow(row).getCell(id).value = `ced-99${ESC}]0;owned${BEL}`;
  });
  editZipText(file, 'xl/workbook.xml', (xml) =>
    xml.replace('name="PaCE Inventory"', 'name="Ratings&#10;2025"'),
  );
});

test('the report shows sheet text on its own lines, without controls', async () => {
  const result = await runCli(['analyze', 'rated.xlsx'], dir);
  expect(result.code).toBe(0);
  expect(result.stdout).not.toMatch(CONTROL);
  const lines = result.stdout.split('\n');
  expect(lines[1]).toBe(
    'School: Lincoln\ufffd[2J High    School year: 2025- 2026 (pilot)',
  );
  expect(lines[2]).toBe(
    'Sheet "Ratings 2025" of rated.xlsx; flagged at or below 2',
  );
  expect(result.stdout).toMatch(/^ {2}E\d+ +"3\ufffd\[31m" /m);
  expect(result.stdout).toContain('ced-99\ufffd]0;owned\ufffd (E');
});

test('--json keeps the text as the sheet holds it', async () => {
  const result = await runCli(['analyze', 'rated.xlsx', '--json'], dir);
  const analysis = JSON.parse(result.stdout);
  expect(analysis.school).toBe('Lincoln\u001b[2J High');
  expect(analysis.sheet).toBe('Ratings\n2025');
});

test('a one-line error never carries a control character', async () => {
  expectRefusal(
    await runCli(
      ['analyze', join(dir, 'rated.xlsx'), '--sheet', 'Notes\u001b[8m'],
      dir,
    ),
    1,
    `${join(dir, 'rated.xlsx')} has no sheet named "Notes\ufffd[8m"; its ` +
      'sheets: "Ratings 2025".',
  );
});
