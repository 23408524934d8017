import {
  gradeName,
  SECTION_HEADINGS,
  SECTION_LETTERS,
  SECTION_NAMES,
  type Benchmark,
  type Framework,
  type Section,
  type SectionKey,
} from '../framework';
import { columnOf } from './columns';
import * as f from './formulas';
import { formula, ratedFormat, text } from './layout-cells';
import type { LayoutCell, LayoutRow } from './layout-types';

/** A section's average sits in the rating column: say what it is. */
const SECTION_AVERAGE = '"avg "0.00';

export interface Body {
  rows: BodyRow[];
  benchmarkOffsets: number[];
}

/** A body row before its row number, and so its formulas, is known. */
type BodyRow = LayoutRow & {
  section?: { domain: string; grade: number; key: SectionKey; total: number };
  benchmark?: boolean;
};

/** The grade blocks, before their row numbers are known. */
export function bodyRows(framework: Framework): Body {
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
export function fillFormulas(
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
    put('rating', formula(f.averageOf(frame, pattern), SECTION_AVERAGE));
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
