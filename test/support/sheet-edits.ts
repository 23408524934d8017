import type { CellValue, Row, Style, Worksheet } from 'exceljs';
import { followRows, shiftRelative, type RowMap } from './summary-references';

/*
 * Row edits as a person makes them in Excel, Google Sheets or LibreOffice,
 * done on an exceljs worksheet. exceljs moves cells but never rewrites a
 * formula, so each edit rewrites the references (summary-references.ts)
 * as those apps do. Values, styles and heights move; validations and
 * conditional formats keep their addresses, which no formula result
 * depends on.
 */

/** What a spreadsheet sorts by: numbers, then text, then blanks. */
export type SortKey = number | string | null;

interface RowCopy {
  cells: { value: CellValue; style: Partial<Style> }[];
  height: number | undefined;
}

/** Inserts `count` empty rows before row `before`. */
export function insertRows(sheet: Worksheet, before: number, count: number) {
  moveRowsAtOrBelow(sheet, before, (row) =>
    row >= before ? row + count : row,
  );
}

/** Deletes `count` rows from row `first` on; the rows below move up. */
export function deleteRows(sheet: Worksheet, first: number, count: number) {
  moveRowsAtOrBelow(sheet, first, (row) => {
    if (row < first) return row;
    return row < first + count ? null : row - count;
  });
}

/**
 * Sorts rows `first` to `last` by a key, ascending and stable, as a
 * spreadsheet's Sort range does: numbers, then text, then blanks.
 */
export function sortRows(
  sheet: Worksheet,
  first: number,
  last: number,
  key: (row: Row) => SortKey,
) {
  const rows = [];
  for (let number = first; number <= last; number++) {
    const row = sheet.getRow(number);
    rows.push({ number, key: key(row), copy: copyRow(sheet, number) });
  }
  rows.sort((a, b) => compareKeys(a.key, b.key));
  rows.forEach((row, index) => {
    const target = first + index;
    writeRow(sheet, target, row.copy, shiftRelative(target - row.number));
  });
}

/** Copies row `from` over row `to`, as Copy and Paste does. */
export function pasteRow(sheet: Worksheet, from: number, to: number) {
  writeRow(sheet, to, copyRow(sheet, from), shiftRelative(to - from));
}

function moveRowsAtOrBelow(sheet: Worksheet, from: number, map: RowMap) {
  const last = sheet.rowCount;
  const copies = new Map<number, RowCopy>();
  for (let row = from; row <= last; row++) {
    copies.set(row, copyRow(sheet, row));
    clearRow(sheet, row);
  }
  for (const [row, copy] of copies) {
    const target = map(row);
    if (target !== null) writeRow(sheet, target, copy, (f) => f);
  }
  rewriteFormulas(sheet, (formula) => followRows(formula, map));
}

function rewriteFormulas(sheet: Worksheet, change: (f: string) => string) {
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      const formula = formulaOf(cell.value);
      if (formula !== null) cell.value = { formula: change(formula) };
    });
  });
}

function formulaOf(value: CellValue): string | null {
  if (value === null || typeof value !== 'object') return null;
  return 'formula' in value && typeof value.formula === 'string'
    ? value.formula
    : null;
}

function copyRow(sheet: Worksheet, number: number): RowCopy {
  const row = sheet.getRow(number);
  const cells: RowCopy['cells'] = [];
  for (let column = 1; column <= width(sheet); column++) {
    const cell = row.getCell(column);
    cells.push({
      value: copyOf(cell.value),
      style: copyOf(cell.style),
    });
  }
  return { cells, height: row.height };
}

function writeRow(
  sheet: Worksheet,
  number: number,
  copy: RowCopy,
  moveFormula: (formula: string) => string,
) {
  const row = sheet.getRow(number);
  copy.cells.forEach(({ value, style }, index) => {
    const cell = row.getCell(index + 1);
    const formula = formulaOf(value);
    cell.value = formula === null ? value : { formula: moveFormula(formula) };
    cell.style = copyOf(style);
  });
  if (copy.height !== undefined) row.height = copy.height;
}

/** A deep copy made in this realm: structuredClone's objects come from
 *  Node's own, which jest's deep equality tells apart. */
function copyOf<T>(value: T): T {
  if (value instanceof Date) return new Date(value) as T;
  if (value === null || typeof value !== 'object') return value;
  return JSON.parse(JSON.stringify(value)) as T;
}

function clearRow(sheet: Worksheet, number: number) {
  const row = sheet.getRow(number);
  for (let column = 1; column <= width(sheet); column++) {
    const cell = row.getCell(column);
    cell.value = null;
    cell.style = {};
  }
}

function width(sheet: Worksheet): number {
  return Math.max(sheet.columnCount, sheet.actualColumnCount);
}

/** Spreadsheet order: numbers, then text (ignoring case), then blanks. */
function compareKeys(a: SortKey, b: SortKey): number {
  const rank = (key: SortKey) =>
    key === null ? 2 : typeof key === 'string' ? 1 : 0;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') {
    return a.toLowerCase().localeCompare(b.toLowerCase());
  }
  return 0;
}
