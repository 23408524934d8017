import { DEFAULT_FRAMEWORK, type Framework } from '../framework';
import { analyzeInventory, isThreshold, THRESHOLD_RULE } from '../inventory';
import type { AnalysisOptions, InventoryContent } from '../inventory';
import { openInventory, type OpenInventory } from './inventory-finder';
import type { AnalysisRequest, SheetAnalysis } from './server-api';
import { messageFor, UserError } from './user-error';

const SIDEBAR_FILE = 'Sidebar';
const SIDEBAR_TITLE = 'Gap analysis';
const BAD_THRESHOLD = THRESHOLD_RULE;

/** Opens the gap analysis sidebar. */
export function showGapAnalysis(): void {
  const page =
    HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(page);
}

/** The gap analysis of an inventory (CONTRACT.md), with its sheet name. */
export function getGapAnalysis(options?: AnalysisRequest): SheetAnalysis {
  return gapAnalysisOf(DEFAULT_FRAMEWORK, options);
}

/** getGapAnalysis for any framework (the add-on ships the default). */
export function gapAnalysisOf(
  framework: Framework,
  options?: AnalysisRequest | null,
): SheetAnalysis {
  return forPerson('read the inventory', () => {
    const threshold = options?.threshold ?? undefined;
    if (threshold !== undefined && !isThreshold(threshold)) {
      throw new UserError(BAD_THRESHOLD);
    }
    const inventory = openInventory(framework, options?.sheetName);
    return analyze(framework, inventory, inventory.content, { threshold });
  });
}

/** Selects the rating cell of a benchmark; returns its A1 address. */
export function selectBenchmark(id: string, sheetName?: string): string {
  return forPerson('go to the benchmark', () => {
    const inventory = openInventory(DEFAULT_FRAMEWORK, sheetName);
    const row = inventory.content.ratings.find((r) => r.id === id);
    if (!row) {
      throw new UserError(
        `Benchmark ${id} has no row in "${inventory.sheet.getName()}" ` +
          '(was it deleted?). Press Refresh to update the list.',
      );
    }
    inventory.sheet.activate();
    inventory.sheet.getRange(row.cell).activate();
    return row.cell;
  });
}

/** Stores the inventory's threshold; returns the analysis that uses it. */
export function setThreshold(
  threshold: number,
  sheetName?: string,
): SheetAnalysis {
  return thresholdOf(DEFAULT_FRAMEWORK, threshold, sheetName);
}

/** setThreshold for any framework (the add-on ships the default). */
export function thresholdOf(
  framework: Framework,
  threshold: number,
  sheetName?: string | null,
): SheetAnalysis {
  return forPerson('save the threshold', () => {
    if (!isThreshold(threshold)) throw new UserError(BAD_THRESHOLD);
    const inventory = openInventory(framework, sheetName);
    const cell = inventory.content.threshold.cell;
    if (cell === null) {
      throw new UserError(
        'This inventory has no threshold cell ("Flag at or below:"). ' +
          'Create a fresh inventory to get it back.',
      );
    }
    inventory.sheet.getRange(cell).setValue(threshold);
    const stored = { value: threshold, cell };
    const content = { ...inventory.content, threshold: stored };
    return analyze(framework, inventory, content, {});
  });
}

/** The sidebar shows an Error's message as it is: make it one a person
 *  can act on, whatever failed. */
function forPerson<T>(doing: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw new Error(messageFor(error, doing));
  }
}

function analyze(
  framework: Framework,
  inventory: OpenInventory,
  content: InventoryContent,
  options: AnalysisOptions,
): SheetAnalysis {
  const analysis = analyzeInventory(framework, content, options);
  return { ...analysis, sheet: inventory.sheet.getName() };
}
