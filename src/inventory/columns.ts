/**
 * The columns of an inventory sheet, in order. Readers find a column by its
 * header, never by its letter, so a later version may add columns.
 */
export const COLUMNS = [
  { key: 'grade', header: 'Grade', width: 80 },
  { key: 'section', header: 'Section', width: 100 },
  { key: 'benchmark', header: 'Benchmark', width: 330 },
  { key: 'key', header: 'Key', width: 60 },
  { key: 'rating', header: 'Rating (1-5)', width: 80 },
  { key: 'meaning', header: 'What the rating means', width: 170 },
  { key: 'flag', header: 'Flag', width: 140 },
  { key: 'evidence', header: 'Evidence / notes', width: 220 },
  { key: 'owner', header: 'Owner', width: 110 },
  { key: 'check', header: 'Rating check', width: 90, hidden: true },
  { key: 'id', header: 'Benchmark id', width: 90, hidden: true },
] as const;

export type ColumnKey = (typeof COLUMNS)[number]['key'];

/** 1-based column number of a column of the layout. */
export function columnOf(key: ColumnKey): number {
  return COLUMNS.findIndex((column) => column.key === key) + 1;
}

export function headerOf(key: ColumnKey): string {
  return COLUMNS[columnOf(key) - 1]?.header ?? key;
}

/** Number of columns a person sees; the rest are hidden helpers. */
export const VISIBLE_COLUMNS = COLUMNS.filter((c) => !('hidden' in c)).length;

/**
 * The cells the team fills in at the top, each a label and, `offset` columns
 * to its right, the value.
 */
export const FIELDS = {
  school: { label: 'School:', column: 1, offset: 2 },
  schoolYear: { label: 'School year:', column: 4, offset: 2 },
  threshold: { label: 'Flag at or below:', column: 7, offset: 1 },
} as const;

export type FieldKey = keyof typeof FIELDS;

/** The text of the row that ends the benchmark rows. The summary's ranges
 *  end there, so readers stop there too. */
export const END_TEXT =
  'End of inventory. Insert new rows above this line so the summary ' +
  'counts them.';
