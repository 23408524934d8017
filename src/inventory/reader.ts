import { a1 } from './a1';
import { cellText } from './cell-text';
import { END_TEXT, FIELDS, headerOf, type FieldKey } from './columns';
import type { CellValue, InventoryContent, RatingCell } from './types';

/** Thrown when a sheet cannot be read as an inventory; the message says
 *  what to do. `damaged`: the sheet is an inventory with its header
 *  broken, not some other sheet. */
export class InventoryError extends Error {
  constructor(
    message: string,
    readonly damaged = false,
  ) {
    super(message);
    this.name = 'InventoryError';
  }
}

const ID_HEADER = headerOf('id');
const RATING_HEADER = headerOf('rating');
const WORDING_HEADER = headerOf('benchmark');

/**
 * Reads an inventory from the values of its sheet (row 1 first). The header
 * row and its columns are found by their header text; each rating goes with
 * the benchmark id of its own row, wherever rows were moved.
 */
export function readInventory(grid: CellValue[][]): InventoryContent {
  const header = findHeader(grid);
  const end = findEnd(grid, header.row);
  const rows = benchmarkRows(grid, header);
  const above = grid.slice(0, header.row);
  const threshold = findField(above, 'threshold');
  return {
    school: findField(above, 'school')?.value ?? null,
    schoolYear: findField(above, 'schoolYear')?.value ?? null,
    threshold: threshold ?? { value: null, cell: null },
    ratings: rows.filter((row) => row.index < end).map((row) => row.cell),
    outside: rows.filter((row) => row.index > end).map((row) => row.cell),
  };
}

type Header = ReturnType<typeof findHeader>;

function benchmarkRows(grid: CellValue[][], header: Header) {
  const rows: { index: number; cell: RatingCell }[] = [];
  for (let r = header.row + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const id = cellText(row[header.id] ?? null).trim();
    if (id === '') continue;
    const cell: RatingCell = {
      id,
      value: row[header.rating] ?? null,
      cell: a1(r + 1, header.rating + 1),
    };
    if (header.wording >= 0) {
      const text = cellText(row[header.wording] ?? null);
      cell.wording = { text, cell: a1(r + 1, header.wording + 1) };
    }
    rows.push({ index: r, cell });
  }
  return rows;
}

/** Index of the end row; past the last row when it was deleted. */
function findEnd(grid: CellValue[][], headerRow: number): number {
  for (let r = headerRow + 1; r < grid.length; r++) {
    if ((grid[r] ?? []).some((v) => cellText(v).trim() === END_TEXT)) return r;
  }
  return grid.length;
}

/** True when the grid has an inventory's header row. */
export function looksLikeInventory(grid: CellValue[][]): boolean {
  try {
    findHeader(grid);
    return true;
  } catch {
    return false;
  }
}

function findHeader(grid: CellValue[][]) {
  let withoutIds = false;
  for (let r = 0; r < grid.length; r++) {
    const texts = (grid[r] ?? []).map((v) => cellText(v).trim());
    const rating = texts.indexOf(RATING_HEADER);
    const id = texts.indexOf(ID_HEADER);
    const wording = texts.indexOf(WORDING_HEADER);
    if (rating >= 0 && id >= 0) return { row: r, rating, id, wording };
    // Another sheet may well say "Rating (1-5)"; with the wording's
    // header beside it, it is an inventory that lost its id column.
    if (rating >= 0 && wording >= 0) withoutIds = true;
  }
  if (withoutIds) {
    throw new InventoryError(
      `The hidden "${ID_HEADER}" column of this inventory is missing, so ` +
        'ratings cannot be matched to benchmarks. Undo the column deletion, ' +
        'or create a fresh inventory and copy the ratings into it.',
      true,
    );
  }
  throw new InventoryError(
    `This sheet is not a PaCE inventory: it has no header row with ` +
      `"${RATING_HEADER}" and "${ID_HEADER}". Create an inventory first.`,
  );
}

/** A field's value: the first filled cell right of its label, up to its
 *  value cell (people type into the cell next to the label too). */
function findField(rows: CellValue[][], key: FieldKey) {
  const field = FIELDS[key];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const column = row.findIndex((v) => cellText(v).trim() === field.label);
    if (column < 0) continue;
    let at = column + 1;
    while (at < column + field.offset && cellText(row[at] ?? null) === '') {
      at++;
    }
    return { value: row[at] ?? null, cell: a1(r + 1, at + 1) };
  }
  return null;
}
