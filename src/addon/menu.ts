/** The menu's items; each calls the top-level function of that name. */
export const MENU_ITEMS = [
  { caption: 'Create inventory', functionName: 'createInventory' },
  { caption: 'Open gap analysis', functionName: 'showGapAnalysis' },
] as const;

/**
 * Builds the add-on menu. It may run in AuthMode.NONE, where only the UI is
 * allowed: it must not open the spreadsheet or any other service, so it
 * needs nothing from its event either.
 */
export function onOpen(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}

/** Runs when the add-on is installed: the menu appears at once. */
export function onInstall(): void {
  onOpen();
}
