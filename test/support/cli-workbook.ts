import { Workbook, type CellValue, type Worksheet } from 'exceljs';
import { dirname, join } from 'node:path';
import type { SheetAnalysis } from '../../src/addon/server-api';
import { COLUMNS } from '../../src/inventory';
import { runCli } from './cli-run';

/** A workbook file opened with exceljs, as another app would edit it. */
export async function openXlsx(file: string): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** The first sheet of a workbook; fails the test when there is none. */
export function firstSheet(workbook: Workbook): Worksheet {
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  return sheet;
}

/** The row holding a header text, and the column of each header there. */
export function headerColumns(sheet: Worksheet, header = 'Benchmark id') {
  for (let row = 1; row <= sheet.rowCount; row++) {
    const columns = new Map<string, number>();
    sheet.getRow(row).eachCell((cell, column) => {
      if (typeof cell.value === 'string') columns.set(cell.value, column);
    });
    if (columns.has(header)) return { row, columns };
  }
  throw new Error(`no header row with "${header}"`);
}

/** The column number of a header of the inventory. */
export function columnOf(sheet: Worksheet, header: string): number {
  const column = headerColumns(sheet).columns.get(header);
  if (column === undefined) throw new Error(`no column "${header}"`);
  return column;
}

/** Row number of each benchmark id, found through the id column. */
export function benchmarkRows(sheet: Worksheet): Map<string, number> {
  const { row: header, columns } = headerColumns(sheet);
  const idColumn = columns.get('Benchmark id') ?? 0;
  const rows = new Map<string, number>();
  for (let row = header + 1; row <= sheet.rowCount; row++) {
    const id = sheet.getRow(row).getCell(idColumn).value;
    if (typeof id === 'string' && !rows.has(id)) rows.set(id, row);
  }
  return rows;
}

/** Puts values in the rating cells of the benchmarks named by id. */
export function rate(sheet: Worksheet, ratings: Record<string, CellValue>) {
  const rows = benchmarkRows(sheet);
  const rating = columnOf(sheet, 'Rating (1-5)');
  for (const [id, value] of Object.entries(ratings)) {
    const row = rows.get(id);
    if (row === undefined) throw new Error(`no row for ${id}`);
    sheet.getRow(row).getCell(rating).value = value;
  }
}

/** Types a value in the cell beside a label at the top ("School:"). */
export function fillField(
  sheet: Worksheet,
  label: string,
  value: CellValue,
  offset: number,
) {
  for (let row = 1; row <= sheet.rowCount; row++) {
    let done = false;
    sheet.getRow(row).eachCell((cell, column) => {
      if (done || cell.value !== label) return;
      sheet.getRow(row).getCell(column + offset).value = value;
      done = true;
    });
    if (done) return;
  }
  throw new Error(`no label "${label}"`);
}

/** Every value of a row, so a test can move it elsewhere. */
export function rowValues(sheet: Worksheet, row: number): CellValue[] {
  const values: CellValue[] = [];
  sheet.getRow(row).eachCell({ includeEmpty: true }, (cell, column) => {
    values[column] = cell.value;
  });
  return values;
}

/** Writes values over a row, clearing cells the values leave out. */
export function setRowValues(
  sheet: Worksheet,
  row: number,
  values: CellValue[],
) {
  const target = sheet.getRow(row);
  const width = Math.max(values.length, COLUMNS.length);
  for (let column = 1; column <= width; column++) {
    target.getCell(column).value = values[column] ?? null;
  }
}

/**
 * Creates an inventory with the CLI in `dir`, lets the test edit it as a
 * person would in a spreadsheet app, and saves it; returns its path.
 */
export async function makeInventory(
  dir: string,
  edit: (sheet: Worksheet, workbook: Workbook) => void,
  name = 'rated.xlsx',
  createArgs: string[] = [],
): Promise<string> {
  const file = join(dir, name);
  const created = await runCli(
    ['create', '--out', name, '--force', ...createArgs],
    dir,
  );
  if (created.code !== 0) throw new Error(`create failed: ${created.stderr}`);
  const workbook = await openXlsx(file);
  edit(firstSheet(workbook), workbook);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** `analyze --json` of a file: the SheetAnalysis object it printed. */
export async function analyzeJson(
  file: string,
  ...args: string[]
): Promise<SheetAnalysis> {
  const result = await runCli(
    ['analyze', file, '--json', ...args],
    dirname(file),
  );
  if (result.code !== 0 || result.stderr !== '') {
    throw new Error(`analyze failed (${result.code}): ${result.stderr}`);
  }
  return JSON.parse(result.stdout) as SheetAnalysis;
}

/**
 * Copies a row onto another as a paste does: values as they are, formulas
 * with their relative row references moved along (`K16` -> `K53`, `K$13`
 * stays).
 */
export function pasteRow(sheet: Worksheet, from: number, to: number) {
  const values = rowValues(sheet, from).map((value) => {
    if (value === null || typeof value !== 'object') return value;
    if (!('formula' in value) || typeof value.formula !== 'string') {
      return value;
    }
    return { formula: shiftRows(value.formula, to - from) };
  });
  setRowValues(sheet, to, values);
}

function shiftRows(formula: string, by: number): string {
  return formula.replace(
    /(\$?)([A-Z]{1,3})(\$?)(\d+)/g,
    (ref, dollar: string, column: string, fixed: string, row: string) =>
      fixed ? ref : `${dollar}${column}${Number(row) + by}`,
  );
}
