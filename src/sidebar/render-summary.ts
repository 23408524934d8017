import type { SheetAnalysis } from '../addon/server-api';
import { el, titledSection } from './dom';
import { benchmarksRated, schoolLine } from './format';
import { coverageRow } from './render-coverage';

/** Which inventory this is and how much of it is rated. */
export function renderSummary(analysis: SheetAnalysis): HTMLElement {
  const school = schoolLine(analysis.school, analysis.schoolYear);
  const parts: HTMLElement[] = [];
  if (school !== null) parts.push(el('p', { className: 'school' }, [school]));
  parts.push(el('p', { className: 'muted' }, [`Sheet: ${analysis.sheet}`]));
  parts.push(overall(analysis));
  return titledSection('summary-heading', analysis.framework.name, parts);
}

function overall(analysis: SheetAnalysis): HTMLElement {
  const rated = benchmarksRated(analysis.overall);
  if (analysis.overall.average === null) {
    return el('p', { className: 'overall' }, [rated]);
  }
  return el('p', { className: 'overall' }, [
    coverageRow('Overall', analysis.overall, rated),
  ]);
}

/** What a person should fix in the sheet; null when all is well. */
export function renderWarnings(analysis: SheetAnalysis): HTMLElement | null {
  if (analysis.warnings.length === 0) return null;
  const items = analysis.warnings.map((warning) => el('li', {}, [warning]));
  const section = titledSection('warnings-heading', 'Check the sheet', [
    el('ul', {}, items),
  ]);
  section.className = 'warnings';
  return section;
}
