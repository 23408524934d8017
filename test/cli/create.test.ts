import { join } from 'node:path';
import { DEFAULT_FRAMEWORK } from '../../src/framework';
import { buildLayout } from '../../src/inventory';
import { expectBuiltCli, runCli, tempDir } from '../support/cli-run';
import {
  benchmarkRows,
  columnOf,
  firstSheet,
  openXlsx,
} from '../support/cli-workbook';
import { elements, expandSqref } from '../support/cli-xml';
import { readZipText } from '../support/cli-zip';

const SHEET_XML = 'xl/worksheets/sheet1.xml';
const layout = buildLayout(DEFAULT_FRAMEWORK);
let dir: string;
let file: string;
let stdout: string;

beforeAll(async () => {
  expectBuiltCli();
  dir = tempDir('create');
  file = join(dir, 'pace-inventory.xlsx');
  const result = await runCli(['create'], dir);
  expect(result).toMatchObject({ code: 0, stderr: '' });
  stdout = result.stdout;
});

test('says what it wrote and what to do next', () => {
  expect(stdout).toBe(
    'Created pace-inventory.xlsx: 20 benchmarks of Career Exploration and ' +
      'Development. Rate each one 1-5, then run: npx pace-inventory ' +
      'analyze pace-inventory.xlsx\n',
  );
});

test('a name that starts with "-" is shown as ./-name in the hint', async () => {
  const other = tempDir('create-dash');
  const result = await runCli(['create', '--out', '-ratings.xlsx'], other);
  expect(result.stderr).toBe('');
  expect(result.stdout).toContain(
    'then run: npx pace-inventory analyze ./-ratings.xlsx\n',
  );
});

test('the sheet "PaCE Inventory" holds every cell of the layout', async () => {
  const workbook = await openXlsx(file);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['PaCE Inventory']);
  const sheet = firstSheet(workbook);
  layout.rows.forEach((row, index) => {
    row.cells.forEach((cell, column) => {
      const written = sheet.getRow(index + 1).getCell(column + 1);
      if (cell?.formula !== undefined) {
        expect(written.formula).toBe(cell.formula);
      } else if (cell?.value !== undefined && cell.value !== '') {
        expect(written.value).toBe(cell.value);
      }
      if (cell?.format !== undefined) expect(written.numFmt).toBe(cell.format);
    });
  });
  expect(sheet.getCell('A1').value).toBe(
    'PaCE Inventory: Career Exploration and Development',
  );
});

test('formulas carry no result: the app computes them on opening', () => {
  const formulaCells = elements(readZipText(file, SHEET_XML), 'c').filter(
    (cell) => cell.body.includes('<f>'),
  );
  expect(formulaCells.length).toBeGreaterThan(60);
  for (const cell of formulaCells) expect(cell.body).not.toContain('<v>');
  const [calc] = elements(readZipText(file, 'xl/workbook.xml'), 'calcPr');
  expect(calc?.attributes.fullCalcOnLoad).toBe('1');
});

test('one 1-5 dropdown covers exactly the rating cells', async () => {
  const sheet = firstSheet(await openXlsx(file));
  const rating = columnOf(sheet, 'Rating (1-5)');
  const cells = [...benchmarkRows(sheet).values()].map(
    (row) => sheet.getRow(row).getCell(rating).address,
  );
  const rules = elements(readZipText(file, SHEET_XML), 'dataValidation');
  const lists = rules.filter((rule) => rule.attributes.type === 'list');
  expect(lists).toHaveLength(1);
  const [list] = lists;
  expect(expandSqref(list?.attributes.sqref ?? '').sort()).toEqual(
    [...cells].sort(),
  );
  expect(cells).toHaveLength(20);
  expect(list?.body).toBe('<formula1>&quot;1,2,3,4,5&quot;</formula1>');
  expect(list?.attributes).toMatchObject({
    showErrorMessage: '1',
    errorStyle: 'stop',
    prompt: layout.validation.helpText,
  });
});

