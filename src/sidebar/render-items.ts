import type { GapAnalysis, Item, RatedItem } from '../inventory/types';
import { LIST_NAMES, RATING_RANGE } from '../inventory/words';
import { el, hiddenText, titledSection, type Child } from './dom';
import { countBenchmarks, placeText } from './format';
import { ratingColour } from './scale';

/** What a click on a benchmark does: select its rating cell in the sheet. */
export type SelectBenchmark = (item: Item) => void;

const MISSING_ROW = 'Its row is missing from the sheet.';
const GO_TO_ROW = 'Select one to go to its row.';
const UNRATED_INTRO = `No rating entered yet. ${GO_TO_ROW}`;
const INVALID_INTRO =
  `Enter a whole number ${RATING_RANGE} in these cells. ` + GO_TO_ROW;

/** The flagged benchmarks, lowest rating first, as the analysis sorts them. */
export function renderFlagged(
  analysis: GapAnalysis,
  select: SelectBenchmark,
): HTMLElement {
  const limit = analysis.threshold;
  const intro =
    analysis.flagged.length === 0
      ? `No benchmark is rated ${limit} or lower.`
      : `${countBenchmarks(analysis.flagged.length)} rated ${limit} or ` +
        `lower, lowest first. ${GO_TO_ROW}`;
  const entries = analysis.flagged.map((item) =>
    entry(
      item,
      (cell) => `Rated ${item.rating} in ${cell}`,
      select,
      chip(item),
    ),
  );
  return titledSection('flagged-heading', heading('flagged', entries), [
    el('p', { className: 'muted' }, [intro]),
    itemList('flagged', entries),
  ]);
}

/** Benchmarks with an empty rating cell or no row; null when there are none. */
export function renderUnrated(
  analysis: GapAnalysis,
  select: SelectBenchmark,
): HTMLElement | null {
  if (analysis.unrated.length === 0) return null;
  const entries = analysis.unrated.map((item) =>
    entry(item, (cell) => `Not rated yet: ${cell}`, select),
  );
  return titledSection('unrated-heading', heading('unrated', entries), [
    el('p', { className: 'muted' }, [UNRATED_INTRO]),
    itemList('unrated', entries),
  ]);
}

/** Rating cells holding anything but a rating; null when there are none. */
export function renderInvalid(
  analysis: GapAnalysis,
  select: SelectBenchmark,
): HTMLElement | null {
  if (analysis.invalid.length === 0) return null;
  const entries = analysis.invalid.map((item) =>
    entry(item, (cell) => `${cell} holds '${item.value}'`, select),
  );
  return titledSection('invalid-heading', heading('invalid', entries), [
    el('p', { className: 'muted' }, [INVALID_INTRO]),
    itemList('invalid', entries),
  ]);
}

/** "Flagged low (5)": the list's name as the sheet and the reports say it. */
function heading(list: keyof typeof LIST_NAMES, entries: unknown[]): string {
  return `${LIST_NAMES[list]} (${entries.length})`;
}

function itemList(name: string, entries: HTMLLIElement[]): HTMLUListElement {
  return el('ul', { className: `items items-${name}` }, entries);
}

/** A benchmark as a button to its row, or plain text when the row is gone. */
function entry(
  item: Item,
  note: (cell: string) => string,
  select: SelectBenchmark,
  badge: HTMLElement | null = null,
): HTMLLIElement {
  const parts: Child[] = [
    el('span', { className: 'item-place' }, [placeText(item)]),
    el('span', { className: 'item-text' }, [item.text]),
    el('span', { className: 'item-note' }, [
      item.cell === null ? MISSING_ROW : note(item.cell),
    ]),
  ];
  const className = badge ? 'item has-chip' : 'item';
  if (badge) parts.unshift(badge);
  if (item.cell === null) {
    return el('li', {}, [
      el('div', { className: `${className} missing` }, parts),
    ]);
  }
  const button = el('button', { className, attrs: { type: 'button' } }, parts);
  button.addEventListener('click', () => select(item));
  return el('li', {}, [button]);
}

function chip(item: RatedItem): HTMLElement {
  const badge = el('span', { className: 'chip' }, [
    hiddenText('rating '),
    String(item.rating),
  ]);
  badge.style.backgroundColor = ratingColour(item.rating) ?? '';
  return badge;
}
