import { mkdirSync, writeFileSync } from 'node:fs';
import { analyzeInventory } from '../src/inventory';
import { measureRenderMs } from '../test/support/sidebar-bench';
import { callFigures } from './calls';
import { misses, table, type Figure } from './figures';
import { frameworkOf, ratedAnalysis, ratedContent, SIZES } from './fixtures';
import { cpuMs } from './measure';
import { cliFigures, sizeFigures } from './processes';

const ANALYSIS_RUNS = 21;
const RESULTS = 'bench/results.json';

async function main() {
  const figures: Figure[] = [];
  for (const size of SIZES) {
    const framework = frameworkOf(size);
    const content = ratedContent(framework);
    figures.push(...callFigures(framework, size));
    figures.push({
      name: 'analysis CPU time',
      size,
      value: cpuMs(ANALYSIS_RUNS, () => analyzeInventory(framework, content)),
      unit: 'ms',
      goal: null,
      note: `median of ${ANALYSIS_RUNS}`,
    });
    figures.push(...cliFigures(framework, size));
    figures.push({
      name: 'sidebar render',
      size,
      value: await measureRenderMs(ratedAnalysis(framework)),
      unit: 'ms',
      goal: size === 2000 ? { max: 100, text: '< 100 ms' } : null,
      note: 'headless Chromium, median of 5',
    });
  }
  figures.push(...sizeFigures());
  console.log(table(figures));
  mkdirSync('bench', { recursive: true });
  const measured = { date: new Date().toISOString(), figures };
  writeFileSync(RESULTS, `${JSON.stringify(measured, null, 2)}\n`);
  const missed = figures.filter(misses).length;
  console.log(`\n${figures.length} figures, ${missed} missed; see ${RESULTS}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
