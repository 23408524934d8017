import { columnOf, COLUMNS, type InventoryLayout } from '../inventory';
import { styleGrids } from './sheet-styles';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const PROTECTION_NOTE =
  'Benchmark wording comes from the PaCE framework. Rate in the Rating column.';
const GENERAL = 'General';

/**
 * Writes a layout into an empty sheet. Every call is a round trip to
 * Google's servers, so each property goes in one batch over the whole grid:
 * the number of calls does not grow with the number of benchmarks.
 */
export function writeInventory(sheet: Sheet, layout: InventoryLayout): void {
  const grid = sheet.getRange(1, 1, layout.rows.length, COLUMNS.length);
  // Formats first: a cell formatted as plain text ("@") keeps typed text,
  // so a benchmark that starts with "=" never turns into a formula.
  grid.setNumberFormats(cellGrid(layout, (c) => c?.format ?? GENERAL));
  grid.setValues(cellGrid(layout, cellInput));
  applyStyles(grid, layout);
  shapeSheet(sheet, layout);
  addValidations(sheet, layout);
  addConditionalFormats(sheet, layout);
  protectFrameworkText(sheet, layout);
}

type LayoutCell = InventoryLayout['rows'][number]['cells'][number];

function cellGrid<T>(layout: InventoryLayout, map: (c: LayoutCell) => T) {
  return layout.rows.map((row) => COLUMNS.map((_, i) => map(row.cells[i])));
}

function cellInput(cell: LayoutCell): string | number {
  if (cell?.formula !== undefined) return `=${cell.formula}`;
  return cell?.value ?? '';
}

function applyStyles(
  grid: GoogleAppsScript.Spreadsheet.Range,
  layout: InventoryLayout,
) {
  const styles = styleGrids(layout);
  grid.setTextStyles(styles.textStyles);
  grid.setBackgrounds(styles.backgrounds as string[][]);
  grid.setWraps(styles.wraps);
  grid.setHorizontalAlignments(styles.horizontal);
  grid.setVerticalAlignment('top');
}

function shapeSheet(sheet: Sheet, layout: InventoryLayout) {
  for (const merge of layout.merges) sheet.getRange(merge).merge();
  // Sheets fits wrapped rows by itself, but not merged ones.
  layout.rows.forEach((row, index) => {
    if (row.height && row.kind === 'instructions') {
      sheet.setRowHeight(index + 1, row.height);
    }
  });
  COLUMNS.forEach((column, index) => {
    if (!('hidden' in column)) sheet.setColumnWidth(index + 1, column.width);
  });
  const hidden = COLUMNS.filter((column) => 'hidden' in column);
  sheet.hideColumns(COLUMNS.length - hidden.length + 1, hidden.length);
  sheet.setFrozenRows(layout.headerRow);
}

function addValidations(sheet: Sheet, layout: InventoryLayout) {
  const first = layout.headerRow + 1;
  const ratings = new Set(layout.benchmarkRows);
  const rule = SpreadsheetApp.newDataValidation()
    .requireValueInList(['1', '2', '3', '4', '5'], true)
    .setAllowInvalid(false)
    .setHelpText(layout.validation.helpText)
    .build();
  const rules = [];
  for (let row = first; row < layout.endRow; row++) {
    rules.push([ratings.has(row) ? rule : null]);
  }
  sheet
    .getRange(first, columnOf('rating'), rules.length, 1)
    .setDataValidations(
      rules as GoogleAppsScript.Spreadsheet.DataValidation[][],
    );
  const threshold = SpreadsheetApp.newDataValidation()
    .requireValueInList(['1', '2', '3', '4'], true)
    .setAllowInvalid(false)
    .setHelpText(layout.validation.thresholdHelpText)
    .build();
  sheet.getRange(layout.thresholdCell).setDataValidation(threshold);
}

function addConditionalFormats(sheet: Sheet, layout: InventoryLayout) {
  const ranges = new Map<string, GoogleAppsScript.Spreadsheet.Range>();
  const rangeOf = (a1: string) => {
    const known = ranges.get(a1) ?? sheet.getRange(a1);
    ranges.set(a1, known);
    return known;
  };
  const rules = layout.conditionalRules.map((rule) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(`=${rule.formula}`)
      .setBackground(rule.background)
      .setRanges([rangeOf(rule.range)])
      .build(),
  );
  sheet.setConditionalFormatRules(rules);
}

function protectFrameworkText(sheet: Sheet, layout: InventoryLayout) {
  sheet
    .getRange(layout.protectedRange)
    .protect()
    .setDescription(PROTECTION_NOTE)
    .setWarningOnly(true);
}
