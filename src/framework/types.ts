/** The three kinds of benchmark the PaCE framework lists under a grade. */
export type SectionKey = 'supported' | 'know' | 'have';

export const SECTION_KEYS: readonly SectionKey[] = [
  'supported',
  'know',
  'have',
];

/** One thing students should be supported to do, know or have. */
export interface Benchmark {
  /** Stable id, `<domain id>-<grade>-<section letter><n>`: never reused. */
  id: string;
  /** The wording of the source document, exactly. */
  text: string;
  /** Abbreviations of the framework key that the text uses (CP, PS). */
  keys: string[];
}

export interface Section {
  section: SectionKey;
  benchmarks: Benchmark[];
  /** Shown instead of benchmarks when there are none ("N/A"). */
  note?: string;
}

export interface Grade {
  grade: number;
  sections: Section[];
}

export interface Domain {
  /** Prefix of every benchmark id of the domain, e.g. `ced`. */
  id: string;
  name: string;
  grades: Grade[];
}

export interface ScaleLevel {
  rating: number;
  label: string;
}

export interface KeyEntry {
  abbreviation: string;
  meaning: string;
}

export interface Framework {
  id: string;
  name: string;
  version: string;
  title: string;
  instructions: string;
  scale: ScaleLevel[];
  key: KeyEntry[];
  domains: Domain[];
}
