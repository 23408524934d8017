import type { GapAnalysis, Item, RatedItem } from '../inventory/types';
import { el, hiddenText, titledSection, type Child } from './dom';
import { countBenchmarks, placeText } from './format';
import { ratingColour } from './scale';

/** What a click on a benchmark does: select its rating cell in the sheet. */
export type SelectBenchmark = (item: Item) => void;

const MISSING_ROW = 'Its row is missing from the sheet.';

/** The flagged benchmarks, lowest rating first, as the analysis sorts them. */
export function renderGaps(
  analysis: GapAnalysis,
  select: SelectBenchmark,
): HTMLElement {
  const limit = analysis.threshold;
  const intro =
    analysis.flagged.length === 0
      ? `No benchmark is rated ${limit} or lower.`
      : `${countBenchmarks(analysis.flagged.length)} rated ${limit} or ` +
        'lower, lowest first. Select one to go to its row.';
  const entries = analysis.flagged.map((item) =>
    entry(
      item,
      (cell) => `Rated ${item.rating} in ${cell}`,
      select,
      chip(item),
    ),
  );
  return titledSection('gaps-heading', `Gaps (${analysis.flagged.length})`, [
    el('p', { className: 'muted' }, [intro]),
    itemList('gaps', entries),
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
  return titledSection(
    'unrated-heading',
    `Not rated (${analysis.unrated.length})`,
    [itemList('unrated', entries)],
  );
}

/** Rating cells holding something other than 1-5; null when there are none. */
export function renderInvalid(
  analysis: GapAnalysis,
  select: SelectBenchmark,
): HTMLElement | null {
  if (analysis.invalid.length === 0) return null;
  const entries = analysis.invalid.map((item) =>
    entry(item, (cell) => `${cell} holds '${item.value}'`, select),
  );
  return titledSection(
    'invalid-heading',
    `Not a rating (${analysis.invalid.length})`,
    [
      el('p', { className: 'muted' }, [
        'Enter a whole number from 1 to 5 in these cells.',
      ]),
      itemList('invalid', entries),
    ],
  );
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
