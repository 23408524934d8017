import type { FakeConditionalRule } from './builders';
import { emptyCell, parseRange, type Cell } from './cells';
import { FakeRange } from './range';
import type { FakeSpreadsheet } from './spreadsheet';
import { tracked, type CallLog } from './tracked';

/** A protected range: a warning only, or a lock. */
export interface FakeProtection {
  range: string;
  description: string;
  warningOnly: boolean;
}

/** Developer metadata attached to a sheet. */
export interface FakeMetadata {
  key: string;
  value: string;
  sheet: FakeSheet;
}

/** A stateful sheet: cells, layout, rules, protections and metadata. */
export class FakeSheet {
  readonly proxy: this;
  readonly rows: Cell[][] = [];
  readonly merges: string[] = [];
  readonly protections: FakeProtection[] = [];
  readonly metadata: FakeMetadata[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  conditionalRules: FakeConditionalRule[] = [];
  frozenRows = 0;
  /** A new Google sheet has 1,000 rows and 26 columns; ranges past them
   *  throw until rows are inserted. */
  maxRows = 1000;
  maxColumns = 26;
  selection: string | null = null;

  constructor(
    private name: string,
    readonly parent: FakeSpreadsheet,
    private readonly log: CallLog,
  ) {
    this.proxy = tracked('Sheet', this, log);
  }

  getName() {
    return this.name;
  }

  setName(name: string) {
    this.parent.checkNameFree(name);
    this.name = name;
    return this.proxy;
  }

  getParent() {
    return this.parent.proxy;
  }

  getRange(rowOrA1: number | string, column = 1, numRows = 1, numColumns = 1) {
    if (typeof rowOrA1 === 'string') {
      const r = parseRange(rowOrA1);
      return this.rangeProxy(
        new FakeRange(this, r.row, r.column, r.numRows, r.numColumns),
      );
    }
    return this.rangeProxy(
      new FakeRange(this, rowOrA1, column, numRows, numColumns),
    );
  }

  getMaxRows() {
    return this.maxRows;
  }

  getDataRange() {
    return this.rangeProxy(
      new FakeRange(
        this,
        1,
        1,
        Math.max(1, this.getLastRow()),
        Math.max(1, this.getLastColumn()),
      ),
    );
  }

  getLastRow(): number {
    for (let r = this.rows.length; r > 0; r--) {
      if (this.rows[r - 1]?.some(hasContent)) return r;
    }
    return 0;
  }

  getLastColumn(): number {
    return this.rows.reduce((last, row) => {
      const index = row.map(hasContent).lastIndexOf(true);
      return Math.max(last, index + 1);
    }, 0);
  }

  setFrozenRows(rows: number) {
    this.frozenRows = rows;
  }

  getFrozenRows() {
    return this.frozenRows;
  }

  setColumnWidth(column: number, width: number) {
    this.columnWidths.set(column, width);
    return this.proxy;
  }

  setRowHeight(row: number, height: number) {
    this.rowHeights.set(row, height);
    return this.proxy;
  }

  hideColumns(column: number, count = 1) {
    for (let c = column; c < column + count; c++) this.hiddenColumns.add(c);
  }

  isColumnHiddenByUser(column: number) {
    return this.hiddenColumns.has(column);
  }

  addDeveloperMetadata(key: string, value: string) {
    this.checkEditable();
    this.metadata.push({ key, value, sheet: this });
    return this.proxy;
  }

  createDeveloperMetadataFinder() {
    return this.parent.finder(() => this.metadata);
  }

  setConditionalFormatRules(rules: FakeConditionalRule[]) {
    this.checkEditable();
    this.conditionalRules = [...rules];
  }

  getConditionalFormatRules() {
    return [...this.conditionalRules];
  }

  activate() {
    this.parent.activeSheet = this;
    return this.proxy;
  }

  /** Inserts empty rows before a row, as a person does from the menu. */
  insertRowsBefore(row: number, count: number) {
    this.checkEditable();
    this.cell(row, 1);
    const fresh = Array.from({ length: count }, () => [] as Cell[]);
    this.rows.splice(row - 1, 0, ...fresh);
    this.maxRows += count;
    return this.proxy;
  }

  insertRowsAfter(row: number, count: number) {
    return this.insertRowsBefore(row + 1, count);
  }

  deleteRow(row: number) {
    this.checkEditable();
    this.rows.splice(row - 1, 1);
    this.maxRows -= 1;
    return this.proxy;
  }

  /** Throws as Sheets does for a range outside the sheet's size. */
  checkInside(lastRow: number, lastColumn: number) {
    if (lastRow <= this.maxRows && lastColumn <= this.maxColumns) return;
    throw new Error(
      'Exception: The coordinates of the range are outside the dimensions ' +
        'of the sheet.',
    );
  }

  /** The stored cell, created empty on first use. */
  cell(row: number, column: number): Cell {
    while (this.rows.length < row) this.rows.push([]);
    const cells = this.rows[row - 1] as Cell[];
    while (cells.length < column) cells.push(emptyCell());
    return cells[column - 1] as Cell;
  }

  rangeProxy(range: FakeRange) {
    return tracked('Range', range, this.log);
  }

  checkEditable() {
    this.parent.checkEditable();
  }

  addMerge(a1: string) {
    this.checkEditable();
    this.merges.push(a1);
  }

  addProtection(range: string) {
    this.checkEditable();
    const protection: FakeProtection = {
      range,
      description: '',
      warningOnly: false,
    };
    this.protections.push(protection);
    const api = {
      setDescription: (text: string) => {
        protection.description = text;
        return proxy;
      },
      setWarningOnly: (warningOnly: boolean) => {
        protection.warningOnly = warningOnly;
        return proxy;
      },
    };
    const proxy = tracked('Protection', api, this.log);
    return proxy;
  }

  select(a1: string) {
    if (this.parent.activeSheet !== this) {
      throw new Error('The range is not on the active sheet.');
    }
    this.selection = a1;
  }
}

function hasContent(cell: Cell): boolean {
  return cell.value !== '' || cell.formula !== '';
}
