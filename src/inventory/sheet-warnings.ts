import type { PlacedBenchmark } from '../framework';
import { cellText } from './cell-text';
import { DEFAULT_THRESHOLD, HIGHEST_THRESHOLD, LOWEST_RATING } from './rating';
import type { InventoryContent, RatingCell } from './types';

/*
 * What a person should know about the sheet, in words that say what to do.
 * Each function returns the warning, or null when all is well.
 */

const RANGE = `a whole number from ${LOWEST_RATING} to ${HIGHEST_THRESHOLD}`;

/** A benchmark with pasted copies of its row: the topmost counts. */
export function duplicateWarning(id: string, kept: string, copies: string[]) {
  const ignored =
    copies.length === 1
      ? `the copy in ${copies.join('')} is ignored. Delete the copy`
      : `the copies in ${copies.join(', ')} are ignored. Delete the copies`;
  return (
    `Benchmark ${id} has more than one row: the one in ${kept} ` +
    `counts, ${ignored} to clear this warning.`
  );
}

/** Benchmarks without a row (deleted), unless their row is only below
 *  the end row (said by `outsideWarning`). */
export function missingRowsWarning(ids: string[]): string | null {
  if (ids.length === 0) return null;
  const one = ids.length === 1;
  const subject = one ? '1 benchmark has' : `${ids.length} benchmarks have`;
  const counts = one ? 'counts' : 'count';
  return (
    `${subject} no row in the sheet (deleted?) and ${counts} as not rated: ` +
    `${ids.join(', ')}. Create a fresh inventory to get every row back.`
  );
}

/** Rows below the "End of inventory" row: the summary does not count
 *  them, so neither does the analysis. */
export function outsideWarning(rows: RatingCell[]): string | null {
  if (rows.length === 0) return null;
  const list = rows.map((row) => `${row.id} (${row.cell})`).join(', ');
  return (
    `Rows below the "End of inventory" row are not counted: ${list}. ` +
    'Move them above that row.'
  );
}

/** Rows whose id the framework does not list. */
export function unknownIdsWarning(rows: RatingCell[]): string | null {
  if (rows.length === 0) return null;
  const list = rows.map((row) => `${row.id} (${row.cell})`).join(', ');
  return (
    `Rows with a benchmark id this framework does not list are not ` +
    `counted: ${list}.`
  );
}

/** Rows that show another benchmark's wording than their id's: most
 *  often a sort of the visible columns that left the hidden ids behind. */
export function wordingWarning(
  rows: { row: RatingCell; benchmark: PlacedBenchmark }[],
): string | null {
  const moved = rows.filter(
    ({ row, benchmark }) =>
      row.wording !== undefined && row.wording.text.trim() !== benchmark.text,
  );
  if (moved.length === 0) return null;
  const cells = moved.map(({ row }) => row.wording?.cell).join(', ');
  return (
    `The wording in ${cells} is not that of the benchmark the row's ` +
    'hidden id names, so its rating may belong to another benchmark. ' +
    'Were rows sorted without the hidden columns? Undo the sort and sort ' +
    'whole rows, or put the wording back.'
  );
}

/** Why the stored threshold cannot be used, and what is used instead. */
export function thresholdWarning(
  threshold: InventoryContent['threshold'],
  explicit: number | undefined,
): string {
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
  const cell = threshold.cell;
  return `The threshold cell ${cell} ${what}, not ${RANGE}, ${fallback}.`;
}
