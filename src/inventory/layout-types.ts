/** What a row of the inventory is for; it decides how the row looks. */
export type RowKind =
  | 'title'
  | 'fields'
  | 'instructions'
  | 'key'
  | 'scale'
  | 'summaryHeader'
  | 'summary'
  | 'summaryTotal'
  | 'header'
  | 'domain'
  | 'grade'
  | 'section'
  | 'benchmark'
  | 'note'
  | 'end';

/** One cell: a literal value or a formula (without the leading `=`). */
export interface LayoutCell {
  value?: string | number;
  formula?: string;
  /** Number format; `@` keeps typed text as text. */
  format?: string;
}

export interface LayoutRow {
  kind: RowKind;
  /** Cells by column, from column 1; missing cells stay empty. */
  cells: (LayoutCell | undefined)[];
  /** Height in pixels, where the default would cut the text. */
  height?: number;
}

/** A conditional format: a background where the formula holds. */
export interface ConditionalRule {
  /** A1 range, e.g. `E14:E40`. */
  range: string;
  /** Formula relative to the range's top-left cell, without `=`. */
  formula: string;
  background: string;
}

/** The whole inventory sheet as plain data, for either platform. */
export interface InventoryLayout {
  rows: LayoutRow[];
  headerRow: number;
  endRow: number;
  /** A1 addresses of the rating cells of benchmark rows, top to bottom. */
  ratingCells: string[];
  /** 1-based rows of the benchmark rows. */
  benchmarkRows: number[];
  thresholdCell: string;
  /** A1 ranges to merge. */
  merges: string[];
  conditionalRules: ConditionalRule[];
  /** A1 range of the rating column from below the header to above the
   *  end row: benchmark rows and the headings between them. */
  ratingRange: string;
  /** A1 ranges protected with a warning: the header row (readers find
   *  columns by it) and the framework's text. */
  protectedRanges: string[];
  validation: { helpText: string; thresholdHelpText: string };
}
