import type { GapAnalysis } from '../inventory/types';

/** What the sidebar may ask of `getGapAnalysis`. */
export interface AnalysisRequest {
  threshold?: number;
  sheetName?: string;
}

/** An analysis as the add-on returns it: the sheet it read comes along, so
 *  the sidebar's clicks and threshold changes go to that same sheet. */
export type SheetAnalysis = GapAnalysis & { sheet: string };

/**
 * The server functions the sidebar calls through `google.script.run`: the
 * one contract between the page and Apps Script. A failure reaches the page's
 * failure handler as an Error whose message a person can act on.
 */
export interface ServerApi {
  getGapAnalysis(options?: AnalysisRequest): SheetAnalysis;
  /** Activates the benchmark's rating cell; returns its A1 address. */
  selectBenchmark(id: string, sheetName?: string): string;
  /** Stores the threshold in the inventory; returns the new analysis. */
  setThreshold(threshold: number, sheetName?: string): SheetAnalysis;
}
