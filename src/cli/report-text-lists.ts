import type { SheetAnalysis } from '../addon/server-api';
import {
  LIST_NAMES,
  RATING_RANGE,
  type InvalidItem,
  type Item,
  type RatedItem,
} from '../inventory';
import { cellLabel, placeText, widest } from './report-format';

/** A column of a list: its name in the line above, its text per item. */
interface Column<T> {
  name: string;
  text: (item: T) => string;
}

// A long value (a note typed into a rating cell) shifts only its own line.
const WIDEST_COLUMN = 20;

const RATING: Column<RatedItem> = {
  name: 'rating',
  text: (item) => String(item.rating),
};
const CELL: Column<Item> = { name: 'cell', text: cellLabel };
const HOLDS: Column<InvalidItem> = {
  name: 'holds',
  text: (item) => `"${item.value}"`,
};
const BENCHMARK: Column<Item> = {
  name: 'benchmark',
  text: (item) => `${placeText(item)}: ${item.text}`,
};

/** The flagged, unrated and invalid benchmarks, then the warnings. */
export function listLines(analysis: SheetAnalysis): string[] {
  const { unrated, invalid } = analysis;
  const invalidTitle =
    `${LIST_NAMES.invalid} (${invalid.length}), not a whole number ` +
    RATING_RANGE;
  return [
    ...flaggedLines(analysis),
    ...list(`${LIST_NAMES.unrated} (${unrated.length})`, unrated, [
      CELL,
      BENCHMARK,
    ]),
    ...list(invalidTitle, invalid, [CELL, HOLDS, BENCHMARK]),
    ...warningLines(analysis.warnings),
  ];
}

function flaggedLines(analysis: SheetAnalysis): string[] {
  const { flagged, threshold } = analysis;
  if (flagged.length === 0) {
    return [`${LIST_NAMES.flagged}: none rated ${threshold} or lower.`, ''];
  }
  const title =
    `${LIST_NAMES.flagged} (${flagged.length}), rated ${threshold} or ` +
    'lower, lowest first';
  return list(title, flagged, [RATING, CELL, BENCHMARK]);
}

/** A titled list under its column names; nothing when it is empty. */
function list<T>(title: string, items: T[], columns: Column<T>[]): string[] {
  if (items.length === 0) return [];
  const last = columns.length - 1;
  const widths = columns.map((column) =>
    Math.min(WIDEST_COLUMN, widest([column.name, ...items.map(column.text)])),
  );
  const line = (texts: string[]) => {
    const padded = texts.map((text, i) =>
      i === last ? text : text.padEnd(widths[i] ?? 0),
    );
    return `  ${padded.join('  ')}`;
  };
  return [
    `${title}:`,
    line(columns.map((column) => column.name)),
    ...items.map((item) => line(columns.map((column) => column.text(item)))),
    '',
  ];
}

function warningLines(warnings: string[]): string[] {
  if (warnings.length === 0) return [];
  return ['Warnings:', ...warnings.map((warning) => `  - ${warning}`), ''];
}
