import type { SheetAnalysis } from '../addon/server-api';
import { el } from './dom';
import { renderGrades } from './render-coverage';
import {
  renderGaps,
  renderInvalid,
  renderUnrated,
  type SelectBenchmark,
} from './render-items';
import { renderSummary, renderWarnings } from './render-summary';

const NOTHING_RATED =
  'Nothing is rated yet. Enter 1-5 in the Rating column, then press Refresh.';

/** The whole gap analysis, in reading order. */
export function renderAnalysis(
  analysis: SheetAnalysis,
  select: SelectBenchmark,
): HTMLElement[] {
  const parts =
    analysis.overall.rated === 0
      ? [
          renderSummary(analysis),
          renderWarnings(analysis),
          el('p', { className: 'empty' }, [NOTHING_RATED]),
          renderInvalid(analysis, select),
        ]
      : [
          renderSummary(analysis),
          renderWarnings(analysis),
          renderGrades(analysis),
          renderGaps(analysis, select),
          renderInvalid(analysis, select),
          renderUnrated(analysis, select),
        ];
  return parts.filter((part): part is HTMLElement => part !== null);
}