test('the threshold cell takes a whole number from 1 to 4', () => {
  const rules = elements(readZipText(file, SHEET_XML), 'dataValidation');
  const threshold = rules.filter((rule) => rule.attributes.type === 'whole');
  expect(threshold).toHaveLength(1);
  expect(threshold[0]?.attributes.sqref).toBe(layout.thresholdCell);
  expect(threshold[0]?.body).toBe(
    '<formula1>1</formula1><formula2>4</formula2>',
  );
  expect(rules).toHaveLength(2);
});

test('conditional colours are the layout rules, as solid fills', () => {
  const xml = readZipText(file, SHEET_XML);
  const blocks = elements(xml, 'conditionalFormatting');
  const written = blocks.map((block) => ({
    range: block.attributes.sqref,
    formula: elements(block.body, 'formula')[0]?.body,
  }));
  expect(written).toEqual(
    layout.conditionalRules.map((rule) => ({
      range: rule.range,
      formula: rule.formula
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/"/g, '&quot;'),
    })),
  );
  const fills = elements(readZipText(file, 'xl/styles.xml'), 'dxf').map(
    (dxf) => elements(dxf.body, 'bgColor')[0]?.attributes.rgb,
  );
  expect(fills).toEqual(
    layout.conditionalRules.map(
      (rule) => `FF${rule.background.slice(1).toUpperCase()}`,
    ),
  );
});

test('columns: widths from the layout, helper columns hidden', async () => {
  const sheet = firstSheet(await openXlsx(file));
  const widths = [1, 2, 3, 4, 5, 6, 7, 8, 9].map(
    (n) => sheet.getColumn(n).width ?? 0,
  );
  // 330 pixels of benchmark text, 80 of grade: Excel's character widths.
  expect(widths[2]).toBeCloseTo((330 - 5) / 7, 1);
  expect(widths[0]).toBeCloseTo((80 - 5) / 7, 1);
  const hidden = [10, 11].map((n) => sheet.getColumn(n).hidden);
  expect(hidden).toEqual([true, true]);
  expect(sheet.getColumn(9).hidden).toBe(false);
});

test('header row frozen, printed landscape one page wide', async () => {
  const sheet = firstSheet(await openXlsx(file));
  expect(sheet.views[0]).toMatchObject({
    state: 'frozen',
    ySplit: layout.headerRow,
  });
  expect(sheet.pageSetup).toMatchObject({
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  });
  expect(sheet.headerFooter.oddFooter).toBe('&CPage &P of &N');
  const names = elements(readZipText(file, 'xl/workbook.xml'), 'definedName');
  const titles = names.find((n) => n.attributes.name === '_xlnm.Print_Titles');
  expect(titles?.body).toBe(
    `&apos;PaCE Inventory&apos;!$${layout.headerRow}:$${layout.headerRow}`,
  );
});

test('looks like the layout: styles, merges, row heights', async () => {
  const sheet = firstSheet(await openXlsx(file));
  const header = sheet.getRow(layout.headerRow).getCell(1);
  expect(header.font).toMatchObject({
    bold: true,
    color: { argb: 'FFFFFFFF' },
  });
  expect(header.fill).toMatchObject({ fgColor: { argb: 'FF1A73E8' } });
  expect(sheet.getCell('A1').font).toMatchObject({ bold: true, size: 16 });
  const firstBenchmark = sheet.getRow(layout.benchmarkRows[0] ?? 0);
  expect(firstBenchmark.getCell(3).alignment?.wrapText).toBe(true);
  expect(firstBenchmark.getCell(5).alignment?.horizontal).toBe('center');
  expect(sheet.model.merges).toEqual(layout.merges);
  expect(sheet.getRow(1).height).toBe(24);
  // Two lines of text: a row tall enough to show both.
  const longest = sheet.getRow(layout.benchmarkRows[9] ?? 0);
  expect(longest.height).toBeGreaterThanOrEqual(28);
});

test('names the framework in the document properties', () => {
  const core = readZipText(file, 'docProps/core.xml');
  expect(core).toContain(
    '<cp:keywords>pace-inventory framework:ced version:2017.1</cp:keywords>',
  );
});
