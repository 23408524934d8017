import { DEFAULT_FRAMEWORK, type Framework } from '../framework';
import { buildLayout } from '../inventory';
import { INVENTORY_KEY, newMarker } from './marker';
import { messageFor, UserError } from './user-error';
import { writeInventory } from './sheet-writer';

/** The name of the first inventory; later ones get " (2)", " (3)"... */
export const INVENTORY_NAME = 'PaCE Inventory';
const LOCK_WAIT_MS = 10000;
const TITLE = 'PaCE Inventory';

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
    ui.alert(TITLE, messageFor(error, 'create the inventory'), ui.ButtonSet.OK);
  }
}

function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(LOCK_WAIT_MS)) {
    throw new UserError(
      'Someone else is creating an inventory in this spreadsheet right ' +
        'now. Wait a few seconds and try again.',
    );
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

function insertInventory(framework: Framework): string {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const name = freeName(spreadsheet);
  const sheet = spreadsheet.insertSheet(name);
  writeInventory(sheet, buildLayout(framework));
  sheet.addDeveloperMetadata(INVENTORY_KEY, newMarker(framework, Date.now()));
  sheet.activate();
  spreadsheet.toast(
    'Rate each benchmark 1-5 in the Rating column, then open the gap ' +
      'analysis from the add-on menu.',
    `"${name}" is ready`,
  );
  return name;
}

function freeName(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {
  let name = INVENTORY_NAME;
  for (let n = 2; spreadsheet.getSheetByName(name) !== null; n++) {
    name = `${INVENTORY_NAME} (${n})`;
  }
  return name;
}
