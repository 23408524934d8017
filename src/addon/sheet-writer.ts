import {
  COLUMNS,
  HIGHEST_RATING,
  HIGHEST_THRESHOLD,
  LOWEST_RATING,
  type InventoryLayout,
} from '../inventory';
import { styleGrids } from './sheet-styles';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type LayoutCell = InventoryLayout['rows'][number]['cells'][number];

const GENERAL = 'General';

/**
 * Writes a layout into a new, empty sheet. Every call is a round trip to
 * Google's servers, so each property goes in one batch over the whole grid:
 * the number of calls does not grow with the number of benchmarks.
 */
export function writeInventory(sheet: Sheet, layout: InventoryLayout): void {
  // A new sheet has 1,000 rows; a range past them throws. One insert, of
  // the layout's size, keeps the number of calls the same for any size.
  sheet.insertRowsAfter(1, layout.rows.length);
  const range = rangeCache(sheet);
  const grid = sheet.getRange(1, 1, layout.rows.length, COLUMNS.length);
  // Formats first: a cell formatted as plain text ("@") keeps typed text,
  // so a benchmark that starts with "=" never turns into a formula.
  grid.setNumberFormats(cellGrid(layout, (c) => c?.format ?? GENERAL));
  grid.setValues(cellGrid(layout, cellInput));
  applyStyles(grid, layout);
  shapeSheet(sheet, range, layout);
  addValidations(range, layout);
  addConditionalFormats(sheet, range, layout);
  for (const a1 of layout.protectedRanges) {
    range(a1).protect().setWarningOnly(true);
  }
}

/** Each A1 range fetched once, however often the writer needs it. */
function rangeCache(sheet: Sheet): (a1: string) => Range {
  const ranges = new Map<string, Range>();
  return (a1) => {
    const known = ranges.get(a1) ?? sheet.getRange(a1);
    ranges.set(a1, known);
    return known;
  };
}

function cellGrid<T>(layout: InventoryLayout, map: (c: LayoutCell) => T) {
  return layout.rows.map((row) => COLUMNS.map((_, i) => map(row.cells[i])));
}

function cellInput(cell: LayoutCell): string | number {
  if (cell?.formula !== undefined) return `=${cell.formula}`;
  return cell?.value ?? '';
}

function applyStyles(grid: Range, layout: InventoryLayout) {
  const styles = styleGrids(layout);
  grid.setTextStyles(styles.textStyles);
  // Sheets takes null for "no fill"; the typings only say string.
  grid.setBackgrounds(styles.backgrounds as string[][]);
  grid.setWraps(styles.wraps);
  grid.setHorizontalAlignments(styles.horizontal);
  grid.setVerticalAlignment('top');
}

function shapeSheet(
  sheet: Sheet,
  range: (a1: string) => Range,
  layout: InventoryLayout,
) {
  for (const merge of layout.merges) range(merge).merge();
  // Sheets fits wrapped rows by itself, but not merged ones.
  layout.rows.forEach((row, index) => {
    if (row.height && row.kind === 'instructions') {
      sheet.setRowHeight(index + 1, row.height);
    }
  });
  COLUMNS.forEach((column, index) => {
    if (!('hidden' in column)) sheet.setColumnWidth(index + 1, column.width);
  });
  const hidden = COLUMNS.flatMap((c, i) => ('hidden' in c ? [i + 1] : []));
  const first = Math.min(...hidden);
  // The hidden columns sit together at the right (a layout test says so).
  sheet.hideColumns(first, hidden.length);
  sheet.setFrozenRows(layout.headerRow);
}

function addValidations(range: (a1: string) => Range, layout: InventoryLayout) {
  const rating = SpreadsheetApp.newDataValidation()
    .requireValueInList(wholeNumbers(HIGHEST_RATING), true)
    .setAllowInvalid(false)
    .setHelpText(layout.validation.helpText)
    .build();
  const ratingRows = new Set(layout.benchmarkRows);
  const rules: (typeof rating | null)[][] = [];
  for (let row = layout.headerRow + 1; row < layout.endRow; row++) {
    rules.push([ratingRows.has(row) ? rating : null]);
  }
  // Non-benchmark rows get null: no dropdown on headings and notes.
  range(layout.ratingRange).setDataValidations(rules as (typeof rating)[][]);
  const threshold = SpreadsheetApp.newDataValidation()
    .requireValueInList(wholeNumbers(HIGHEST_THRESHOLD), true)
    .setAllowInvalid(false)
    .setHelpText(layout.validation.thresholdHelpText)
    .build();
  range(layout.thresholdCell).setDataValidation(threshold);
}

function wholeNumbers(highest: number): string[] {
  const numbers: string[] = [];
  for (let n = LOWEST_RATING; n <= highest; n++) numbers.push(String(n));
  return numbers;
}

function addConditionalFormats(
  sheet: Sheet,
  range: (a1: string) => Range,
  layout: InventoryLayout,
) {
  const rules = layout.conditionalRules.map((rule) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(`=${rule.formula}`)
      .setBackground(rule.background)
      .setRanges([range(rule.range)])
      .build(),
  );
  sheet.setConditionalFormatRules(rules);
}
