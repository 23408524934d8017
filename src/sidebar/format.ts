import { gradeName, SECTION_NAMES } from '../framework/labels';
import type { Coverage, Item } from '../inventory/types';

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
