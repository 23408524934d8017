import { looksLikeInventory, readInventory } from '../inventory';
import type { CellValue, InventoryContent } from '../inventory';
import { INVENTORY_KEY, markerCreated } from './marker';
import { UserError } from './user-error';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** An inventory sheet with its values, read in one call. */
export interface OpenInventory {
  sheet: Sheet;
  grid: CellValue[][];
  content: InventoryContent;
}

const NO_INVENTORY =
  'This spreadsheet has no PaCE inventory yet. Choose Extensions > ' +
  'PaCE Inventory > Create inventory first.';

/**
 * The inventory to work on, as CONTRACT.md says: the named sheet; else the
 * active sheet when it is an inventory; else the most recently created one.
 */
export function openInventory(sheetName?: string): OpenInventory {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (sheetName !== undefined) return openNamed(spreadsheet, sheetName);
  const active = spreadsheet.getActiveSheet();
  if (isMarked(active)) return open(active, readGrid(active));
  const newest = newestInventory(spreadsheet);
  if (newest) return open(newest, readGrid(newest));
  const grid = readGrid(active);
  if (looksLikeInventory(grid)) return open(active, grid);
  throw new UserError(NO_INVENTORY);
}

function openNamed(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
): OpenInventory {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) {
    throw new UserError(
      `There is no sheet named "${name}" any more. Was it renamed or ` +
        'deleted? Press Refresh to use the inventory you are on.',
    );
  }
  const grid = readGrid(sheet);
  if (!isMarked(sheet) && !looksLikeInventory(grid)) {
    throw new UserError(`The sheet "${name}" is not a PaCE inventory.`);
  }
  return open(sheet, grid);
}

function open(sheet: Sheet, grid: CellValue[][]): OpenInventory {
  try {
    return { sheet, grid, content: readInventory(grid) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(`Sheet "${sheet.getName()}": ${reason}`);
  }
}

/** All values of the sheet in one call, whatever its size. */
function readGrid(sheet: Sheet): CellValue[][] {
  return sheet.getDataRange().getValues() as CellValue[][];
}

function isMarked(sheet: Sheet): boolean {
  const found = sheet
    .createDeveloperMetadataFinder()
    .withKey(INVENTORY_KEY)
    .find();
  return found.length > 0;
}

function newestInventory(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): Sheet | null {
  const markers = spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(INVENTORY_KEY)
    .find();
  let newest: { sheet: Sheet; created: number } | null = null;
  for (const marker of markers) {
    const created = markerCreated(marker.getValue());
    if (newest && created < newest.created) continue;
    const sheet = marker.getLocation().getSheet();
    if (sheet) newest = { sheet, created };
  }
  return newest?.sheet ?? null;
}
