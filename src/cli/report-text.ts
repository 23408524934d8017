import type { SheetAnalysis } from '../addon/server-api';
import { gradeName, SECTION_NAMES } from '../framework';
import {
  ALL_GRADES,
  averageText,
  LIST_NAMES,
  RATING_RANGE,
  ratedText,
  type Coverage,
  type Item,
} from '../inventory';
import {
  cellLabel,
  count,
  percentRated,
  placeText,
  scaleShare,
} from './report-format';
import { terminalText } from './terminal-text';

const BAR_WIDTH = 10;

/** The gap analysis as plain text for a terminal: one line per entry,
 *  whatever the sheet's cells hold. */
export function textReport(analysis: SheetAnalysis, file: string): string {
  return [
    ...heading(analysis, file),
    '',
    ...averages(analysis),
    '',
    coverageLine(analysis.overall, analysis),
    '',
    ...flaggedLines(analysis),
    ...itemLines(
      `${LIST_NAMES.unrated} (${analysis.unrated.length})`,
      analysis.unrated,
    ),
    ...invalidLines(analysis),
    ...warningLines(analysis.warnings),
  ]
    .map(terminalText)
    .join('\n')
    .trimEnd();
}

function heading(analysis: SheetAnalysis, file: string): string[] {
  const { framework } = analysis;
  return [
    `PaCE gap analysis: ${framework.name} ` +
      `(${framework.id} ${framework.version})`,
    `School: ${analysis.school ?? '(not filled in)'}    ` +
      `School year: ${analysis.schoolYear ?? '(not filled in)'}`,
    `Sheet "${analysis.sheet}" of ${file}; flagged at or below ` +
      `${analysis.threshold}`,
  ];
}

function averages(analysis: SheetAnalysis): string[] {
  const rows: [string, Coverage, boolean][] = [];
  for (const grade of analysis.grades) {
    rows.push([gradeName(grade.grade), grade, true]);
    for (const section of analysis.sections) {
      if (section.grade !== grade.grade) continue;
      rows.push([`  ${SECTION_NAMES[section.section]}`, section, false]);
    }
  }
  rows.push([ALL_GRADES, analysis.overall, true]);
  const width = widest(rows.map(([label]) => label)) + 2;
  return [
    `Average rating (${RATING_RANGE}):`,
    ...rows.map(([label, coverage, withBar]) =>
      [
        `  ${label.padEnd(width)}`,
        withBar ? bar(coverage.average) : ' '.repeat(BAR_WIDTH),
        `  ${averageText(coverage.average).padStart(4)}`,
        `  ${ratedText(coverage)}`,
      ].join(''),
    ),
  ];
}

/** "███████░░░": the average's share of the rating scale. */
function bar(average: number | null): string {
  const filled = Math.round(scaleShare(average) * BAR_WIDTH);
  return '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
}

function coverageLine(overall: Coverage, analysis: SheetAnalysis): string {
  return (
    `Coverage: ${overall.rated} of ${count(overall.total, 'benchmark')} ` +
    `rated (${percentRated(overall)}), ${analysis.unrated.length} not ` +
    `rated, ${analysis.invalid.length} not valid.`
  );
}

function flaggedLines(analysis: SheetAnalysis): string[] {
  const { flagged, threshold } = analysis;
  if (flagged.length === 0) {
    return [`${LIST_NAMES.flagged}: none rated ${threshold} or lower.`, ''];
  }
  const width = cellWidth(flagged);
  return [
    `${LIST_NAMES.flagged} (${flagged.length}), rated ${threshold} or ` +
      'lower, ' +
      'lowest first:',
    ...flagged.map(
      (item) =>
        `  ${item.rating}  ${cellLabel(item).padEnd(width)}  ${about(item)}`,
    ),
    '',
  ];
}

function itemLines(title: string, items: Item[]): string[] {
  if (items.length === 0) return [];
  const width = cellWidth(items);
  return [
    `${title}:`,
    ...items.map(
      (item) => `  ${cellLabel(item).padEnd(width)}  ${about(item)}`,
    ),
    '',
  ];
}

function invalidLines(analysis: SheetAnalysis): string[] {
  const { invalid } = analysis;
  if (invalid.length === 0) return [];
  const width = cellWidth(invalid);
  return [
    `${LIST_NAMES.invalid} (${invalid.length}), not a whole number ` +
      `${RATING_RANGE}:`,
    ...invalid.map(
      (item) =>
        `  ${cellLabel(item).padEnd(width)}  holds "${item.value}"  ` +
        about(item),
    ),
    '',
  ];
}

function warningLines(warnings: string[]): string[] {
  if (warnings.length === 0) return [];
  return ['Warnings:', ...warnings.map((warning) => `  - ${warning}`), ''];
}

function about(item: Item): string {
  return `${placeText(item)}: ${item.text}`;
}

function cellWidth(items: Item[]): number {
  return widest(items.map(cellLabel));
}

/** The length of the longest text; a loop, since Math.max(...texts)
 *  overflows the stack past about 120,000 of them. */
function widest(texts: string[]): number {
  return texts.reduce((most, text) => Math.max(most, text.length), 0);
}
