import type { Coverage } from './types';
import { HIGHEST_RATING, HIGHEST_THRESHOLD, LOWEST_RATING } from './rating';

/*
 * Words the sheet, the sidebar and the reports share, so that a person
 * meets the same word for the same thing everywhere.
 */

/** Shown for an average when nothing is rated. */
export const NO_AVERAGE = '–';

/** The line of the whole inventory in every summary. */
export const ALL_GRADES = 'All grades';

/** Names of the three lists of a gap analysis. */
export const LIST_NAMES = {
  flagged: 'Flagged low',
  unrated: 'Not rated',
  invalid: 'Not valid',
} as const;

/** "1-5": the ratings a person may enter. */
export const RATING_RANGE = `${LOWEST_RATING}-${HIGHEST_RATING}`;

/** "1-4": the thresholds a person may choose. */
export const THRESHOLD_RANGE = `${LOWEST_RATING}-${HIGHEST_THRESHOLD}`;

/** What to do about a threshold that is not one. */
export const THRESHOLD_RULE =
  'The threshold must be a whole number from ' +
  `${LOWEST_RATING} to ${HIGHEST_THRESHOLD}.`;

/** An average with two decimals, or NO_AVERAGE when there is none. */
export function averageText(average: number | null): string {
  if (average === null || !Number.isFinite(average)) return NO_AVERAGE;
  return average.toFixed(2);
}

/** "2 of 3 rated". */
export function ratedText(coverage: Coverage): string {
  return `${coverage.rated} of ${coverage.total} rated`;
}
