import { ValueType, type Worksheet } from 'exceljs';
import type { CellValue, InventoryContent } from '../inventory';

// A sheet filled by a script can hold thousands; the first few say enough.
const MOST_LISTED = 10;

interface Field {
  value: CellValue;
  cell: string | null;
}

/**
 * The inventory with each rating or threshold cell that holds a formula
 * no app has computed (written by a script) read as its formula, "=2+1":
 * not valid, where its empty value would read as not rated. Also the
 * warning that names those cells, or null.
 */
export function readUncomputed(sheet: Worksheet, content: InventoryContent) {
  const cells: string[] = [];
  const read = <T extends Field>(field: T): T => {
    if (field.cell === null) return field;
    const formula = uncomputed(sheet, field.cell);
    if (formula === null) return field;
    cells.push(field.cell);
    return { ...field, value: `=${formula}` };
  };
  const ratings = content.ratings.map(read);
  const threshold = read(content.threshold);
  return {
    content: { ...content, ratings, threshold },
    warning: uncomputedWarning(cells),
  };
}

/** The formula of a cell with no computed value; null for any other. */
function uncomputed(sheet: Worksheet, address: string): string | null {
  const cell = sheet.getCell(address);
  if (cell.type !== ValueType.Formula) return null;
  // `cell.value` drops a result of 0 or FALSE; `cell.result` keeps it.
  const result = cell.result as unknown;
  return result === undefined ? cell.formula : null;
}

function uncomputedWarning(cells: string[]): string | null {
  if (cells.length === 0) return null;
  const listed = cells.slice(0, MOST_LISTED).join(', ');
  const more = cells.length - MOST_LISTED;
  const what =
    cells.length === 1
      ? `${listed} holds a formula`
      : `${listed}${more > 0 ? ` and ${more} more` : ''} hold formulas`;
  return (
    `${what} with no computed value: open and save the workbook in Excel ` +
    'or LibreOffice, then analyze again.'
  );
}
