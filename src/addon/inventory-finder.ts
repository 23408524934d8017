import type { Framework } from '../framework';
import { looksLikeInventory, readInventory } from '../inventory';
import type { CellValue, InventoryContent } from '../inventory';
import { INVENTORY_KEY, markerCreated, readMarker } from './marker';
import { MENU_ITEMS } from './menu';
import { UserError } from './user-error';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** An inventory sheet and what it holds, read in one call. */
export interface OpenInventory {
  sheet: Sheet;
  content: InventoryContent;
}

const NO_INVENTORY =
  'This spreadsheet has no PaCE inventory yet. Choose Extensions > ' +
  `PaCE Inventory > ${MENU_ITEMS[0].caption} first.`;

/**
 * The inventory to work on, as CONTRACT.md says: the named sheet; else the
 * active sheet when it is an inventory; else the most recently created one.
 */
export function openInventory(
  framework: Framework,
  sheetName?: string | null,
): OpenInventory {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (sheetName != null) return openNamed(framework, spreadsheet, sheetName);
  const active = spreadsheet.getActiveSheet();
  const grid = inventoryGrid(framework, spreadsheet, active);
  if (grid) return open(active, grid);
  const newest = newestInventory(spreadsheet);
  if (newest) return open(newest, readGrid(newest, spreadsheet));
  throw new UserError(NO_INVENTORY);
}

function openNamed(
  framework: Framework,
  spreadsheet: Spreadsheet,
  name: string,
): OpenInventory {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) {
    throw new UserError(
      `There is no sheet named "${name}" any more. Was it renamed or ` +
        'deleted? Press Refresh to use the inventory you are on.',
    );
  }
  const grid = inventoryGrid(framework, spreadsheet, sheet);
  if (!grid) {
    throw new UserError(`The sheet "${name}" is not a PaCE inventory.`);
  }
  return open(sheet, grid);
}

/** The sheet's values when it is marked as an inventory of this framework,
 *  or, without a marker (a copy from another spreadsheet), laid out as one;
 *  null otherwise. The values are read once either way. */
function inventoryGrid(
  framework: Framework,
  spreadsheet: Spreadsheet,
  sheet: Sheet,
): CellValue[][] | null {
  const markers = sheet
    .createDeveloperMetadataFinder()
    .withKey(INVENTORY_KEY)
    .find();
  const first = markers[0];
  if (!first) {
    const grid = readGrid(sheet, spreadsheet);
    return looksLikeInventory(grid) ? grid : null;
  }
  const id = readMarker(first.getValue()).framework;
  if (id === undefined || id === framework.id) {
    return readGrid(sheet, spreadsheet);
  }
  throw new UserError(
    `The sheet "${sheet.getName()}" is an inventory of the framework ` +
      `"${id}", which this add-on does not include.`,
  );
}

function open(sheet: Sheet, grid: CellValue[][]): OpenInventory {
  try {
    return { sheet, content: readInventory(grid) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(`Sheet "${sheet.getName()}": ${reason}`);
  }
}

/** All values of the sheet in one call, whatever its size. Dates become
 *  YYYY-MM-DD in the spreadsheet's time zone, as people see them. */
function readGrid(sheet: Sheet, spreadsheet: Spreadsheet): CellValue[][] {
  const grid = sheet.getDataRange().getValues() as CellValue[][];
  if (!grid.some((row) => row.some(isDate))) return grid;
  const zone = spreadsheet.getSpreadsheetTimeZone();
  return grid.map((row) =>
    row.map((v) =>
      isDate(v) ? Utilities.formatDate(v, zone, 'yyyy-MM-dd') : v,
    ),
  );
}

function isDate(value: CellValue): value is Date {
  return value instanceof Date;
}

function newestInventory(spreadsheet: Spreadsheet): Sheet | null {
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
