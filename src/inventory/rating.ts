import { cellText } from './cell-text';
import type { CellValue } from './types';

export const LOWEST_RATING = 1;
export const HIGHEST_RATING = 5;
export const DEFAULT_THRESHOLD = 2;
export const HIGHEST_THRESHOLD = 4;

/** What a rating cell holds, by the rules of CONTRACT.md. */
export type ParsedRating =
  | { kind: 'empty' }
  | { kind: 'valid'; rating: number }
  | { kind: 'invalid'; value: string };

/**
 * A valid rating is a whole number 1-5, as a number or as text of that digit
 * with surrounding spaces. Anything else that is not empty is invalid.
 */
export function parseRating(value: CellValue): ParsedRating {
  const whole = wholeNumberIn(value, LOWEST_RATING, HIGHEST_RATING);
  if (whole !== null) return { kind: 'valid', rating: whole };
  if (isEmpty(value)) return { kind: 'empty' };
  return { kind: 'invalid', value: cellText(value) };
}

/** A threshold cell's value, or null when it is not a whole number 1-4. */
export function parseThreshold(value: CellValue): number | null {
  return wholeNumberIn(value, LOWEST_RATING, HIGHEST_THRESHOLD);
}

/** True for a whole number from 1 to 4: a threshold a person may choose. */
export function isThreshold(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= LOWEST_RATING &&
    value <= HIGHEST_THRESHOLD
  );
}

function wholeNumberIn(value: CellValue, low: number, high: number) {
  if (typeof value === 'number') {
    const ok = Number.isInteger(value) && value >= low && value <= high;
    return ok ? value : null;
  }
  if (typeof value !== 'string') return null;
  const digit = trimSpaces(value);
  if (!/^[0-9]$/.test(digit)) return null;
  const number = Number(digit);
  return number >= low && number <= high ? number : null;
}

function isEmpty(value: CellValue): boolean {
  return (
    value === null || (typeof value === 'string' && trimSpaces(value) === '')
  );
}

/** Only ASCII spaces count, as the spreadsheet TRIM function sees them. */
function trimSpaces(text: string): string {
  return text.replace(/^ +| +$/g, '');
}
