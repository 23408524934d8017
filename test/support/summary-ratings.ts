import { isDeepStrictEqual } from 'node:util';
import type { CellValue } from 'exceljs';

/** How CONTRACT.md reads a rating cell: its rating, or why it has none. */
export type Reading = number | 'invalid' | 'blank';

export interface RatingCase {
  value: CellValue;
  reads: Reading;
}

/**
 * What a team may type, paste or compute into a rating cell, each with the
 * reading CONTRACT.md gives it. Tests type only these values, so the
 * expected meaning of every row comes from this table, not from the code
 * under test.
 */
export const RATING_CASES: RatingCase[] = [
  { value: 1, reads: 1 },
  { value: 2, reads: 2 },
  { value: 3, reads: 3 },
  { value: 4, reads: 4 },
  { value: 5, reads: 5 },
  { value: ' 3 ', reads: 3 },
  { value: '4', reads: 4 },
  { value: '  2', reads: 2 },
  { value: '5 ', reads: 5 },
  { value: null, reads: 'blank' },
  { value: '   ', reads: 'blank' },
  { value: '', reads: 'blank' },
  { value: 'abc', reads: 'invalid' },
  { value: 2.5, reads: 'invalid' },
  { value: 0, reads: 'invalid' },
  { value: 7, reads: 'invalid' },
  { value: true, reads: 'invalid' },
  { value: false, reads: 'invalid' },
  { value: '#N/A', reads: 'invalid' },
  { value: { error: '#N/A' }, reads: 'invalid' },
  { value: '3 3', reads: 'invalid' },
  { value: '03', reads: 'invalid' },
  { value: '\u00a03', reads: 'invalid' },
  // 0.1 * 3 * 10 in floating point: it shows as 3 but is not a whole number.
  { value: 2.9999999999999996, reads: 'invalid' },
];

/** The reading of a value from RATING_CASES; throws for any other value. */
export function readingOf(value: CellValue): Reading {
  const found = RATING_CASES.find((c) => isDeepStrictEqual(c.value, value));
  if (found) return found.reads;
  throw new Error(`no reading declared for ${JSON.stringify(value)}`);
}

/** The values of RATING_CASES with the given readings, in table order. */
export function valuesReading(...readings: Reading[]): CellValue[] {
  return RATING_CASES.filter((c) => readings.includes(c.reads)).map(
    (c) => c.value,
  );
}
