import { a1 } from '../../src/inventory/a1';
import type { FakeDataValidation, FakeTextStyle } from './builders';
import { enter, type Cell, type Value } from './cells';
import type { FakeSheet } from './sheet';

/** A rectangle of cells of a fake sheet. */
export class FakeRange {
  constructor(
    private readonly sheet: FakeSheet,
    private readonly row: number,
    private readonly column: number,
    private readonly numRows: number,
    private readonly numColumns: number,
  ) {
    if (row < 1 || column < 1 || numRows < 1 || numColumns < 1) {
      throw new Error('The coordinates of the range are out of bounds.');
    }
    sheet.checkInside(row + numRows - 1, column + numColumns - 1);
  }

  getRow() {
    return this.row;
  }

  getColumn() {
    return this.column;
  }

  getNumRows() {
    return this.numRows;
  }

  getNumColumns() {
    return this.numColumns;
  }

  getSheet() {
    return this.sheet.proxy;
  }

  getA1Notation(): string {
    const start = a1(this.row, this.column);
    if (this.numRows === 1 && this.numColumns === 1) return start;
    const end = a1(
      this.row + this.numRows - 1,
      this.column + this.numColumns - 1,
    );
    return `${start}:${end}`;
  }

  getValues(): Value[][] {
    return this.map((cell) => (cell.formula ? '' : cell.value));
  }

  getValue(): Value {
    return this.getValues()[0]?.[0] ?? '';
  }

  getFormulas(): string[][] {
    return this.map((cell) => cell.formula);
  }

  getNumberFormats(): string[][] {
    return this.map((cell) => cell.format);
  }

  getBackgrounds(): string[][] {
    return this.map((cell) => cell.background ?? '#ffffff');
  }

  getWraps(): boolean[][] {
    return this.map((cell) => cell.wrap);
  }

  getTextStyles(): (FakeTextStyle | null)[][] {
    return this.map((cell) => cell.textStyle);
  }

  getDataValidations(): (FakeDataValidation | null)[][] {
    return this.map((cell) => cell.validation);
  }

  setValues(values: unknown[][]) {
    return this.assign(values, 'values', (cell, v) => enter(cell, v));
  }

  setValue(value: unknown) {
    return this.setValues(this.filled(value));
  }

  setNumberFormats(formats: string[][]) {
    return this.assign(formats, 'formats', (cell, f) => (cell.format = f));
  }

  setTextStyles(styles: FakeTextStyle[][]) {
    return this.assign(styles, 'styles', (cell, s) => (cell.textStyle = s));
  }

  setBackgrounds(colors: (string | null)[][]) {
    return this.assign(colors, 'colors', (cell, c) => (cell.background = c));
  }

  setWraps(wraps: boolean[][]) {
    return this.assign(wraps, 'wraps', (cell, w) => (cell.wrap = w));
  }

  setHorizontalAlignments(alignments: string[][]) {
    return this.assign(alignments, 'alignments', (cell, a) => {
      cell.horizontal = a;
    });
  }

  setVerticalAlignment(alignment: string) {
    this.map((cell) => (cell.vertical = alignment));
    return this.sheet.rangeProxy(this);
  }

  setDataValidations(rules: (FakeDataValidation | null)[][]) {
    return this.assign(rules, 'rules', (cell, r) => (cell.validation = r));
  }

  setDataValidation(rule: FakeDataValidation | null) {
    return this.setDataValidations(this.filled(rule));
  }

  merge() {
    this.sheet.addMerge(this.getA1Notation());
    return this.sheet.rangeProxy(this);
  }

  protect() {
    return this.sheet.addProtection(this.getA1Notation());
  }

  activate() {
    this.sheet.select(this.getA1Notation());
    return this.sheet.rangeProxy(this);
  }

  private filled<T>(value: T): T[][] {
    return Array.from({ length: this.numRows }, () =>
      Array.from({ length: this.numColumns }, () => value),
    );
  }

  private map<T>(read: (cell: Cell) => T): T[][] {
    const rows: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this.numColumns; c++) {
        row.push(read(this.sheet.cell(this.row + r, this.column + c)));
      }
      rows.push(row);
    }
    return rows;
  }

  /** Checks the grid's size as Sheets does, then writes each cell. */
  private assign<T>(grid: T[][], what: string, write: (c: Cell, v: T) => void) {
    this.sheet.checkEditable();
    const fits =
      grid.length === this.numRows &&
      grid.every((row) => row.length === this.numColumns);
    if (!fits) {
      throw new Error(
        `The number of rows or columns in the ${what} does not match the ` +
          `range ${this.getA1Notation()}.`,
      );
    }
    grid.forEach((row, r) =>
      row.forEach((value, c) =>
        write(this.sheet.cell(this.row + r, this.column + c), value),
      ),
    );
    return this.sheet.rangeProxy(this);
  }
}
