import type { CellValue, InventoryLayout } from '../../src/inventory';

/**
 * The values a spreadsheet would give back for a freshly written layout
 * (row 1 first, every row as wide as the widest): literal values as
 * written, empty cells and formulas as null (nothing computes them here).
 */
export function layoutGrid(layout: InventoryLayout): CellValue[][] {
  const width = Math.max(...layout.rows.map((row) => row.cells.length));
  return layout.rows.map((row) =>
    Array.from({ length: width }, (_, column) => {
      const cell = row.cells[column];
      if (cell === undefined || cell.formula !== undefined) return null;
      return cell.value ?? null;
    }),
  );
}

/** 0-based row and column of an A1 address such as `E14` or `AA3`. */
export function gridIndex(address: string): { row: number; column: number } {
  const match = /^([A-Z]+)([1-9][0-9]*)$/.exec(address);
  if (!match) throw new Error(`Not an A1 address: ${address}`);
  const [, letters = '', digits = ''] = match;
  const column = [...letters].reduce(
    (total, letter) => total * 26 + letter.charCodeAt(0) - 64,
    0,
  );
  return { row: Number(digits) - 1, column: column - 1 };
}

/** Reads the value at an A1 address of a grid (null outside it). */
export function cellAt(grid: CellValue[][], address: string): CellValue {
  const { row, column } = gridIndex(address);
  return grid[row]?.[column] ?? null;
}

/** Writes a value at an A1 address of a grid, as a person typing would. */
export function putCell(
  grid: CellValue[][],
  address: string,
  value: CellValue,
): void {
  const { row, column } = gridIndex(address);
  const cells = grid[row];
  if (!cells) throw new Error(`Row ${row + 1} is outside the grid`);
  cells[column] = value;
}
