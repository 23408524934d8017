import { columnOf, FIELDS } from './columns';
import type { RowKind } from './layout-types';

/** How one cell looks; both the Google sheet and the workbook apply it. */
export interface CellStyle {
  bold: boolean;
  italic: boolean;
  fontSize: number;
  fontColor: string;
  background: string | null;
  wrap: boolean;
  horizontal: 'left' | 'center' | 'right';
}

export const FONT_COLOR = '#202124';
const MUTED = '#5f6368';
const BAND = '#d2e3fc';
const SECTION = '#f1f3f4';
const HEADER = '#1a73e8';
/** Cells the team fills in: School, School year, threshold, ratings. */
const INPUT = '#fffde7';

/** Backgrounds of ratings 1 to 5, red to green, dark text readable on all. */
export const RATING_COLOURS = [
  '#f4c7c3',
  '#fce5cd',
  '#fff2cc',
  '#d9ead3',
  '#b7e1cd',
];

/** Row backgrounds of a low rating and of a cell that is not a rating. */
export const LOW_ROW = '#fbe9e7';
export const INVALID_ROW = '#fff8e1';

const PLAIN: CellStyle = {
  bold: false,
  italic: false,
  fontSize: 10,
  fontColor: FONT_COLOR,
  background: null,
  wrap: false,
  horizontal: 'left',
};

const ROW_STYLES: Record<RowKind, Partial<CellStyle>> = {
  title: { bold: true, fontSize: 16 },
  fields: { bold: true },
  instructions: { wrap: true },
  key: { fontColor: MUTED },
  scale: { fontColor: MUTED },
  summaryHeader: { bold: true, background: SECTION, wrap: true },
  summary: {},
  summaryTotal: { bold: true },
  header: { bold: true, fontColor: '#ffffff', background: HEADER, wrap: true },
  domain: { bold: true, fontSize: 12, background: BAND },
  grade: { bold: true, fontSize: 11, background: BAND },
  section: { bold: true, italic: true, background: SECTION },
  benchmark: { wrap: true },
  note: { italic: true, fontColor: MUTED },
  end: { italic: true, fontColor: MUTED },
};

/** Columns whose cells are centred on benchmark and summary rows. */
const CENTRED = new Set([columnOf('key'), columnOf('rating')]);

/** Cells where the team types School, School year and the threshold: the
 *  value cell and any cell between it and its label. */
const FIELD_VALUES = new Set(
  Object.values(FIELDS).flatMap((field) =>
    Array.from({ length: field.offset }, (_, i) => field.column + 1 + i),
  ),
);

/** The style of the cell in a row of that kind at a 1-based column. */
export function cellStyle(kind: RowKind, column: number): CellStyle {
  const style = { ...PLAIN, ...ROW_STYLES[kind] };
  if (kind === 'fields') return fieldStyle(style, column);
  if (kind === 'benchmark' && column === columnOf('rating')) {
    return { ...style, horizontal: 'center', background: INPUT };
  }
  if (kind === 'benchmark' && CENTRED.has(column)) {
    return { ...style, horizontal: 'center' };
  }
  if ((kind === 'summary' || kind === 'summaryTotal') && column > 1) {
    return { ...style, horizontal: 'center' };
  }
  return style;
}

function fieldStyle(style: CellStyle, column: number): CellStyle {
  if (!FIELD_VALUES.has(column)) return style;
  return { ...style, bold: false, background: INPUT };
}
