import { gradeName, SECTION_NAMES } from '../framework';
import { HIGHEST_RATING, type Coverage, type Item } from '../inventory';

/** Shown for the average of a grade with no rating, as in the sheet. */
export const NO_AVERAGE = '–';
/** The label of the whole inventory's line, as in the sheet's summary. */
export const ALL_GRADES = 'All grades';

/** An average with two decimals, or a dash when nothing is rated. */
export function averageText(average: number | null): string {
  return average === null ? NO_AVERAGE : average.toFixed(2);
}

/** The share of the 1-5 scale an average fills, from 0 to 1. */
export function scaleShare(average: number | null): number {
  return average === null ? 0 : average / HIGHEST_RATING;
}

/** "2 of 3 rated". */
export function ratedText(coverage: Coverage): string {
  return `${coverage.rated} of ${coverage.total} rated`;
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
