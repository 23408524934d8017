import { createInventoryOf } from '../src/addon/create-inventory';
import { gapAnalysisOf } from '../src/addon/gap-analysis';
import { listBenchmarks, type Framework } from '../src/framework';
import { buildLayout, COLUMNS } from '../src/inventory';
import { createWorld, installWorld } from '../test/fakes/services';
import type { Figure } from './figures';

// Properties the writer sets on every cell: value, number format, text
// style, background, wrap, horizontal and vertical alignment.
const PROPERTIES_PER_CELL = 7;

/** Spreadsheet calls of createInventory and getGapAnalysis, beside the
 *  naive count of one call per cell per property. */
export function callFigures(framework: Framework, size: number): Figure[] {
  const world = createWorld();
  installWorld(world);
  createInventoryOf(framework);
  const create = world.log.count;
  world.log.reset();
  gapAnalysisOf(framework);
  const analyze = world.log.count;

  const layout = buildLayout(framework);
  const cells = layout.rows.length * COLUMNS.length;
  const naiveCreate = cells * PROPERTIES_PER_CELL + layout.ratingCells.length;
  const naiveAnalyze = 2 * listBenchmarks(framework).length;
  return [
    {
      name: 'createInventory calls',
      size,
      value: create,
      unit: 'calls',
      goal: { max: 40, text: '< 40, same for all sizes' },
      note: `naive ${naiveCreate} (${Math.round(naiveCreate / create)}x)`,
    },
    {
      name: 'getGapAnalysis calls',
      size,
      value: analyze,
      unit: 'calls',
      goal: { max: 9, text: 'fixed, same for all sizes' },
      note: `naive ${naiveAnalyze} (${Math.round(naiveAnalyze / analyze)}x)`,
    },
  ];
}
