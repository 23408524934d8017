import type { SectionKey } from './types';

/** How the source document introduces each section. */
export const SECTION_HEADINGS: Record<SectionKey, string> = {
  supported: 'students should be supported to:',
  know: 'students should know:',
  have: 'students should have:',
};

/** Short section names for columns, the sidebar and reports. */
export const SECTION_NAMES: Record<SectionKey, string> = {
  supported: 'Supported to',
  know: 'Know',
  have: 'Have',
};

/** The letter a section gives to benchmark ids (`ced-8-s1`). */
export const SECTION_LETTERS: Record<SectionKey, string> = {
  supported: 's',
  know: 'k',
  have: 'h',
};

/** "8th grade", "11th grade", "1st grade". */
export function gradeName(grade: number): string {
  return `${ordinal(grade)} grade`;
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
