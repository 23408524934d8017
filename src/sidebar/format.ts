import { gradeName, SECTION_NAMES } from '../framework/labels';
import type { Coverage, Item } from '../inventory/types';

/** Shown where an average does not exist yet (nothing rated). */
export const NO_AVERAGE = '–';

/** An average with two decimals, or a dash when there is none. */
export function formatAverage(average: number | null): string {
  if (average === null || !Number.isFinite(average)) return NO_AVERAGE;
  return average.toFixed(2);
}

/** "2 of 3 rated". */
export function ratedText(coverage: Coverage): string {
  return `${coverage.rated} of ${coverage.total} rated`;
}

/** "14 of 20 benchmarks rated". */
export function benchmarksRated(coverage: Coverage): string {
  const noun = coverage.total === 1 ? 'benchmark' : 'benchmarks';
  return `${coverage.rated} of ${coverage.total} ${noun} rated`;
}

/** Where a benchmark sits: "8th grade · Supported to". */
export function placeText(item: Item): string {
  return `${gradeName(item.grade)} · ${SECTION_NAMES[item.section]}`;
}

/** "1 benchmark" or "6 benchmarks". */
export function countBenchmarks(count: number): string {
  return `${count} ${count === 1 ? 'benchmark' : 'benchmarks'}`;
}

/** School and school year as one line, or null when neither is filled in. */
export function schoolLine(
  school: string | null,
  schoolYear: string | null,
): string | null {
  const parts = [school, schoolYear].filter((part) => part !== null);
  return parts.length === 0 ? null : parts.join(' · ');
}
