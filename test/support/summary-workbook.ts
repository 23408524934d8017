import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Workbook, Worksheet } from 'exceljs';
import {
  firstSheet,
  headerColumns,
  makeInventory,
  openXlsx,
} from './cli-workbook';
import type { BenchmarkRow } from './summary-expected';
import { recalculateAll } from './summary-libreoffice';
import { readSummaryView, type SummaryView } from './summary-view';

/** One saved state of an inventory: the file both sides read, its rows. */
export interface SavedInventory {
  file: string;
  rows: BenchmarkRow[];
}

/** A fresh inventory from `pace-inventory create`; its path. */
export function createInventory(dir: string, framework?: string) {
  const args = framework === undefined ? [] : ['--framework', framework];
  return makeInventory(dir, () => undefined, 'created.xlsx', args);
}

/** Saves the workbook as `<name>.xlsx` and notes its benchmark rows. */
export async function saveInventory(
  workbook: Workbook,
  dir: string,
  name: string,
): Promise<SavedInventory> {
  const file = join(dir, `${name}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return { file, rows: benchmarkRowsOf(firstSheet(workbook)) };
}

/** Every row with a benchmark id (copies too), top to bottom. */
export function benchmarkRowsOf(sheet: Worksheet): BenchmarkRow[] {
  const { row: header, columns } = headerColumns(sheet);
  const id = columns.get('Benchmark id') ?? 0;
  const rating = columns.get('Rating (1-5)') ?? 0;
  const rows: BenchmarkRow[] = [];
  for (let number = header + 1; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    const value = row.getCell(id).value;
    if (typeof value !== 'string') continue;
    const cell = row.getCell(rating);
    rows.push({ cell: cell.address, id: value, value: cell.value });
  }
  return rows;
}

/** Recalculates the files in one LibreOffice run and reads each sheet. */
export async function computedViews(
  files: string[],
  dir: string,
): Promise<SummaryView[]> {
  const outDir = join(dir, 'computed');
  mkdirSync(outDir, { recursive: true });
  const computed = await recalculateAll(files, outDir);
  return Promise.all(
    computed.map(async (file) =>
      readSummaryView(firstSheet(await openXlsx(file))),
    ),
  );
}

/** The row of the "End of inventory" line. */
export function endRow(sheet: Worksheet): number {
  for (let row = 1; row <= sheet.rowCount; row++) {
    const text = sheet.getRow(row).getCell(1).value;
    if (typeof text === 'string' && text.startsWith('End of inventory')) {
      return row;
    }
  }
  throw new Error('no "End of inventory" row');
}
