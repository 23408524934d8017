import { cellStyle, COLUMNS, type CellStyle } from '../inventory';
import type { InventoryLayout } from '../inventory';

type TextStyle = GoogleAppsScript.Spreadsheet.TextStyle;

/** Per-cell style grids of a layout, as Range's batch setters take them. */
export interface StyleGrids {
  textStyles: TextStyle[][];
  backgrounds: (string | null)[][];
  wraps: boolean[][];
  horizontal: CellStyle['horizontal'][][];
}

/** One grid per property, built without any call to Google's servers. */
export function styleGrids(layout: InventoryLayout): StyleGrids {
  const cache = new Map<string, TextStyle>();
  const grids: StyleGrids = {
    textStyles: [],
    backgrounds: [],
    wraps: [],
    horizontal: [],
  };
  for (const row of layout.rows) {
    const styles = COLUMNS.map((_, index) => cellStyle(row.kind, index + 1));
    grids.textStyles.push(styles.map((s) => textStyle(s, cache)));
    grids.backgrounds.push(styles.map((s) => s.background));
    grids.wraps.push(styles.map((s) => s.wrap));
    grids.horizontal.push(styles.map((s) => s.horizontal));
  }
  return grids;
}

function textStyle(style: CellStyle, cache: Map<string, TextStyle>) {
  const key = [style.bold, style.italic, style.fontSize, style.fontColor];
  const id = key.join('|');
  const cached = cache.get(id);
  if (cached) return cached;
  const built = SpreadsheetApp.newTextStyle()
    .setBold(style.bold)
    .setItalic(style.italic)
    .setFontSize(style.fontSize)
    .setForegroundColor(style.fontColor)
    .build();
  cache.set(id, built);
  return built;
}
