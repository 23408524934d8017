import {
  gradeName,
  listBenchmarks,
  listGrades,
  SECTION_KEYS,
  SECTION_LETTERS,
  SECTION_NAMES,
  type Framework,
} from '../framework';
import { a1, columnLetter } from './a1';
import { columnOf, FIELDS, VISIBLE_COLUMNS } from './columns';
import * as f from './formulas';
import { AVERAGE_FORMAT, formula, ratedFormat, text } from './layout-cells';
import type { LayoutCell, LayoutRow } from './layout-types';
import { DEFAULT_THRESHOLD } from './rating';
import { ALL_GRADES, LIST_NAMES } from './words';

/** The row of School, School year and the threshold: the second one. */
export const FIELDS_ROW = 2;
const SUMMARY_HEADINGS = [
  'Summary',
  'Average',
  'Rated',
  ...SECTION_KEYS.map((key) => SECTION_NAMES[key]),
  LIST_NAMES.flagged,
  LIST_NAMES.unrated,
  LIST_NAMES.invalid,
];

/** A1 address of the threshold cell. */
export const THRESHOLD_CELL = a1(
  FIELDS_ROW,
  FIELDS.threshold.column + FIELDS.threshold.offset,
);

/** Title, fields, instructions, key and scale. */
export function topRows(framework: Framework): LayoutRow[] {
  const cells: (LayoutCell | undefined)[] = [];
  const put = (column: number, cell: LayoutCell) => (cells[column - 1] = cell);
  for (const field of Object.values(FIELDS)) {
    put(field.column, text(field.label));
    put(field.column + field.offset, { value: '', format: '@' });
  }
  const threshold = THRESHOLD_CELL;
  put(FIELDS.threshold.column + FIELDS.threshold.offset, {
    value: DEFAULT_THRESHOLD,
    format: '0',
  });
  put(columnOf('owner'), formula(f.thresholdNote(threshold)));
  put(columnOf('check'), formula(f.thresholdInUse(threshold)));
  const key = framework.key.map((k) => `${k.abbreviation} = ${k.meaning}`);
  const scale = framework.scale.map((s) => `${s.rating} = ${s.label}`);
  return [
    {
      kind: 'title',
      cells: [text(`PaCE Inventory: ${framework.name}`)],
      height: 32,
    },
    { kind: 'fields', cells },
    {
      kind: 'instructions',
      cells: [text(`${framework.title}. ${framework.instructions}`)],
      height: 48,
    },
    { kind: 'key', cells: [text(`Key: ${key.join('   ·   ')}`)] },
    {
      kind: 'scale',
      cells: [text(`Degree of Completion Scale: ${scale.join('   ·   ')}`)],
    },
  ];
}

/** The live summary: a row per grade and one for all grades. */
export function summaryRows(
  framework: Framework,
  frame: f.FormulaFrame,
  firstRow: number,
): LayoutRow[] {
  const benchmarks = listBenchmarks(framework);
  const grades = listGrades(framework);
  const rows: LayoutRow[] = [
    { kind: 'summaryHeader', cells: SUMMARY_HEADINGS.map(text), height: 34 },
  ];
  grades.forEach((grade, index) => {
    const inGrade = benchmarks.filter((b) => b.grade === grade);
    const sections = SECTION_KEYS.map((key) => {
      const count = inGrade.filter((b) => b.section === key).length;
      if (count === 0) return text('N/A');
      const pattern = f.idPattern(grade, SECTION_LETTERS[key]);
      return formula(f.averageOf(frame, pattern), AVERAGE_FORMAT);
    });
    const cells = coverageCells(
      frame,
      f.idPattern(grade),
      inGrade.length,
      firstRow + 1 + index,
    );
    rows.push({
      kind: 'summary',
      cells: [
        text(gradeName(grade)),
        ...cells.slice(0, 2),
        ...sections,
        ...cells.slice(2),
      ],
    });
  });
  const totalRow = firstRow + 1 + grades.length;
  const totals = coverageCells(frame, null, benchmarks.length, totalRow);
  rows.push({
    kind: 'summaryTotal',
    cells: [
      text(ALL_GRADES),
      ...totals.slice(0, 2),
      undefined,
      undefined,
      undefined,
      ...totals.slice(2),
    ],
  });
  return rows;
}

/** Average, rated, flagged, not rated, not valid: the summary's figures. */
function coverageCells(
  frame: f.FormulaFrame,
  pattern: string | null,
  total: number,
  row: number,
): LayoutCell[] {
  const rated = `${summaryColumn('Rated')}${row}`;
  const invalid = `${summaryColumn(LIST_NAMES.invalid)}${row}`;
  return [
    formula(f.averageOf(frame, pattern), AVERAGE_FORMAT),
    formula(f.ratedOf(frame, pattern), ratedFormat(total)),
    formula(f.flaggedOf(frame, pattern)),
    formula(`${total}-${rated}-${invalid}`),
    formula(f.invalidOf(frame, pattern)),
  ];
}

/** Column letter of a summary heading. */
function summaryColumn(heading: string): string {
  return columnLetter(SUMMARY_HEADINGS.indexOf(heading) + 1);
}

/** The instructions are long: they span every visible column. */
export function instructionsMerge(top: LayoutRow[]): string {
  const row = top.findIndex((r) => r.kind === 'instructions') + 1;
  return `A${row}:${columnLetter(VISIBLE_COLUMNS)}${row}`;
}
