import { columnOf, type ColumnKey } from './columns';
import { columnLetter } from './a1';
import { DEFAULT_THRESHOLD, HIGHEST_RATING, HIGHEST_THRESHOLD } from './rating';
import { LIST_NAMES, NO_AVERAGE } from './words';

/*
 * Formulas shared by the Google sheet and the workbook. They use English
 * function names, commas and only functions that Excel, LibreOffice and
 * Google Sheets all compute alike. They follow the rules of CONTRACT.md:
 * spreadsheet functions skip text, so the hidden check column turns every
 * rating cell into a number (valid), "invalid", "blank" or "" (not counted:
 * no id, or a lower copy of a benchmark's row).
 */

export const INVALID = 'invalid';
export const BLANK = 'blank';

/** Where the formulas of one sheet look. */
export interface FormulaFrame {
  /** The header row and the end row: ranges span them, so rows inserted
   *  between them are counted. */
  headerRow: number;
  endRow: number;
  /** Absolute address of the threshold in use, e.g. `$J$2`. */
  threshold: string;
}

const col = (key: ColumnKey) => columnLetter(columnOf(key));

/** `$K$13:$K$40`: a column between the header and the end row. */
function span(frame: FormulaFrame, key: ColumnKey): string {
  const letter = col(key);
  return `$${letter}$${frame.headerRow}:$${letter}$${frame.endRow}`;
}

/** A formula string literal. */
export function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** True when the number in `ref` is whole. Spreadsheets compare numbers
 *  with a tolerance (`=` finds 2.9999999999999996 equal to 3); DELTA
 *  compares exactly, as the analysis does. */
function isWhole(ref: string): string {
  return `DELTA(${ref},INT(${ref}))=1`;
}

/** The whole number in `ref` when it lies in 1..high (as number or digit
 *  text with spaces), else `otherwise`. */
function wholeNumber(ref: string, high: number, otherwise: string): string {
  const digits = quote('123456789'.slice(0, high));
  const trimmed = `TRIM(${ref})`;
  return (
    `IF(ISLOGICAL(${ref}),${otherwise},` +
    `IF(ISNUMBER(${ref}),IF(AND(${ref}>=1,${ref}<=${high},` +
    `${isWhole(ref)}),${ref},${otherwise}),` +
    `IF(ISTEXT(${ref}),IF(AND(LEN(${trimmed})=1,` +
    `ISNUMBER(FIND(${trimmed},${digits}))),VALUE(${trimmed}),${otherwise}),` +
    `${otherwise})))`
  );
}

/** The threshold in use: the cell's value when it is 1-4, else 2. */
export function thresholdInUse(cell: string): string {
  return wholeNumber(cell, HIGHEST_THRESHOLD, String(DEFAULT_THRESHOLD));
}

/** Words beside the threshold cell when its value cannot be used. */
export function thresholdNote(cell: string): string {
  return (
    `IF(${wholeNumber(cell, HIGHEST_THRESHOLD, '0')}=0,` +
    `${quote(`Not 1-4: ${DEFAULT_THRESHOLD} is used`)},"")`
  );
}

/** The hidden check of a benchmark row (see the note at the top). */
export function ratingCheck(frame: FormulaFrame, row: number): string {
  const id = `${col('id')}${row}`;
  const rating = `${col('rating')}${row}`;
  const above = `${col('id')}$${frame.headerRow}:${id}`;
  const blank = quote(BLANK);
  const invalid = quote(INVALID);
  const text =
    `IF(TRIM(${rating})="",${blank},` +
    `IF(AND(LEN(TRIM(${rating}))=1,ISNUMBER(FIND(TRIM(${rating}),` +
    `${quote('12345'.slice(0, HIGHEST_RATING))}))),` +
    `VALUE(TRIM(${rating})),${invalid}))`;
  return (
    `IF(${id}="","",IF(COUNTIF(${above},${id})>1,"",` +
    `IF(ISERROR(${rating}),${invalid},IF(ISLOGICAL(${rating}),${invalid},` +
    `IF(ISNUMBER(${rating}),IF(AND(${rating}>=1,${rating}<=${HIGHEST_RATING},` +
    `${isWhole(rating)}),${rating},${invalid}),` +
    `IF(ISTEXT(${rating}),${text},${blank}))))))`
  );
}

/** The scale label of the rating in the row, or a hint when it is invalid. */
export function meaning(row: number, labels: string[]): string {
  const check = `${col('check')}${row}`;
  return (
    `IF(ISNUMBER(${check}),CHOOSE(${check},${labels.map(quote).join(',')}),` +
    `IF(${check}=${quote(INVALID)},${quote('Not a rating: enter 1-5')},""))`
  );
}

/** The flag in words: low, not rated, not valid, or a copy not counted. */
export function flag(frame: FormulaFrame, row: number): string {
  const check = `${col('check')}${row}`;
  const id = `${col('id')}${row}`;
  return (
    `IF(${id}="","",IF(${check}="",${quote('Copy: not counted')},` +
    `IF(${check}=${quote(BLANK)},${quote(LIST_NAMES.unrated)},` +
    `IF(${check}=${quote(INVALID)},${quote('Not a valid rating')},` +
    `IF(${check}<=${frame.threshold},` +
    `${quote('Low: at or below ')}&${frame.threshold},"")))))`
  );
}

/** Id pattern of a grade, or of one section of a grade (`*-8-s*`), in
 *  every domain or in one (`ced-8-s*`). */
export function idPattern(
  grade: number,
  sectionLetter = '',
  domain = '*',
): string {
  return `${domain}-${grade}-${sectionLetter}*`;
}

/** Mean of the valid ratings whose id matches, or NO_AVERAGE when none. */
export function averageOf(frame: FormulaFrame, pattern: string | null) {
  const checks = span(frame, 'check');
  const none = quote(NO_AVERAGE);
  if (pattern === null) return `IFERROR(AVERAGE(${checks}),${none})`;
  return (
    `IFERROR(AVERAGEIFS(${checks},${span(frame, 'id')},${quote(pattern)}),` +
    `${none})`
  );
}

/** Number of valid ratings whose id matches. */
export function ratedOf(frame: FormulaFrame, pattern: string | null) {
  return countOf(frame, pattern, `">0"`);
}

/** Number of valid ratings at or below the threshold. */
export function flaggedOf(frame: FormulaFrame, pattern: string | null) {
  return countOf(frame, pattern, `">0"`, `"<="&${frame.threshold}`);
}

/** Number of rating cells that hold something other than a rating. */
export function invalidOf(frame: FormulaFrame, pattern: string | null) {
  return countOf(frame, pattern, quote(INVALID));
}

function countOf(
  frame: FormulaFrame,
  pattern: string | null,
  ...criteria: string[]
): string {
  const checks = span(frame, 'check');
  const terms = criteria.map((criterion) => `${checks},${criterion}`);
  if (pattern !== null) {
    terms.unshift(`${span(frame, 'id')},${quote(pattern)}`);
  }
  return `COUNTIFS(${terms.join(',')})`;
}
