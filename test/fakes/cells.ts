import type { FakeDataValidation, FakeTextStyle } from './builders';

export type Value = string | number | boolean | Date;

/** Everything the fake remembers about one cell. */
export interface Cell {
  value: Value;
  formula: string;
  format: string;
  background: string | null;
  textStyle: FakeTextStyle | null;
  wrap: boolean;
  horizontal: string;
  vertical: string;
  validation: FakeDataValidation | null;
}

export function emptyCell(): Cell {
  return {
    value: '',
    formula: '',
    format: 'General',
    background: null,
    textStyle: null,
    wrap: false,
    horizontal: 'left',
    vertical: 'bottom',
    validation: null,
  };
}

const NUMBER = /^\s*-?\d+(\.\d+)?\s*$/;

/**
 * Stores typed input as Sheets does: "=..." becomes a formula and number
 * text becomes a number, unless the cell is formatted as plain text ("@").
 */
export function enter(cell: Cell, input: unknown): void {
  cell.formula = '';
  if (typeof input === 'string' && cell.format !== '@') {
    if (input.startsWith('=')) {
      cell.formula = input;
      cell.value = '';
      return;
    }
    if (NUMBER.test(input)) {
      cell.value = Number(input);
      return;
    }
  }
  if (input === null || input === undefined) {
    cell.value = '';
    return;
  }
  cell.value = input as Value;
}

/** 1-based row and column of an A1 address such as "E12". */
export function parseA1(a1: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1);
  if (!match) throw new Error(`The fake cannot read the address "${a1}".`);
  const letters = match[1] ?? '';
  let column = 0;
  for (const letter of letters)
    column = column * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(match[2]), column };
}

/** Row, column and size of an A1 range such as "A1:C3" or "E12". */
export function parseRange(a1: string) {
  const [from, to = from] = a1.split(':') as [string, string?];
  const start = parseA1(from);
  const end = parseA1(to);
  return {
    row: start.row,
    column: start.column,
    numRows: end.row - start.row + 1,
    numColumns: end.column - start.column + 1,
  };
}
