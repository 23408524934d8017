import { gradeName } from '../framework';
import {
  ALL_GRADES,
  averageText,
  HIGHEST_RATING,
  ratedText,
  type Coverage,
} from '../inventory';
import { escapeHtml } from './html-text';
import { scaleShare } from './report-format';

const LABEL_WIDTH = 110;
const BAR_AREA = 380;
const TEXT_WIDTH = 150;
const ROW_HEIGHT = 30;
const BAR_HEIGHT = 18;
const AXIS_HEIGHT = 22;

interface Bar {
  label: string;
  coverage: Coverage;
}

/** An inline SVG bar chart of the average rating of each grade. */
export function gradeChart(
  grades: (Coverage & { grade: number })[],
  overall: Coverage,
): string {
  const bars: Bar[] = [
    ...grades.map((g) => ({ label: gradeName(g.grade), coverage: g })),
    { label: ALL_GRADES, coverage: overall },
  ];
  const width = LABEL_WIDTH + BAR_AREA + TEXT_WIDTH;
  const height = bars.length * ROW_HEIGHT + AXIS_HEIGHT;
  const summary = bars
    .map((b) => `${b.label} ${averageText(b.coverage.average)}`)
    .join(', ');
  return [
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" ` +
      `height="${height}" role="img" aria-label="${escapeHtml(
        `Average rating by grade, 1 to ${HIGHEST_RATING}: ${summary}`,
      )}">`,
    ...gridLines(bars.length * ROW_HEIGHT),
    ...bars.map((bar, index) => barRow(bar, index)),
    '</svg>',
  ].join('\n');
}

function gridLines(bottom: number): string[] {
  const lines: string[] = [];
  for (let rating = 0; rating <= HIGHEST_RATING; rating++) {
    const x = LABEL_WIDTH + (rating / HIGHEST_RATING) * BAR_AREA;
    lines.push(
      `<line x1="${x}" y1="0" x2="${x}" y2="${bottom}" class="grid"/>`,
      `<text x="${x}" y="${bottom + 16}" class="axis">${rating}</text>`,
    );
  }
  return lines;
}

function barRow(bar: Bar, index: number): string {
  const top = index * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
  const middle = index * ROW_HEIGHT + ROW_HEIGHT / 2 + 4;
  const length = scaleShare(bar.coverage.average) * BAR_AREA;
  const total = bar.label === ALL_GRADES ? ' total' : '';
  const figures = `${averageText(bar.coverage.average)}  ·  ${ratedText(
    bar.coverage,
  )}`;
  return [
    `<text x="${LABEL_WIDTH - 8}" y="${middle}" class="label${total}">` +
      `${escapeHtml(bar.label)}</text>`,
    `<rect x="${LABEL_WIDTH}" y="${top}" width="${length.toFixed(1)}" ` +
      `height="${BAR_HEIGHT}" class="bar${total}"/>`,
    `<text x="${LABEL_WIDTH + BAR_AREA + 8}" y="${middle}" class="value">` +
      `${escapeHtml(figures)}</text>`,
  ].join('\n');
}
