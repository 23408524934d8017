import type { SheetAnalysis } from '../addon/server-api';
import { gradeName, SECTION_NAMES } from '../framework';
import type { InvalidItem, Item, RatedItem } from '../inventory';
import { escapeHtml as h } from './html-text';
import { gradeChart } from './report-chart';
import {
  averageText,
  cellLabel,
  count,
  percentRated,
  ratedText,
} from './report-format';
import { REPORT_CSS } from './report-style';

/** The gap analysis as a self-contained, printable HTML page. */
export function htmlReport(analysis: SheetAnalysis, file: string): string {
  const school = analysis.school ?? 'School not filled in';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(`PaCE gap analysis: ${school}`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${heading(analysis, file)}
<section>
<h2>Average rating by grade</h2>
${gradeChart(analysis.grades, analysis.overall)}
${averagesTable(analysis)}
<p>${h(coverageText(analysis))}</p>
</section>
${itemSection(`Flagged low: rated ${analysis.threshold} or lower, lowest first`, analysis.flagged, flaggedCells)}
${itemSection('Not rated', analysis.unrated, () => [])}
${itemSection('Not valid: not a whole number 1-5', analysis.invalid, invalidCells)}
${warnings(analysis.warnings)}
<footer>Made by pace-inventory from ${h(file)}.</footer>
</main>
</body>
</html>
`;
}

function heading(analysis: SheetAnalysis, file: string): string {
  const { framework } = analysis;
  const fact = (term: string, value: string | null) =>
    `<dt>${h(term)}</dt><dd>${value === null ? '<span class="none">not filled in</span>' : h(value)}</dd>`;
  return `<header>
<h1>PaCE gap analysis</h1>
<p class="sub">${h(`${framework.name} (${framework.id} ${framework.version})`)}</p>
<dl class="facts">
${fact('School', analysis.school)}
${fact('School year', analysis.schoolYear)}
${fact('Read from', `sheet "${analysis.sheet}" of ${file}`)}
${fact('Flagged', `ratings at or below ${analysis.threshold}`)}
</dl>
</header>`;
}

function averagesTable(analysis: SheetAnalysis): string {
  const rows = analysis.grades.flatMap((grade) => [
    row('grade', gradeName(grade.grade), grade),
    ...analysis.sections
      .filter((section) => section.grade === grade.grade)
      .map((s) => row('section', SECTION_NAMES[s.section], s)),
  ]);
  return `<table>
<thead><tr><th>Grade and section</th><th class="num">Average</th><th class="num">Rated</th></tr></thead>
<tbody>
${rows.join('\n')}
${row('grade', 'All grades', analysis.overall)}
</tbody>
</table>`;
}

function row(
  kind: string,
  label: string,
  coverage: SheetAnalysis['overall'],
): string {
  return (
    `<tr class="${kind}"><td>${h(label)}</td>` +
    `<td class="num">${h(averageText(coverage.average))}</td>` +
    `<td class="num">${h(ratedText(coverage))}</td></tr>`
  );
}

function coverageText(analysis: SheetAnalysis): string {
  const { overall } = analysis;
  return (
    `${overall.rated} of ${count(overall.total, 'benchmark')} rated ` +
    `(${percentRated(overall)}); ${analysis.unrated.length} not rated, ` +
    `${analysis.invalid.length} not valid.`
  );
}

function itemSection<T extends Item>(
  title: string,
  items: T[],
  extra: (item: T | null) => string[],
): string {
  const heading = `<h2>${h(`${title} (${items.length})`)}</h2>`;
  if (items.length === 0) {
    return `<section>${heading}<p class="none">None.</p></section>`;
  }
  const head = [...extra(null), 'Cell', 'Grade', 'Section', 'Benchmark'];
  const body = items.map((item) => {
    const cells = [
      ...extra(item),
      `<td class="cell">${h(cellLabel(item))}</td>`,
      `<td>${h(gradeName(item.grade))}</td>`,
      `<td>${h(SECTION_NAMES[item.section])}</td>`,
      `<td>${h(item.text)}</td>`,
    ];
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<section>${heading}
<table>
<thead><tr>${head.map((t) => `<th>${t}</th>`).join('')}</tr></thead>
<tbody>
${body.join('\n')}
</tbody>
</table>
</section>`;
}

function flaggedCells(item: RatedItem | null): string[] {
  if (item === null) return ['Rating'];
  return [
    `<td><span class="rating r${item.rating}">${item.rating}</span></td>`,
  ];
}

function invalidCells(item: InvalidItem | null): string[] {
  if (item === null) return ['Holds'];
  return [`<td><span class="held">${h(item.value)}</span></td>`];
}

function warnings(list: string[]): string {
  if (list.length === 0) return '';
  const items = list.map((warning) => `<li>${h(warning)}</li>`).join('\n');
  return `<section><h2>Warnings</h2><ul class="warnings">\n${items}\n</ul></section>`;
}
