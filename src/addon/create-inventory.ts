import { DEFAULT_FRAMEWORK, type Framework } from '../framework';
import { buildLayout } from '../inventory';
import { INVENTORY_KEY, newMarker } from './marker';
import { messageFor, UserError } from './user-error';
import { writeInventory } from './sheet-writer';

/** The name of the first inventory; later ones get " (2)", " (3)"... */
export const INVENTORY_NAME = 'PaCE Inventory';
const LOCK_WAIT_MS = 10000;

/**
 * Inserts a new inventory sheet and activates it. It never touches an
 * existing sheet; a document lock keeps two clicks from interleaving.
 */
export function createInventory(): void {
  createInventoryOf(DEFAULT_FRAMEWORK);
}

/** createInventory for any framework (the add-on ships the default). */
export function createInventoryOf(framework: Framework): void {
  try {
    withDocumentLock(() => insertInventory(framework));
  } catch (error) {
    const ui = SpreadsheetApp.getUi();
    const message = messageFor(error, 'create the inventory');
    ui.alert(INVENTORY_NAME, message, ui.ButtonSet.OK);
  }
}

function withDocumentLock(work: () => void): void {
  const lock = LockService.getDocumentLock();
  if (!lock) {
    throw new UserError(
      'Open the spreadsheet and use Extensions > PaCE Inventory there.',
    );
  }
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new UserError(
      'Someone else is creating an inventory in this spreadsheet right ' +
        'now. Wait a few seconds and try again.',
    );
  }
  try {
    work();
  } finally {
    lock.releaseLock();
  }
}

/** A new sheet becomes the active one. If writing it fails, it goes again:
 *  nobody has rated it, and a half-written sheet must not pass for an
 *  inventory. The marker comes last, once the sheet is whole. */
function insertInventory(framework: Framework): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const name = freeName(spreadsheet);
  const sheet = spreadsheet.insertSheet(name);
  try {
    writeInventory(sheet, buildLayout(framework));
    sheet.addDeveloperMetadata(INVENTORY_KEY, newMarker(framework, Date.now()));
  } catch (error) {
    spreadsheet.deleteSheet(sheet);
    throw error;
  }
}

/** Sheet names are unique without regard to case. */
function freeName(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {
  const taken = new Set(
    spreadsheet.getSheets().map((sheet) => sheet.getName().toLowerCase()),
  );
  let name = INVENTORY_NAME;
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    name = `${INVENTORY_NAME} (${n})`;
  }
  return name;
}
