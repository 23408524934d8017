import { gradeName, SECTION_NAMES } from '../framework/labels';
import type {
  Coverage,
  GapAnalysis,
  GradeCoverage,
  SectionCoverage,
} from '../inventory/types';
import { averageText, NO_AVERAGE, ratedText } from '../inventory/words';
import { el, hiddenText, titledSection, type Child } from './dom';
import { barPercent, ratingColour } from './scale';

/** What a screen reader says instead of the dash of a missing average. */
const NO_AVERAGE_SPOKEN = 'no ratings yet';

/**
 * One coverage as a label, its rated count, a bar coloured like the sheet's
 * rating and the average as a number. The bar is hidden from screen readers:
 * the number says the same.
 */
export function coverageRow(
  label: string,
  coverage: Coverage,
  detail = ratedText(coverage),
): HTMLSpanElement {
  return el('span', { className: 'coverage' }, [
    el('span', { className: 'coverage-head' }, [
      el('span', { className: 'coverage-label' }, [label]),
      el('span', { className: 'coverage-detail' }, [detail]),
    ]),
    bar(coverage.average),
    el('span', { className: 'coverage-average' }, average(coverage.average)),
  ]);
}

/** "average 3.14" when read aloud; a missing one in words, not as a dash. */
function average(value: number | null): Child[] {
  const text = averageText(value);
  if (text !== NO_AVERAGE) return [hiddenText('average '), text];
  const dash = el('span', { attrs: { 'aria-hidden': 'true' } }, [text]);
  return [hiddenText(NO_AVERAGE_SPOKEN), dash];
}

function bar(average: number | null): HTMLSpanElement {
  const fill = el('span', { className: 'bar-fill' });
  const colour = ratingColour(average);
  if (average !== null && colour !== null) {
    fill.style.width = `${barPercent(average)}%`;
    fill.style.backgroundColor = colour;
  }
  return el('span', { className: 'bar', attrs: { 'aria-hidden': 'true' } }, [
    fill,
  ]);
}

/** The average per grade; each grade opens to its sections. */
export function renderGrades(analysis: GapAnalysis): HTMLElement {
  const grades = analysis.grades.map((grade) =>
    gradeDetails(
      grade,
      analysis.sections.filter((s) => s.grade === grade.grade),
    ),
  );
  return titledSection('grades-heading', 'Average by grade', [
    el('p', { className: 'muted' }, ['Open a grade to see its sections.']),
    ...grades,
  ]);
}

function gradeDetails(
  grade: GradeCoverage,
  sections: SectionCoverage[],
): HTMLDetailsElement {
  const rows = sections.map((section) =>
    el('li', {}, [coverageRow(SECTION_NAMES[section.section], section)]),
  );
  return el('details', { className: 'grade' }, [
    el('summary', {}, [coverageRow(gradeName(grade.grade), grade)]),
    el('ul', { className: 'sections' }, rows),
  ]);
}
