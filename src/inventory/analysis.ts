import {
  listBenchmarks,
  listGrades,
  SECTION_KEYS,
  type Framework,
  type PlacedBenchmark,
} from '../framework';
import { optionalText } from './cell-text';
import {
  DEFAULT_THRESHOLD,
  isThreshold,
  parseRating,
  parseThreshold,
  type ParsedRating,
} from './rating';
import {
  duplicateWarning,
  missingRowsWarning,
  outsideWarning,
  thresholdWarning,
  unknownIdsWarning,
  wordingWarning,
} from './sheet-warnings';
import { THRESHOLD_RULE } from './words';
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
  warnAboutRows(benchmarks, content, rows, warnings);
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

/** Warnings about rows: wording that does not match the id, rows below
 *  the end row, unknown ids, benchmarks without a row. */
function warnAboutRows(
  benchmarks: PlacedBenchmark[],
  content: InventoryContent,
  rows: Map<string, RatingCell>,
  warnings: string[],
) {
  const known = new Map(benchmarks.map((b) => [b.id, b]));
  const outside = (content.outside ?? []).filter((r) => known.has(r.id));
  const below = new Set(outside.map((r) => r.id));
  const found = benchmarks.flatMap((benchmark) => {
    const row = rows.get(benchmark.id);
    return row ? [{ row, benchmark }] : [];
  });
  const missing = benchmarks
    .filter((b) => !rows.has(b.id) && !below.has(b.id))
    .map((b) => b.id);
  const unknown = content.ratings.filter((row) => !known.has(row.id));
  const all = [
    wordingWarning(found),
    outsideWarning(outside),
    unknownIdsWarning(unknown),
    missingRowsWarning(missing),
  ];
  for (const warning of all) if (warning !== null) warnings.push(warning);
}

/** An explicit threshold that is not one is the caller's mistake: refuse it
 *  rather than flag everything or nothing. */
function checkExplicitThreshold(threshold: number | undefined) {
  if (threshold === undefined || isThreshold(threshold)) return;
  throw new RangeError(`${THRESHOLD_RULE} It was ${threshold}.`);
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
