import { ValueType, type Worksheet } from 'exceljs';
import type { CellValue } from '../inventory';
import { cellValue } from './cell-value';

/**
 * The values of a worksheet, row 1 first. A merged range holds its value
 * in its top-left cell only, as Google Sheets reads it.
 */
export function sheetGrid(sheet: Worksheet): CellValue[][] {
  const grid: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const merged = cell.type === ValueType.Merge;
      values[column - 1] = merged ? null : cellValue(cell);
    });
    grid[rowNumber - 1] = Array.from(values, (value) => value ?? null);
  });
  return Array.from(grid, (row) => row ?? []);
}
