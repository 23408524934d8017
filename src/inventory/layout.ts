import { listGrades, type Framework } from '../framework';
import { a1, columnLetter } from './a1';
import { COLUMNS, columnOf, END_TEXT, VISIBLE_COLUMNS } from './columns';
import * as f from './formulas';
import { bodyRows, fillFormulas } from './layout-body';
import { text } from './layout-cells';
import {
  FIELDS_ROW,
  instructionsMerge,
  summaryRows,
  THRESHOLD_CELL,
  topRows,
} from './layout-top';
import type {
  ConditionalRule,
  InventoryLayout,
  LayoutRow,
} from './layout-types';
import { HIGHEST_RATING, HIGHEST_THRESHOLD, LOWEST_RATING } from './rating';
import { INVALID_ROW, LOW_ROW, RATING_COLOURS } from './styles';

export * from './layout-types';

/** Lays out the inventory sheet of a framework: one description for both
 *  the Google sheet and the workbook. */
export function buildLayout(framework: Framework): InventoryLayout {
  const top = topRows(framework);
  const summaryRow = top.length + 1;
  const headerRow = summaryRow + listGrades(framework).length + 2;
  const body = bodyRows(framework);
  const endRow = headerRow + body.rows.length + 1;
  const frame: f.FormulaFrame = {
    headerRow,
    endRow,
    threshold: `$${columnLetter(columnOf('check'))}$${FIELDS_ROW}`,
  };
  const rows = [
    ...top,
    ...summaryRows(framework, frame, summaryRow),
    headerCells(),
    ...body.rows.map((row, index) =>
      fillFormulas(row, frame, headerRow + 1 + index, framework),
    ),
    { kind: 'end' as const, cells: [text(END_TEXT)] },
  ];
  const benchmarkRows = body.benchmarkOffsets.map((o) => headerRow + 1 + o);
  const rating = columnLetter(columnOf('rating'));
  return {
    rows,
    headerRow,
    endRow,
    ratingCells: benchmarkRows.map((row) => a1(row, columnOf('rating'))),
    benchmarkRows,
    thresholdCell: THRESHOLD_CELL,
    merges: [instructionsMerge(top)],
    conditionalRules: conditionalRules(headerRow, endRow, frame.threshold),
    ratingRange: `${rating}${headerRow + 1}:${rating}${endRow - 1}`,
    protectedRanges: [
      `A${headerRow}:${columnLetter(COLUMNS.length)}${headerRow}`,
      `A${headerRow + 1}:${columnLetter(columnOf('key'))}${endRow}`,
    ],
    validation: {
      helpText: scaleHelp(framework),
      thresholdHelpText:
        'A rating at or below this number is flagged low: a whole number ' +
        `from ${LOWEST_RATING} to ${HIGHEST_THRESHOLD}.`,
    },
  };
}

function headerCells(): LayoutRow {
  return {
    kind: 'header',
    cells: COLUMNS.map((c) => text(c.header)),
    height: 34,
  };
}

function conditionalRules(
  headerRow: number,
  endRow: number,
  threshold: string,
): ConditionalRule[] {
  const first = headerRow + 1;
  const last = endRow - 1;
  const check = `$${columnLetter(columnOf('check'))}${first}`;
  const rating = columnLetter(columnOf('rating'));
  const ratingRules = RATING_COLOURS.map((background, index) => ({
    range: `${rating}${first}:${rating}${last}`,
    formula: `${check}=${index + 1}`,
    background,
  }));
  const rows = `A${first}:${columnLetter(VISIBLE_COLUMNS)}${last}`;
  return [
    ...ratingRules,
    {
      range: rows,
      formula: `AND(ISNUMBER(${check}),${check}<=${threshold})`,
      background: LOW_ROW,
    },
    {
      range: rows,
      formula: `${check}=${f.quote(f.INVALID)}`,
      background: INVALID_ROW,
    },
  ];
}

function scaleHelp(framework: Framework): string {
  const levels = framework.scale.map((s) => `${s.rating} = ${s.label}`);
  const range = `${LOWEST_RATING} to ${HIGHEST_RATING}`;
  return `Enter a whole number from ${range}. ${levels.join('; ')}.`;
}
