import type { SectionKey } from '../framework';

/** What a spreadsheet cell holds, once read by either platform. */
export type CellValue = string | number | boolean | Date | null;

export interface Coverage {
  /** Mean of the valid ratings, not rounded; null when none is rated. */
  average: number | null;
  rated: number;
  total: number;
}

export interface GradeCoverage extends Coverage {
  grade: number;
}

export interface SectionCoverage extends Coverage {
  grade: number;
  section: SectionKey;
}

export interface Item {
  id: string;
  domain: string;
  grade: number;
  section: SectionKey;
  text: string;
  /** A1 address of the rating cell; null when its row was deleted. */
  cell: string | null;
}

export interface RatedItem extends Item {
  rating: number;
}

export interface InvalidItem extends Item {
  value: string;
}

/** The gap analysis of one inventory, as CONTRACT.md defines it. */
export interface GapAnalysis {
  framework: { id: string; name: string; version: string };
  school: string | null;
  schoolYear: string | null;
  threshold: number;
  overall: Coverage;
  grades: GradeCoverage[];
  sections: SectionCoverage[];
  flagged: RatedItem[];
  unrated: Item[];
  invalid: InvalidItem[];
  warnings: string[];
}

/** A benchmark row as found in a sheet: its id and its rating cell. */
export interface RatingCell {
  id: string;
  value: CellValue;
  /** A1 address of the rating cell. */
  cell: string;
  /** The benchmark wording the row shows, and where. */
  wording?: { text: string; cell: string };
}

/** Everything the analysis needs from one inventory sheet. */
export interface InventoryContent {
  school: CellValue;
  schoolYear: CellValue;
  threshold: { value: CellValue; cell: string | null };
  ratings: RatingCell[];
  /** Benchmark rows below the end row, which the summary does not count. */
  outside?: RatingCell[];
}
