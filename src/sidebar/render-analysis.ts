import type { SheetAnalysis } from '../addon/server-api';
import { RATING_RANGE } from '../inventory/words';
import { el } from './dom';
import { renderGrades } from './render-coverage';
import {
  renderFlagged,
  renderInvalid,
  renderUnrated,
  type SelectBenchmark,
} from './render-items';
import { renderSummary, renderWarnings } from './render-summary';

const NOTHING_RATED =
  `Nothing is rated yet. Enter ${RATING_RANGE} in the Rating column, ` +
  'then press Refresh.';

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
          renderFlagged(analysis, select),
          renderInvalid(analysis, select),
          renderUnrated(analysis, select),
        ];
  return parts.filter((part): part is HTMLElement => part !== null);
}
