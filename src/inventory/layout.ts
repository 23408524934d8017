import {
  gradeName,
  listBenchmarks,
  listGrades,
  SECTION_HEADINGS,
  SECTION_KEYS,
  SECTION_LETTERS,
  SECTION_NAMES,
  type Benchmark,
  type Framework,
  type Section,
  type SectionKey,
} from '../framework';
import { a1, columnLetter } from './a1';
import {
  COLUMNS,
  columnOf,
  END_TEXT,
  FIELDS,
  VISIBLE_COLUMNS,
} from './columns';
import * as f from './formulas';
import { DEFAULT_THRESHOLD } from './rating';
import type {
  ConditionalRule,
  InventoryLayout,
  LayoutCell,
  LayoutRow,
} from './layout-types';
import { RATING_COLOURS, LOW_ROW, INVALID_ROW } from './styles';

export * from './layout-types';

const FIELDS_ROW = 2;
const SUMMARY_HEADINGS = [
  'Summary',
  'Average',
  'Rated',
  ...SECTION_KEYS.map((key) => SECTION_NAMES[key]),
  'Flagged low',
  'Not rated',
  'Not valid',
];
const TOTAL_LABEL = 'All grades';

const text = (value: string): LayoutCell => ({ value, format: '@' });
const formula = (body: string, format?: string): LayoutCell =>
  format === undefined ? { formula: body } : { formula: body, format };
const ratedFormat = (total: number) => `0" of ${total} rated"`;
const AVERAGE_FORMAT = '0.00';

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
  const ratingColumn = columnOf('rating');
  const rating = columnLetter(ratingColumn);
  return {
    rows,
    headerRow,
    endRow,
    ratingCells: benchmarkRows.map((row) => a1(row, ratingColumn)),
    benchmarkRows,
    thresholdCell: a1(
      FIELDS_ROW,
      FIELDS.threshold.column + FIELDS.threshold.offset,
    ),
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
        'from 1 to 4.',
    },
  };
}

function topRows(framework: Framework): LayoutRow[] {
  const cells: (LayoutCell | undefined)[] = [];
  const put = (column: number, cell: LayoutCell) => (cells[column - 1] = cell);
  for (const field of Object.values(FIELDS)) {
    put(field.column, text(field.label));
    put(field.column + field.offset, { value: '', format: '@' });
  }
  const threshold = a1(
    FIELDS_ROW,
    FIELDS.threshold.column + FIELDS.threshold.offset,
  );
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

function summaryRows(
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
      text(TOTAL_LABEL),
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
  const invalid = `${summaryColumn('Not valid')}${row}`;
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
function instructionsMerge(top: LayoutRow[]): string {
  const row = top.findIndex((r) => r.kind === 'instructions') + 1;
  return `A${row}:${columnLetter(VISIBLE_COLUMNS)}${row}`;
}

function headerCells(): LayoutRow {
  return {
    kind: 'header',
    cells: COLUMNS.map((c) => text(c.header)),
    height: 34,
  };
}

interface Body {
  rows: BodyRow[];
  benchmarkOffsets: number[];
}

/** A body row before its row number, and so its formulas, is known. */
type BodyRow = LayoutRow & {
  section?: { domain: string; grade: number; key: SectionKey; total: number };
  benchmark?: boolean;
};

function bodyRows(framework: Framework): Body {
  const rows: BodyRow[] = [];
  const benchmarkOffsets: number[] = [];
  for (const domain of framework.domains) {
    if (framework.domains.length > 1) {
      rows.push({ kind: 'domain', cells: [text(domain.name)] });
    }
    for (const grade of domain.grades) {
      rows.push({
        kind: 'grade',
        cells: [text(`By end of ${gradeName(grade.grade)}`)],
      });
      for (const section of orderSections(grade.sections)) {
        rows.push(sectionHeading(domain.id, grade.grade, section));
        for (const benchmark of section.benchmarks) {
          benchmarkOffsets.push(rows.length);
          rows.push(benchmarkRow(grade.grade, section.section, benchmark));
        }
      }
    }
  }
  return { rows, benchmarkOffsets };
}

/** Sections with benchmarks first, in framework order; empty ones (the
 *  "students should have: N/A" note) at the end of the grade block. */
function orderSections(sections: Section[]): Section[] {
  return [
    ...sections.filter((s) => s.benchmarks.length > 0),
    ...sections.filter((s) => s.benchmarks.length === 0),
  ];
}

function sectionHeading(
  domain: string,
  grade: number,
  section: Section,
): BodyRow {
  const heading = SECTION_HEADINGS[section.section];
  if (section.benchmarks.length === 0) {
    // One cell, so the note reads on from its heading into the empty cells.
    const note = text(`${heading} ${section.note ?? 'N/A'}`);
    return { kind: 'note', cells: [undefined, note] };
  }
  return {
    kind: 'section',
    cells: [undefined, text(heading)],
    section: {
      domain,
      grade,
      key: section.section,
      total: section.benchmarks.length,
    },
  };
}

function benchmarkRow(
  grade: number,
  section: SectionKey,
  benchmark: Benchmark,
): BodyRow {
  const cells: (LayoutCell | undefined)[] = [];
  const put = (key: Parameters<typeof columnOf>[0], cell: LayoutCell) =>
    (cells[columnOf(key) - 1] = cell);
  put('grade', text(gradeName(grade)));
  put('section', text(SECTION_NAMES[section]));
  put('benchmark', text(benchmark.text));
  put('key', text(benchmark.keys.join(', ')));
  put('evidence', { value: '', format: '@' });
  put('owner', { value: '', format: '@' });
  put('id', text(benchmark.id));
  return { kind: 'benchmark', cells, benchmark: true };
}

/** Adds the formulas of a body row once its row number is known. */
function fillFormulas(
  row: BodyRow,
  frame: f.FormulaFrame,
  rowNumber: number,
  framework: Framework,
): LayoutRow {
  const cells = [...row.cells];
  const put = (key: Parameters<typeof columnOf>[0], cell: LayoutCell) =>
    (cells[columnOf(key) - 1] = cell);
  if (row.benchmark) {
    put(
      'meaning',
      formula(
        f.meaning(
          rowNumber,
          framework.scale.map((s) => s.label),
        ),
      ),
    );
    put('flag', formula(f.flag(frame, rowNumber)));
    put('check', formula(f.ratingCheck(frame, rowNumber)));
  }
  if (row.section) {
    // Its own domain only: the row sits under that domain's heading, and
    // its "N of M rated" counts that domain's benchmarks.
    const pattern = f.idPattern(
      row.section.grade,
      SECTION_LETTERS[row.section.key],
      row.section.domain,
    );
    put('rating', formula(f.averageOf(frame, pattern), AVERAGE_FORMAT));
    put(
      'meaning',
      formula(f.ratedOf(frame, pattern), ratedFormat(row.section.total)),
    );
  }
  return {
    kind: row.kind,
    cells,
    ...(row.height ? { height: row.height } : {}),
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
  return `Enter a whole number from 1 to 5. ${levels.join('; ')}.`;
}
