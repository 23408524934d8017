// Excel measures a column in digit widths of the workbook's default font
// (Calibri 11: 7 pixels) plus 5 pixels of cell padding.
const DIGIT_PX = 7;
const PADDING_PX = 5;
const POINTS_PER_PIXEL = 0.75;
// A rough average letter width and line height, as a share of the font
// size, for Arial and its metric twins.
const LETTER_EM = 0.44;
const LINE_EM = 1.3;
const DEFAULT_ROW_POINTS = 15;

/** Excel's column width (in characters) of a column so many pixels wide. */
export function columnWidth(pixels: number): number {
  return Math.round(((pixels - PADDING_PX) / DIGIT_PX) * 100) / 100;
}

/** A row height in points, from the layout's pixels. */
export function rowPoints(pixels: number): number {
  return pixels * POINTS_PER_PIXEL;
}

/**
 * The row height, in points, that shows text wrapped in a column. Excel
 * does not fit rows to their text when it opens a file, so the workbook
 * carries an estimate.
 */
export function wrappedRowPoints(
  text: string,
  columnPixels: number,
  fontSize: number,
): number {
  const letterPx = (fontSize / POINTS_PER_PIXEL) * LETTER_EM;
  const perLine = Math.max(1, Math.floor((columnPixels - 8) / letterPx));
  const lines = countLines(text, perLine);
  const points = lines * fontSize * LINE_EM + 4;
  return Math.max(DEFAULT_ROW_POINTS, Math.ceil(points));
}

/** Lines of a greedy word wrap at so many letters a line. */
function countLines(text: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (used > 0 && used + 1 + word.length <= perLine) {
      used += 1 + word.length;
      continue;
    }
    if (used > 0) lines += 1;
    // A word longer than a line breaks inside it.
    lines += Math.floor((word.length - 1) / perLine);
    used = ((word.length - 1) % perLine) + 1;
  }
  return lines;
}
