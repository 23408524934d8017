import { ValueType } from 'exceljs';

/*
 * exceljs 4.4 misreads two kinds of cell:
 * - an ISO 8601 date, as some libraries write it
 *   (`<c t="d"><v>2024-03-05T00:00:00</v>`), becomes parseFloat of its
 *   text, 2024;
 * - a formula computed to empty text (`<c t="str"><f>…</f><v></v>`) looks
 *   like a formula no app has computed, which the CLI reports.
 * The fix sits where exceljs parses a cell, since no option reaches it;
 * without that parser (another exceljs), cells read as exceljs reads them
 * and the tests of test/cli/cell-values.test.ts fail.
 */

/** The part of exceljs's cell parser that the fix uses. */
interface CellParser {
  t?: string;
  model: {
    type?: number;
    value?: unknown;
    formula?: string;
    shareType?: string;
    result?: unknown;
  };
  parseClose(name: string): boolean;
}

const PARSER_MODULE = 'exceljs/lib/xlsx/xform/sheet/cell-xform';
let fixed = false;

/** Makes exceljs read ISO date cells as dates and keep an empty formula
 *  result; once per process. */
export function fixCellParser(): void {
  if (fixed) return;
  fixed = true;
  const parser = cellParser();
  if (parser === null) return;
  const parseClose = parser.parseClose;
  parser.parseClose = function (this: CellParser, name: string) {
    if (name === 'c' && readIsoDate(this)) return false;
    const more = parseClose.call(this, name);
    if (name === 'c') keepEmptyResult(this);
    return more;
  };
}

/** A value cell of type "d" as a date; false for any other cell. */
function readIsoDate(cell: CellParser): boolean {
  const { model } = cell;
  if (cell.t !== 'd' || model.formula !== undefined) return false;
  if (model.shareType !== undefined || typeof model.value !== 'string') {
    return false;
  }
  const date = isoDate(model.value);
  model.type = date === null ? ValueType.String : ValueType.Date;
  model.value = date ?? model.value;
  return true;
}

/** A formula's cached empty text; exceljs drops a value that is falsy. */
function keepEmptyResult(cell: CellParser) {
  const { model } = cell;
  if (model.type !== ValueType.Formula || cell.t !== 'str') return;
  if (model.result === undefined) model.result = '';
}

/** A date and time without a zone is read as UTC, as cell text shows
 *  dates; null when the text is no ISO date. */
function isoDate(text: string): Date | null {
  const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(text) || !text.includes('T');
  const date = new Date(zoned ? text : `${text}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

function cellParser(): CellParser | null {
  try {
    // exceljs exports no way to its cell parser:
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- above
    const module = require(PARSER_MODULE) as { prototype?: CellParser };
    return typeof module.prototype?.parseClose === 'function'
      ? module.prototype
      : null;
  } catch {
    return null;
  }
}
