import { gradeName, SECTION_NAMES } from '../framework';
import { HIGHEST_RATING, type Coverage, type Item } from '../inventory';

/** The share of the rating scale an average fills, from 0 to 1. */
export function scaleShare(average: number | null): number {
  return average === null ? 0 : average / HIGHEST_RATING;
}

/** "80%" of the benchmarks rated. */
export function percentRated(coverage: Coverage): string {
  if (coverage.total === 0) return '0%';
  return `${Math.round((coverage.rated / coverage.total) * 100)}%`;
}

/** "10th grade, supported to": where a benchmark sits. */
export function placeText(item: Item): string {
  const section = SECTION_NAMES[item.section].toLowerCase();
  return `${gradeName(item.grade)}, ${section}`;
}

/** The rating cell, or words for a row that was deleted. */
export function cellLabel(item: Item): string {
  return item.cell ?? 'no row';
}

/** "1 benchmark", "3 benchmarks". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The length of the longest text; a loop, since Math.max(...texts)
 *  overflows the stack past about 120,000 of them. */
export function widest(texts: string[]): number {
  return texts.reduce((most, text) => Math.max(most, text.length), 0);
}
