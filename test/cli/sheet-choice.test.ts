import type { Workbook, Worksheet } from 'exceljs';
import { Workbook as NewWorkbook } from 'exceljs';
import { join } from 'node:path';
import {
  expectBuiltCli,
  expectRefusal,
  runCli,
  tempDir,
} from '../support/cli-run';
import {
  analyzeJson,
  columnOf,
  makeInventory,
  rate,
  rowValues,
  setRowValues,
} from '../support/cli-workbook';

let dir: string;

beforeAll(() => {
  expectBuiltCli();
  dir = tempDir('sheet-choice');
});

/** A second inventory sheet, copied from the first as it is now. */
function copyInventory(workbook: Workbook, from: Worksheet, name: string) {
  const copy = workbook.addWorksheet(name);
  for (let row = 1; row <= from.rowCount; row++) {
    setRowValues(copy, row, rowValues(from, row));
  }
  return copy;
}

/** The first sheet, "Old", rated 1 and hidden so; then "Current", rated 5. */
function oldAndCurrent(state: Worksheet['state']) {
  return (sheet: Worksheet, workbook: Workbook) => {
    const current = copyInventory(workbook, sheet, 'Current');
    rate(current, { 'ced-8-s1': 5 });
    sheet.name = 'Old';
    rate(sheet, { 'ced-8-s1': 1 });
    sheet.state = state;
  };
}

test('reads an inventory that is not the first sheet', async () => {
  const later = await makeInventory(
    dir,
    (sheet, workbook) => {
      rate(sheet, { 'ced-8-s1': 4 });
      sheet.name = 'Our ratings';
      const notes = workbook.addWorksheet('Notes');
      notes.getCell('A1').value = 'Meeting notes';
      // exceljs writes sheets in orderNo order; its types leave it out.
      Object.assign(notes, { orderNo: -1 });
    },
    'later.xlsx',
  );
  const result = await analyzeJson(later);
  expect(result.sheet).toBe('Our ratings');
  expect(result.overall).toEqual({ average: 4, rated: 1, total: 20 });
});

test('--sheet picks one of two inventories', async () => {
  const two = await makeInventory(
    dir,
    (sheet, workbook) => {
      rate(sheet, { 'ced-8-s1': 4 });
      const copy = workbook.addWorksheet('Middle school');
      copy.model = { ...sheet.model, name: 'Middle school' } as never;
      rate(copy, { 'ced-8-s1': 1 });
    },
    'two.xlsx',
  );
  expect((await analyzeJson(two)).overall.average).toBe(4);
  const second = await analyzeJson(two, '--sheet', 'Middle school');
  expect(second.sheet).toBe('Middle school');
  expect(second.overall.average).toBe(1);
});

test.each(['hidden', 'veryHidden'] as const)(
  'a %s first inventory sheet is read, as CONTRACT says, with a warning',
  async (state) => {
    const file = await makeInventory(
      dir,
      oldAndCurrent(state),
      `${state}.xlsx`,
    );
    const analysis = await analyzeJson(file);
    expect(analysis.sheet).toBe('Old');
    expect(analysis.overall.average).toBe(1);
    expect(analysis.warnings).toEqual([
      'Sheet "Old" is hidden; it was read as the first inventory in tab ' +
        'order. Name another with --sheet, or unhide this one.',
    ]);
  },
);

test('--sheet names the visible inventory after a hidden one', async () => {
  const file = await makeInventory(dir, oldAndCurrent('hidden'), 'named.xlsx');
  const analysis = await analyzeJson(file, '--sheet', 'Current');
  expect(analysis.sheet).toBe('Current');
  expect(analysis.overall.average).toBe(5);
  expect(analysis.warnings).toEqual([]);
});

test('a damaged inventory before a good one: used, with a warning', async () => {
  const file = await makeInventory(
    dir,
    (sheet, workbook) => {
      copyInventory(workbook, sheet, 'Current');
      sheet.name = 'Old';
      sheet.spliceColumns(columnOf(sheet, 'Benchmark id'), 1);
    },
    'damaged-first.xlsx',
  );
  const analysis = await analyzeJson(file);
  expect(analysis.sheet).toBe('Current');
  expect(analysis.warnings).toEqual([
    'Sheet "Old" looks like an inventory but was not read: The hidden ' +
      '"Benchmark id" column of this inventory is missing, so ratings ' +
      'cannot be matched to benchmarks. Undo the column deletion, or ' +
      'create a fresh inventory and copy the ratings into it.',
  ]);
});

test('a sheet that only has a "Rating (1-5)" cell is no inventory', async () => {
  const workbook = new NewWorkbook();
  const sheet = workbook.addWorksheet('Budget');
  sheet.getCell('A1').value = 'Item';
  sheet.getCell('B1').value = 'Rating (1-5)';
  await workbook.xlsx.writeFile(join(dir, 'budget.xlsx'));
  expectRefusal(
    await runCli(['analyze', 'budget.xlsx'], dir),
    1,
    'budget.xlsx has no PaCE inventory sheet (its sheets: "Budget"). ' +
      'Create one with: npx pace-inventory create',
  );
});
