import type { SheetAnalysis } from '../../src/addon/server-api';
import {
  DEFAULT_FRAMEWORK,
  listBenchmarks,
  type Framework,
} from '../../src/framework';
import {
  analyzeInventory,
  type CellValue,
  type InventoryContent,
} from '../../src/inventory';

/** The sheet name every fixture analysis carries. */
export const SHEET = 'PaCE Inventory';

/** Rating cells start here and follow framework order: E16, E17, ... */
const FIRST_ROW = 16;

export interface InventorySetup {
  /** Rating cell values by benchmark id; a benchmark not listed is empty. */
  ratings?: Record<string, CellValue>;
  /** Benchmarks whose row was deleted from the sheet. */
  deleted?: string[];
  school?: CellValue;
  schoolYear?: CellValue;
  threshold?: CellValue;
  framework?: Framework;
}

/** A SheetAnalysis made by the real gap analysis from an inventory's cells. */
export function sheetAnalysis(setup: InventorySetup = {}): SheetAnalysis {
  const framework = setup.framework ?? DEFAULT_FRAMEWORK;
  const deleted = new Set(setup.deleted ?? []);
  const ratings = listBenchmarks(framework)
    .filter((benchmark) => !deleted.has(benchmark.id))
    .map((benchmark, index) => ({
      id: benchmark.id,
      value: setup.ratings?.[benchmark.id] ?? null,
      cell: `E${FIRST_ROW + index}`,
    }));
  const content: InventoryContent = {
    school: setup.school ?? null,
    schoolYear: setup.schoolYear ?? null,
    threshold: { value: setup.threshold ?? 2, cell: 'C6' },
    ratings,
  };
  return { ...analyzeInventory(framework, content), sheet: SHEET };
}

/**
 * The default framework with 14 of 20 benchmarks rated, one cell holding
 * 'abc', four empty and one row deleted (ced-11-k2). Worked out by hand:
 * overall 44 / 14 = 3.14; grades 2.33, 2.50, 3.33, 3.50, 4.00.
 */
export const PARTLY_RATED: InventorySetup = {
  school: 'Lincoln Middle School',
  schoolYear: '2025-2026',
  deleted: ['ced-11-k2'],
  ratings: {
    'ced-8-s1': 1,
    'ced-8-s2': 4,
    'ced-8-k1': 2,
    'ced-9-s1': 3,
    'ced-9-s2': 2,
    'ced-9-k1': 'abc',
    'ced-10-s1': 5,
    'ced-10-s2': 1,
    'ced-10-s3': 4,
    'ced-11-s1': 2,
    'ced-11-s2': 5,
    'ced-11-s3': 3,
    'ced-11-k1': 4,
    'ced-12-s1': 5,
    'ced-12-k1': 3,
  },
};

/** The wording of a default-framework benchmark, by id. */
export function benchmarkText(id: string): string {
  const benchmark = listBenchmarks(DEFAULT_FRAMEWORK).find((b) => b.id === id);
  if (!benchmark) throw new Error(`No benchmark ${id} in the framework.`);
  return benchmark.text;
}
