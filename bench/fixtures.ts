import { DEFAULT_FRAMEWORK, listBenchmarks } from '../src/framework';
import type { Framework } from '../src/framework';
import {
  analyzeInventory,
  buildLayout,
  type InventoryContent,
} from '../src/inventory';
import type { SheetAnalysis } from '../src/addon/server-api';
import { syntheticFramework } from '../test/support/synthetic-framework';

/** The frameworks the figures are given for, by benchmark count. */
export const SIZES = [20, 200, 2000] as const;

export function frameworkOf(size: number): Framework {
  return size === 20 ? DEFAULT_FRAMEWORK : syntheticFramework(size);
}

/** A rated inventory's content: a fixed, repeatable mix of ratings. */
export function ratedContent(framework: Framework): InventoryContent {
  const layout = buildLayout(framework);
  const ratings = listBenchmarks(framework).map((benchmark, index) => ({
    id: benchmark.id,
    value: index % 7 === 6 ? null : (index % 5) + 1,
    cell: layout.ratingCells[index] ?? 'E1',
  }));
  return {
    school: 'Bench High School',
    schoolYear: '2026-27',
    threshold: { value: 2, cell: layout.thresholdCell },
    ratings,
  };
}

export function ratedAnalysis(framework: Framework): SheetAnalysis {
  const analysis = analyzeInventory(framework, ratedContent(framework));
  return { ...analysis, sheet: 'PaCE Inventory' };
}
