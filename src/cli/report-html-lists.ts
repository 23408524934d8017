import type { SheetAnalysis } from '../addon/server-api';
import { gradeName, SECTION_NAMES } from '../framework';
import {
  LIST_NAMES,
  RATING_RANGE,
  type InvalidItem,
  type Item,
  type RatedItem,
} from '../inventory';
import { escapeHtml as h } from './html-text';
import { cellLabel } from './report-format';

/** Columns a list adds in front of cell, grade, section and benchmark:
 *  their headings, and their cells for one item. */
interface Extra<T> {
  headings: string[];
  cells: (item: T) => string[];
}

const NONE: Extra<Item> = { headings: [], cells: () => [] };

const RATING: Extra<RatedItem> = {
  headings: ['Rating'],
  cells: (item) => [
    `<td><span class="rating r${item.rating}">${item.rating}</span></td>`,
  ],
};

const HELD: Extra<InvalidItem> = {
  headings: ['Holds'],
  cells: (item) => [`<td><span class="held">${h(item.value)}</span></td>`],
};

/** The flagged, unrated and invalid benchmarks, then the warnings. */
export function itemLists(analysis: SheetAnalysis): string {
  const { threshold } = analysis;
  const flaggedTitle = `${LIST_NAMES.flagged}: rated ${threshold} or lower, lowest first`;
  const invalidTitle = `${LIST_NAMES.invalid}: not a whole number ${RATING_RANGE}`;
  return [
    itemSection(flaggedTitle, analysis.flagged, RATING),
    itemSection(LIST_NAMES.unrated, analysis.unrated, NONE),
    itemSection(invalidTitle, analysis.invalid, HELD),
    warnings(analysis.warnings),
  ].join('\n');
}

function itemSection<T extends Item>(
  title: string,
  items: T[],
  extra: Extra<T>,
): string {
  const heading = `<h2>${h(`${title} (${items.length})`)}</h2>`;
  if (items.length === 0) {
    return `<section>${heading}<p class="none">None.</p></section>`;
  }
  const head = [...extra.headings, 'Cell', 'Grade', 'Section', 'Benchmark'];
  const body = items.map((item) => {
    const cells = [
      ...extra.cells(item),
      `<td class="cell">${h(cellLabel(item))}</td>`,
      `<td class="place">${h(gradeName(item.grade))}</td>`,
      `<td class="place">${h(SECTION_NAMES[item.section])}</td>`,
      `<td>${h(item.text)}</td>`,
    ];
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<section>${heading}
<table>
<thead><tr>${head.map((t) => `<th>${h(t)}</th>`).join('')}</tr></thead>
<tbody>
${body.join('\n')}
</tbody>
</table>
</section>`;
}

function warnings(list: string[]): string {
  if (list.length === 0) return '';
  const items = list.map((warning) => `<li>${h(warning)}</li>`).join('\n');
  return `<section><h2>Warnings</h2>
<ul class="warnings">
${items}
</ul>
</section>`;
}
