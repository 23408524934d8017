import { Workbook, type Worksheet } from 'exceljs';
import type { Framework } from '../framework';
import {
  buildLayout,
  columnOf,
  COLUMNS,
  type LayoutCell,
  type LayoutRow,
} from '../inventory';
import { addConditionalRules } from './sheet-conditional';
import { freezeHeader, setUpPrinting } from './sheet-print';
import { columnWidth, rowPoints, wrappedRowPoints } from './sheet-size';
import { excelStyle } from './sheet-style';
import { addValidations } from './sheet-validation';

/** The name of the inventory sheet in a created workbook. */
export const SHEET_NAME = 'PaCE Inventory';

const BENCHMARK_COLUMN = columnOf('benchmark');
const BENCHMARK_FONT_SIZE = 10;

/** A workbook holding one fresh inventory of the framework. */
export function inventoryWorkbook(framework: Framework): Workbook {
  const layout = buildLayout(framework);
  const workbook = new Workbook();
  describe(workbook, framework);
  // No formula carries a result, so the app computes them all on opening.
  workbook.calcProperties.fullCalcOnLoad = true;

  const sheet = workbook.addWorksheet(SHEET_NAME);
  setColumns(sheet);
  layout.rows.forEach((row, index) => writeRow(sheet, row, index + 1));
  layout.merges.forEach((range) => sheet.mergeCells(range));
  addConditionalRules(sheet, layout.conditionalRules);
  addValidations(sheet, layout);
  setUpPrinting(sheet, layout);
  freezeHeader(sheet, layout);
  return workbook;
}

/** The bytes of an .xlsx file of the workbook. */
export async function workbookBytes(workbook: Workbook): Promise<Buffer> {
  // The quickest deflate level: 2,000 benchmarks write in two thirds of
  // the time, for a file a third larger (350 KB).
  const zip = {
    compression: 'DEFLATE' as const,
    compressionOptions: { level: 1 },
  };
  return Buffer.from(await workbook.xlsx.writeBuffer({ zip }));
}

function describe(workbook: Workbook, framework: Framework) {
  workbook.creator = 'pace-inventory';
  workbook.title = `PaCE Inventory: ${framework.name}`;
  workbook.subject = 'PaCE inventory';
  // Names the framework the sheet was made from, for people and later
  // versions; the reader finds an inventory by its header row, never this.
  workbook.keywords =
    `pace-inventory framework:${framework.id} ` +
    `version:${framework.version}`;
  workbook.created = new Date();
  workbook.modified = workbook.created;
}

function setColumns(sheet: Worksheet) {
  sheet.columns = COLUMNS.map((column) => ({
    key: column.key,
    width: columnWidth(column.width),
    hidden: 'hidden' in column && column.hidden,
  }));
}

function writeRow(sheet: Worksheet, row: LayoutRow, number: number) {
  const excelRow = sheet.getRow(number);
  for (let column = 1; column <= COLUMNS.length; column++) {
    const cell = row.cells[column - 1];
    const target = excelRow.getCell(column);
    target.style = excelStyle(row.kind, column, cell?.format);
    const value = cellContent(cell);
    if (value !== null) target.value = value;
  }
  const height = rowHeight(row);
  if (height !== null) excelRow.height = height;
}

function cellContent(cell: LayoutCell | undefined) {
  if (cell?.formula !== undefined) return { formula: cell.formula };
  if (cell?.value === undefined || cell.value === '') return null;
  return cell.value;
}

function rowHeight(row: LayoutRow): number | null {
  if (row.height !== undefined) return rowPoints(row.height);
  if (row.kind !== 'benchmark') return null;
  const text = row.cells[BENCHMARK_COLUMN - 1]?.value;
  const width = COLUMNS[BENCHMARK_COLUMN - 1]?.width ?? 0;
  return wrappedRowPoints(String(text ?? ''), width, BENCHMARK_FONT_SIZE);
}
