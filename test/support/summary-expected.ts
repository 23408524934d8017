import type { CellValue } from 'exceljs';
import type { SheetAnalysis } from '../../src/addon/server-api';
import {
  gradeName,
  SECTION_KEYS,
  SECTION_NAMES,
  type Framework,
} from '../../src/framework';
import type { Coverage } from '../../src/inventory';
import { readingOf, type Reading } from './summary-ratings';
import { sectionLabel } from './summary-view';

/** A benchmark row of the file that both the analysis and LibreOffice
 *  read: the address of its rating cell, its id and what the cell holds. */
export interface BenchmarkRow {
  cell: string;
  id: string;
  value: CellValue;
}

/** What the sheet should show: numbers from the analysis, within 1e-9. */
export interface ExpectedView {
  threshold: { inUse: number; note: string };
  grades: Record<string, Record<string, unknown>>;
  sections: Record<string, { average: unknown; rated: string }>;
  benchmarks: Record<string, { flag: string; meaning: string }>;
}

const NO_AVERAGE = '–';

/**
 * The figures a person should see in the computed sheet: every summary
 * figure as `analyze --json` gives it, and each benchmark row's flag and
 * meaning for what its rating cell holds (the topmost row of an id counts).
 * A section row counts its own domain: with one domain, as the analysis's
 * section; with several, from the rows' readings.
 */
export function expectedView(
  analysis: SheetAnalysis,
  rows: BenchmarkRow[],
  framework: Framework,
  thresholdNote: string,
): ExpectedView {
  const counted = countedRows(rows);
  const labels = framework.scale.map((level) => level.label);
  const [only, ...others] = framework.domains;
  return {
    threshold: { inUse: analysis.threshold, note: thresholdNote },
    grades: expectedGrades(analysis),
    sections:
      only && others.length === 0
        ? analysisSections(analysis, only.id)
        : domainSections(framework, counted),
    benchmarks: expectedRows(rows, counted, analysis.threshold, labels),
  };
}

function analysisSections(analysis: SheetAnalysis, domain: string) {
  return Object.fromEntries(
    analysis.sections.map((s) => [
      sectionLabel(domain, s.grade, SECTION_NAMES[s.section]),
      { average: average(s.average), rated: rated(s) },
    ]),
  );
}

/** Each domain's section rows, from the readings of the rows that count. */
function domainSections(framework: Framework, counted: Counted) {
  const sections: ExpectedView['sections'] = {};
  for (const domain of framework.domains) {
    for (const grade of domain.grades) {
      for (const { section, benchmarks } of grade.sections) {
        if (benchmarks.length === 0) continue;
        const label = sectionLabel(
          domain.id,
          grade.grade,
          SECTION_NAMES[section],
        );
        const ids = benchmarks.map((benchmark) => benchmark.id);
        sections[label] = sectionFigures(ids, counted);
      }
    }
  }
  return sections;
}

function sectionFigures(ids: string[], counted: Counted) {
  const ratings = ids.flatMap((id) => {
    const row = counted.get(id);
    const reading = row ? readingOf(row.value) : 'blank';
    return typeof reading === 'number' ? [reading] : [];
  });
  const sum = ratings.reduce((total, rating) => total + rating, 0);
  const mean = ratings.length === 0 ? null : sum / ratings.length;
  const coverage = { average: mean, rated: ratings.length, total: ids.length };
  return { average: average(mean), rated: rated(coverage) };
}

function expectedGrades(analysis: SheetAnalysis) {
  const grades: ExpectedView['grades'] = {};
  for (const grade of analysis.grades) {
    const count = (items: { grade: number }[]) =>
      items.filter((item) => item.grade === grade.grade).length;
    grades[gradeName(grade.grade)] = {
      Average: average(grade.average),
      Rated: rated(grade),
      ...sectionAverages(analysis, grade.grade),
      'Flagged low': count(analysis.flagged),
      'Not rated': count(analysis.unrated),
      'Not valid': count(analysis.invalid),
    };
  }
  grades['All grades'] = {
    Average: average(analysis.overall.average),
    Rated: rated(analysis.overall),
    'Flagged low': analysis.flagged.length,
    'Not rated': analysis.unrated.length,
    'Not valid': analysis.invalid.length,
  };
  return grades;
}

/** Supported to / Know / Have columns: an average, or N/A. */
function sectionAverages(analysis: SheetAnalysis, grade: number) {
  return Object.fromEntries(
    SECTION_KEYS.map((key) => {
      const section = analysis.sections.find(
        (s) => s.grade === grade && s.section === key,
      );
      return [SECTION_NAMES[key], section ? average(section.average) : 'N/A'];
    }),
  );
}

function average(value: number | null): unknown {
  return value === null ? NO_AVERAGE : expect.closeTo(value, 9);
}

function rated(coverage: Coverage): string {
  return `${coverage.rated} of ${coverage.total} rated`;
}

type Counted = Map<string, BenchmarkRow>;

/** Each row's flag and meaning; a lower copy of an id is not counted. */
function expectedRows(
  rows: BenchmarkRow[],
  counted: Counted,
  threshold: number,
  labels: string[],
): ExpectedView['benchmarks'] {
  return Object.fromEntries(
    rows.map((row) => [
      `${row.cell} ${row.id}`,
      counted.get(row.id) === row
        ? shownFor(readingOf(row.value), threshold, labels)
        : { flag: 'Copy: not counted', meaning: '' },
    ]),
  );
}

/** The row that counts for each id: the topmost. */
function countedRows(rows: BenchmarkRow[]): Counted {
  const counted: Counted = new Map();
  const topFirst = [...rows].sort((a, b) => rowOf(a.cell) - rowOf(b.cell));
  for (const row of topFirst)
    if (!counted.has(row.id)) counted.set(row.id, row);
  return counted;
}

function shownFor(reading: Reading, threshold: number, labels: string[]) {
  if (reading === 'blank') return { flag: 'Not rated', meaning: '' };
  if (reading === 'invalid') {
    return { flag: 'Not a valid rating', meaning: 'Not a rating: enter 1-5' };
  }
  return {
    flag: reading <= threshold ? `Low: at or below ${threshold}` : '',
    meaning: labels[reading - 1] ?? `no label for ${reading}`,
  };
}

function rowOf(cell: string): number {
  return Number(/\d+$/.exec(cell)?.[0]);
}
