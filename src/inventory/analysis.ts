import {
  listBenchmarks,
  listGrades,
  SECTION_KEYS,
  type Framework,
  type PlacedBenchmark,
} from '../framework';
import { cellText, optionalText } from './cell-text';
import {
  DEFAULT_THRESHOLD,
  isThreshold,
  parseRating,
  parseThreshold,
  type ParsedRating,
} from './rating';
import type {
  Coverage,
  GapAnalysis,
  InventoryContent,
  InvalidItem,
  Item,
  RatedItem,
  RatingCell,
} from './types';

export interface AnalysisOptions {
  /** Wins over the inventory's threshold cell for this one analysis. */
  threshold?: number;
}

interface Assessed {
  benchmark: PlacedBenchmark;
  item: Item;
  rating: ParsedRating;
}

/** The gap analysis of an inventory's content, by CONTRACT.md's rules. */
export function analyzeInventory(
  framework: Framework,
  content: InventoryContent,
  options: AnalysisOptions = {},
): GapAnalysis {
  checkExplicitThreshold(options.threshold);
  const warnings: string[] = [];
  const benchmarks = listBenchmarks(framework);
  const rows = firstRowPerBenchmark(benchmarks, content.ratings, warnings);
  const assessed = benchmarks.map((b) => assess(b, rows));
  warnMissingRows(assessed, warnings);
  const threshold = chooseThreshold(content, options, warnings);

  return {
    framework: {
      id: framework.id,
      name: framework.name,
      version: framework.version,
    },
    school: optionalText(content.school),
    schoolYear: optionalText(content.schoolYear),
    threshold,
    overall: coverage(assessed),
    grades: listGrades(framework).map((grade) => ({
      grade,
      ...coverage(assessed.filter((a) => a.item.grade === grade)),
    })),
    sections: sectionCoverage(framework, assessed),
    flagged: flagged(assessed, threshold),
    unrated: assessed
      .filter((a) => a.rating.kind === 'empty')
      .map((a) => a.item),
    invalid: invalid(assessed),
    warnings,
  };
}

/** The topmost row of each benchmark; rows of ids the framework does not
 *  know are ignored, duplicates or not. */
function firstRowPerBenchmark(
  benchmarks: PlacedBenchmark[],
  ratings: RatingCell[],
  warnings: string[],
) {
  const known = new Set(benchmarks.map((b) => b.id));
  const rows = new Map<string, RatingCell>();
  const copies = new Map<string, string[]>();
  for (const row of ratings) {
    if (!known.has(row.id)) continue;
    const first = rows.get(row.id);
    if (!first) {
      rows.set(row.id, row);
      continue;
    }
    copies.set(row.id, [...(copies.get(row.id) ?? []), row.cell]);
  }
  for (const [id, cells] of copies) {
    warnings.push(duplicateWarning(id, rows.get(id)?.cell ?? '', cells));
  }
  return rows;
}

function duplicateWarning(id: string, kept: string, copies: string[]) {
  const ignored =
    copies.length === 1
      ? `the copy in ${copies.join('')} is ignored. Delete the copy`
      : `the copies in ${copies.join(', ')} are ignored. Delete the copies`;
  return (
    `Benchmark ${id} has more than one row: the one in ${kept} ` +
    `counts, ${ignored} to clear this warning.`
  );
}

function assess(
  benchmark: PlacedBenchmark,
  rows: Map<string, RatingCell>,
): Assessed {
  const row = rows.get(benchmark.id);
  const item: Item = {
    id: benchmark.id,
    domain: benchmark.domain,
    grade: benchmark.grade,
    section: benchmark.section,
    text: benchmark.text,
    cell: row ? row.cell : null,
  };
  const rating = row ? parseRating(row.value) : { kind: 'empty' as const };
  return { benchmark, item, rating };
}

function warnMissingRows(assessed: Assessed[], warnings: string[]) {
  const missing = assessed.filter((a) => a.item.cell === null);
  if (missing.length === 0) return;
  const ids = missing.map((a) => a.item.id).join(', ');
  const one = missing.length === 1;
  const subject = one ? '1 benchmark has' : `${missing.length} benchmarks have`;
  const counts = one ? 'counts' : 'count';
  warnings.push(
    `${subject} no row in the sheet (deleted?) and ${counts} as not rated: ` +
      `${ids}. Create a fresh inventory to get every row back.`,
  );
}

/** An explicit threshold outside 1-4 is the caller's mistake: refuse it
 *  rather than flag everything or nothing. */
function checkExplicitThreshold(threshold: number | undefined) {
  if (threshold === undefined || isThreshold(threshold)) return;
  throw new RangeError(
    `The threshold must be a whole number from 1 to 4, not ${threshold}.`,
  );
}

function chooseThreshold(
  content: InventoryContent,
  options: AnalysisOptions,
  warnings: string[],
): number {
  const stored = parseThreshold(content.threshold.value);
  if (stored === null) {
    warnings.push(thresholdWarning(content.threshold, options.threshold));
  }
  return options.threshold ?? stored ?? DEFAULT_THRESHOLD;
}

/** Why the stored threshold cannot be used, and what is used instead. */
function thresholdWarning(
  threshold: InventoryContent['threshold'],
  explicit: number | undefined,
) {
  const fallback =
    explicit === undefined
      ? `so ${DEFAULT_THRESHOLD} is used`
      : `so the sheet's own summary uses ${DEFAULT_THRESHOLD} ` +
        `(this analysis uses ${explicit})`;
  if (threshold.cell === null) {
    return `This inventory has no threshold cell, ${fallback}.`;
  }
  const held = cellText(threshold.value).trim();
  const what = held === '' ? 'is empty' : `holds "${held}"`;
  return (
    `The threshold cell ${threshold.cell} ${what}, not a whole number ` +
    `from 1 to 4, ${fallback}.`
  );
}

function coverage(assessed: Assessed[]): Coverage {
  const ratings = assessed.flatMap((a) =>
    a.rating.kind === 'valid' ? [a.rating.rating] : [],
  );
  const sum = ratings.reduce((total, rating) => total + rating, 0);
  return {
    average: ratings.length === 0 ? null : sum / ratings.length,
    rated: ratings.length,
    total: assessed.length,
  };
}

function sectionCoverage(framework: Framework, assessed: Assessed[]) {
  return listGrades(framework).flatMap((grade) =>
    SECTION_KEYS.flatMap((section) => {
      const inSection = assessed.filter(
        (a) => a.item.grade === grade && a.item.section === section,
      );
      if (inSection.length === 0) return [];
      return [{ grade, section, ...coverage(inSection) }];
    }),
  );
}

function flagged(assessed: Assessed[], threshold: number): RatedItem[] {
  const low = assessed.flatMap((a) =>
    a.rating.kind === 'valid' && a.rating.rating <= threshold
      ? [
          {
            order: a.benchmark.order,
            item: { ...a.item, rating: a.rating.rating },
          },
        ]
      : [],
  );
  low.sort((x, y) => x.item.rating - y.item.rating || x.order - y.order);
  return low.map((entry) => entry.item);
}

function invalid(assessed: Assessed[]): InvalidItem[] {
  return assessed.flatMap((a) =>
    a.rating.kind === 'invalid' ? [{ ...a.item, value: a.rating.value }] : [],
  );
}
