import type { Workbook, Worksheet } from 'exceljs';
import {
  cellText,
  headerOf,
  InventoryError,
  readInventory,
  type CellValue,
  type InventoryContent,
} from '../inventory';
import { CliError } from './errors';
import { sheetGrid } from './sheet-grid';
import { readUncomputed } from './uncomputed-formulas';

/** An inventory read from a workbook, with the name of its sheet and
 *  what a person should know that the analysis cannot see. */
export interface FoundInventory {
  sheet: string;
  content: InventoryContent;
  warnings: string[];
}

/**
 * The inventory of the named sheet; without a name, of the first sheet in
 * tab order that is an inventory.
 */
export function findInventory(
  workbook: Workbook,
  file: string,
  sheetName?: string,
): FoundInventory {
  if (sheetName !== undefined) {
    const sheet = namedSheet(workbook, file, sheetName);
    return read(sheet, sheetGrid(sheet), file);
  }
  let damaged: CliError | null = null;
  for (const sheet of workbook.worksheets) {
    const grid = sheetGrid(sheet);
    try {
      return read(sheet, grid, file);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      // A sheet with a rating column but a broken header (its id column
      // deleted) explains the failure better than "no inventory".
      if (damaged === null && hasRatingHeader(grid)) damaged = error;
    }
  }
  if (damaged !== null) throw damaged;
  throw new CliError(
    `${file} has no PaCE inventory sheet (its sheets: ` +
      `${sheetList(workbook)}). Create one with: pace-inventory create`,
  );
}

function read(
  sheet: Worksheet,
  grid: CellValue[][],
  file: string,
): FoundInventory {
  try {
    const { content, warning } = readUncomputed(sheet, readInventory(grid));
    const warnings = warning === null ? [] : [warning];
    return { sheet: sheet.name, content, warnings };
  } catch (error) {
    if (!(error instanceof InventoryError)) throw error;
    throw new CliError(`Sheet "${sheet.name}" of ${file}: ${error.message}`);
  }
}

function namedSheet(workbook: Workbook, file: string, name: string) {
  const sheets = workbook.worksheets;
  const sheet =
    sheets.find((s) => s.name === name) ??
    sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (sheet) return sheet;
  throw new CliError(
    `${file} has no sheet named "${name}"; its sheets: ${sheetList(workbook)}.`,
  );
}

function hasRatingHeader(grid: CellValue[][]): boolean {
  const header = headerOf('rating');
  return grid.some((row) => row.some((v) => cellText(v).trim() === header));
}

function sheetList(workbook: Workbook): string {
  const names = workbook.worksheets.map((sheet) => `"${sheet.name}"`);
  return names.length === 0 ? 'none' : names.join(', ');
}
