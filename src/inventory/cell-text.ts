import type { CellValue } from './types';

/**
 * A cell's content as a person would read it: numbers as JavaScript prints
 * them, TRUE/FALSE, dates as YYYY-MM-DD, text as it is.
 */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** Text of a cell for School and School year: trimmed, or null if empty. */
export function optionalText(value: CellValue): string | null {
  const text = cellText(value).trim();
  return text === '' ? null : text;
}

function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'invalid date';
  return date.toISOString().slice(0, 10);
}
