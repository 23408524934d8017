import type { SheetAnalysis } from '../addon/server-api';
import { gradeName, SECTION_NAMES } from '../framework';
import {
  ALL_GRADES,
  averageText,
  RATING_RANGE,
  ratedText,
  type Coverage,
} from '../inventory';
import { count, percentRated, scaleShare, widest } from './report-format';
import { listLines } from './report-text-lists';
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
    ...listLines(analysis),
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
