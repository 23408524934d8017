import type { Workbook, Worksheet } from 'exceljs';
import {
  InventoryError,
  readInventory,
  type InventoryContent,
} from '../inventory';
import { CliError } from './errors';
import { sheetGrid } from './sheet-grid';
import { COMMAND } from './shell-word';
import { readUncomputed } from './uncomputed-formulas';

/** An inventory read from a workbook, with the name of its sheet and
 *  what a person should know that the analysis cannot see. */
export interface FoundInventory {
  sheet: string;
  content: InventoryContent;
  warnings: string[];
}

interface Damaged {
  sheet: Worksheet;
  error: InventoryError;
}

/**
 * The inventory of the named sheet; without a name, of the first sheet in
 * tab order that is an inventory (CONTRACT.md), with a warning when that
 * sheet is hidden: hidden sheets are most often old copies.
 */
export function findInventory(
  workbook: Workbook,
  file: string,
  sheetName?: string,
): FoundInventory {
  if (sheetName !== undefined) {
    const sheet = namedSheet(workbook, file, sheetName);
    const read = readSheet(sheet);
    if (read instanceof InventoryError) throw sheetError(sheet, file, read);
    return read;
  }
  const damaged: Damaged[] = [];
  for (const sheet of workbook.worksheets) {
    const read = readSheet(sheet);
    if (read instanceof InventoryError) {
      if (read.damaged) damaged.push({ sheet, error: read });
      continue;
    }
    const found = withSkipped(read, damaged);
    return isVisible(sheet) ? found : withHiddenWarning(found);
  }
  // A broken inventory explains the failure better than "no inventory".
  const [first] = damaged;
  if (first) throw sheetError(first.sheet, file, first.error);
  throw noInventory(workbook, file);
}

function readSheet(sheet: Worksheet): FoundInventory | InventoryError {
  try {
    const content = readInventory(sheetGrid(sheet));
    const read = readUncomputed(sheet, content);
    const warnings = read.warning === null ? [] : [read.warning];
    return { sheet: sheet.name, content: read.content, warnings };
  } catch (error) {
    if (error instanceof InventoryError) return error;
    throw error;
  }
}

/** Damaged inventories passed over for this one are worth a warning. */
function withSkipped(found: FoundInventory, skipped: Damaged[]) {
  const warnings = skipped.map(
    ({ sheet, error }) =>
      `Sheet "${sheet.name}" looks like an inventory but was not read: ` +
      error.message,
  );
  return { ...found, warnings: [...warnings, ...found.warnings] };
}

function withHiddenWarning(found: FoundInventory): FoundInventory {
  const warning =
    `Sheet "${found.sheet}" is hidden; it was read as the first inventory ` +
    'in tab order. Name another with --sheet, or unhide this one.';
  return { ...found, warnings: [warning, ...found.warnings] };
}

function isVisible(sheet: Worksheet): boolean {
  return sheet.state !== 'hidden' && sheet.state !== 'veryHidden';
}

function sheetError(sheet: Worksheet, file: string, error: InventoryError) {
  return new CliError(`Sheet "${sheet.name}" of ${file}: ${error.message}`);
}

function noInventory(workbook: Workbook, file: string): CliError {
  return new CliError(
    `${file} has no PaCE inventory sheet (its sheets: ` +
      `${sheetList(workbook)}). Create one with: ${COMMAND} create`,
  );
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

function sheetList(workbook: Workbook): string {
  const names = workbook.worksheets.map((sheet) => `"${sheet.name}"`);
  return names.length === 0 ? 'none' : names.join(', ');
}
