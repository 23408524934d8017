import { ValueType, type Cell, type CellValue as ExcelValue } from 'exceljs';
import type { CellValue } from '../inventory';

type Plain = string | number | boolean | Date | null;

/**
 * What a cell holds as the inventory reader sees it: a formula's result
 * (null before any app computed it), rich text and links as their text,
 * an error as its code (`#N/A`).
 */
export function cellValue(cell: Cell): CellValue {
  // A formula cell's `value` drops a result of 0, FALSE or empty text;
  // its `result` keeps them.
  if (cell.type === ValueType.Formula) {
    return toCellValue(cell.result as ExcelValue | undefined);
  }
  return toCellValue(cell.value);
}

function toCellValue(value: ExcelValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (isPlain(value)) return value;
  if ('error' in value) return String(value.error);
  if ('richText' in value) return richText(value.richText);
  if ('text' in value) return linkText(value.text);
  return null;
}

function isPlain(value: unknown): value is Plain {
  return typeof value !== 'object' || value === null || value instanceof Date;
}

/** A link's text may itself be rich text. */
function linkText(text: unknown): string {
  if (typeof text === 'string') return text;
  if (typeof text === 'object' && text !== null && 'richText' in text) {
    return richText((text as { richText: { text: string }[] }).richText);
  }
  return String(text ?? '');
}

function richText(runs: { text: string }[]): string {
  return runs.map((run) => run.text).join('');
}
