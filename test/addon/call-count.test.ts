import { createInventoryOf } from '../../src/addon/create-inventory';
import { gapAnalysisOf } from '../../src/addon/gap-analysis';
import { DEFAULT_FRAMEWORK, type Framework } from '../../src/framework';
import { freshWorld } from '../support/addon-world';
import { syntheticFramework } from '../support/synthetic-framework';

// Each call on a Spreadsheet, Sheet, Range or Protection is a round trip
// to Google's servers: the count must not grow with the benchmarks.
function callsOf(framework: Framework) {
  const world = freshWorld();
  createInventoryOf(framework);
  const create = world.log.count;
  world.log.reset();
  const analysis = gapAnalysisOf(framework);
  return { create, analyze: world.log.count, analysis, world };
}

describe('Spreadsheet service calls', () => {
  const small = callsOf(DEFAULT_FRAMEWORK);
  const large = callsOf(syntheticFramework(2000));

  it('creating an inventory takes the same number for 20 and 2,000', () => {
    expect(large.analysis.overall.total).toBe(2000);
    expect(large.world.ui.alerts).toEqual([]);
    expect(large.create).toBe(small.create);
    expect(small.create).toBeLessThan(40);
  });

  it('reading it for the gap analysis does too', () => {
    expect(large.analyze).toBe(small.analyze);
    expect(small.analyze).toBeLessThanOrEqual(8);
  });
});
