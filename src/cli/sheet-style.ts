import type { Style } from 'exceljs';
import { cellStyle, type RowKind } from '../inventory';

// The font the Google sheet uses; LibreOffice draws it with a metric twin.
const FONT_NAME = 'Arial';

const styles = new Map<string, Partial<Style>>();

/**
 * The exceljs style of a cell of the layout. Cells of one kind, column and
 * format share one object: 2,000 rows stay fast to write.
 */
export function excelStyle(
  kind: RowKind,
  column: number,
  format?: string,
): Partial<Style> {
  const key = `${kind}|${column}|${format ?? ''}`;
  const known = styles.get(key);
  if (known) return known;
  const style = toExcel(kind, column, format);
  styles.set(key, style);
  return style;
}

/** `#1a73e8` as exceljs wants a colour: `FF1A73E8`. */
export function argb(colour: string): string {
  return `FF${colour.replace('#', '').toUpperCase()}`;
}

function toExcel(
  kind: RowKind,
  column: number,
  format?: string,
): Partial<Style> {
  const look = cellStyle(kind, column);
  const style: Partial<Style> = {
    font: {
      name: FONT_NAME,
      size: look.fontSize,
      bold: look.bold,
      italic: look.italic,
      color: { argb: argb(look.fontColor) },
    },
    alignment: {
      horizontal: look.horizontal,
      vertical: 'middle',
      wrapText: look.wrap,
    },
  };
  if (look.background !== null) {
    const colour = { argb: argb(look.background) };
    style.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: colour,
      bgColor: colour,
    };
  }
  if (format !== undefined) style.numFmt = format;
  return style;
}
