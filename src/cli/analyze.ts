import type { SheetAnalysis } from '../addon/server-api';
import { listBenchmarks, type Framework } from '../framework';
import { analyzeInventory, type InventoryContent } from '../inventory';
import { CliError } from './errors';
import { loadFramework } from './framework-file';
import { findInventory } from './inventory-sheet';
import { writeOutput } from './output-file';
import { htmlReport } from './report-html';
import { textReport } from './report-text';
import { openWorkbook } from './workbook-file';

/** The options of `pace-inventory analyze`. */
export interface AnalyzeOptions {
  sheet?: string;
  threshold?: number;
  json?: boolean;
  html?: string;
  framework?: string;
}

/** `pace-inventory analyze FILE`: the gap analysis, as text or JSON. */
export async function analyze(file: string, options: AnalyzeOptions) {
  const framework = await loadFramework(options.framework);
  const analysis = await analyzeWorkbook(file, framework, options);
  if (options.html !== undefined) {
    const report = htmlReport(analysis, file, new Date());
    await writeOutput(options.html, report, {
      overwrite: true,
      option: '--html',
    });
  }
  if (options.json) {
    process.stdout.write(`${JSON.stringify(analysis, null, 2)}\n`);
    return;
  }
  console.log(textReport(analysis, file));
  if (options.html !== undefined) {
    console.log(`\nPrintable report: ${options.html}`);
  }
}

/** The gap analysis of the inventory in a workbook file. */
export async function analyzeWorkbook(
  file: string,
  framework: Framework,
  options: Pick<AnalyzeOptions, 'sheet' | 'threshold'> = {},
): Promise<SheetAnalysis> {
  const workbook = await openWorkbook(file);
  const found = findInventory(workbook, file, options.sheet);
  checkFramework(framework, found.content, found.sheet);
  const threshold =
    options.threshold === undefined ? {} : { threshold: options.threshold };
  const analysis = analyzeInventory(framework, found.content, threshold);
  const warnings = [...analysis.warnings, ...found.warnings];
  return { ...analysis, warnings, sheet: found.sheet };
}

/** An inventory made from another framework would read as all deleted. */
function checkFramework(
  framework: Framework,
  content: InventoryContent,
  sheet: string,
) {
  const [first] = content.ratings;
  if (first === undefined) return;
  const ids = new Set(listBenchmarks(framework).map((b) => b.id));
  if (content.ratings.some((row) => ids.has(row.id))) return;
  throw new CliError(
    `Sheet "${sheet}" lists benchmarks such as ${first.id} that the ` +
      `framework "${framework.name}" does not have: give the framework ` +
      'it was made from with --framework FILE.',
  );
}
