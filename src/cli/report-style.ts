import { INVALID_ROW, RATING_COLOURS } from '../inventory';

const RATING_CSS = RATING_COLOURS.map(
  (colour, index) => `.r${index + 1} { background: ${colour}; }`,
).join('\n');

/** The report page's stylesheet: inline, so the page is one file that
 *  prints the same anywhere. Rating colours are the sheet's. In print, a
 *  whole section kept on one page would push a long one past a page left
 *  nearly empty; only a heading, the chart and a row are kept whole. */
export const REPORT_CSS = `
:root { color: #202124; font: 15px/1.45 Arial, Helvetica, sans-serif; }
body { margin: 0; background: #fff; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 2rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.2rem; }
h2 {
  font-size: 1.15rem;
  margin: 1.8rem 0 0.6rem;
  padding-bottom: 0.2rem;
  border-bottom: 2px solid #1a73e8;
}
.sub { color: #5f6368; margin: 0 0 1rem; }
dl.facts {
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: 0.2rem 1rem;
  margin: 0;
}
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
.chart { max-width: 100%; height: auto; }
.chart .grid { stroke: #dadce0; stroke-width: 1; }
.chart .axis { fill: #5f6368; font-size: 12px; text-anchor: middle; }
.chart .label { fill: #202124; font-size: 14px; text-anchor: end; }
.chart .value { fill: #202124; font-size: 14px; }
.chart .bar { fill: #1a73e8; }
.chart .total { font-weight: bold; }
.chart .bar.total { fill: #174ea6; }
table { border-collapse: collapse; width: 100%; margin: 0.4rem 0; }
th, td {
  text-align: left;
  vertical-align: top;
  padding: 0.3rem 0.5rem;
  border-bottom: 1px solid #dadce0;
}
th { background: #f1f3f4; font-size: 0.9rem; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.place { white-space: nowrap; }
td.cell {
  font-family: Consolas, "Liberation Mono", monospace;
  white-space: nowrap;
}
tr.grade td { font-weight: bold; }
tr.section td:first-child { padding-left: 1.5rem; }
.rating {
  display: inline-block;
  min-width: 1.6rem;
  text-align: center;
  border-radius: 4px;
  font-weight: bold;
}
${RATING_CSS}
.held { background: ${INVALID_ROW}; padding: 0 0.25rem; }
.none { color: #5f6368; font-style: italic; }
ul.warnings li { margin-bottom: 0.3rem; }
footer { margin-top: 2rem; color: #5f6368; font-size: 0.85rem; }
@media print {
  :root { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  .chart { break-inside: avoid; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
