import type { SheetAnalysis } from '../addon/server-api';
import { gradeName, SECTION_NAMES } from '../framework';
import {
  ALL_GRADES,
  averageText,
  ratedText,
  type Coverage,
} from '../inventory';
import { escapeHtml as h } from './html-text';
import { gradeChart } from './report-chart';
import { count, percentRated } from './report-format';
import { itemLists } from './report-html-lists';
import { REPORT_CSS } from './report-style';

/** The gap analysis as a self-contained, printable HTML page, made on
 *  the day `made`. */
export function htmlReport(
  analysis: SheetAnalysis,
  file: string,
  made: Date,
): string {
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
${heading(analysis, file, made)}
<section>
<h2>Average rating by grade</h2>
${gradeChart(analysis.grades, analysis.overall)}
${averagesTable(analysis)}
<p>${h(coverageText(analysis))}</p>
</section>
${itemLists(analysis)}
<footer>Made by pace-inventory from ${h(file)}.</footer>
</main>
</body>
</html>
`;
}

function heading(analysis: SheetAnalysis, file: string, made: Date) {
  const { framework } = analysis;
  const about = `${framework.name} (${framework.id} ${framework.version})`;
  return `<header>
<h1>PaCE gap analysis</h1>
<p class="sub">${h(about)}</p>
<dl class="facts">
${fact('School', analysis.school)}
${fact('School year', analysis.schoolYear)}
${fact('Read from', `sheet "${analysis.sheet}" of ${file}`)}
${fact('Flagged', `ratings at or below ${analysis.threshold}`)}
${fact('Made', localDate(made))}
</dl>
</header>`;
}

function fact(term: string, value: string | null): string {
  const shown =
    value === null ? '<span class="none">not filled in</span>' : h(value);
  return `<dt>${h(term)}</dt><dd>${shown}</dd>`;
}

function averagesTable(analysis: SheetAnalysis): string {
  const rows = analysis.grades.flatMap((grade) => [
    row('grade', gradeName(grade.grade), grade),
    ...analysis.sections
      .filter((section) => section.grade === grade.grade)
      .map((s) => row('section', SECTION_NAMES[s.section], s)),
  ]);
  const head = ['Grade and section', 'Average', 'Rated'].map(
    (title, i) => `<th${i > 0 ? ' class="num"' : ''}>${title}</th>`,
  );
  return `<table>
<thead><tr>${head.join('')}</tr></thead>
<tbody>
${rows.join('\n')}
${row('grade', ALL_GRADES, analysis.overall)}
</tbody>
</table>`;
}

function row(kind: string, label: string, coverage: Coverage): string {
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

/** YYYY-MM-DD of the day where the report is made, as a calendar there
 *  shows it. */
function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-` + pad(date.getDate())
  );
}
