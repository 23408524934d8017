import { ValueType, type Cell, type Row, type Worksheet } from 'exceljs';
import {
  gradeName,
  SECTION_KEYS,
  SECTION_LETTERS,
  SECTION_NAMES,
} from '../../src/framework';
import { FIELDS } from '../../src/inventory';
import { headerColumns } from './cli-workbook';

/** What a cell shows: text, a number, or `N of M rated`. */
export type Shown = string | number;

/**
 * The live figures of an inventory sheet as a person reads them once a
 * spreadsheet has computed it: the summary table by grade label and
 * heading, each section row's average and count, each benchmark row's
 * flag and meaning, and the threshold in use with its note.
 */
export interface SummaryView {
  threshold: { inUse: Shown; note: Shown };
  grades: Record<string, Record<string, Shown>>;
  sections: Record<string, { average: Shown; rated: Shown }>;
  benchmarks: Record<string, { flag: Shown; meaning: Shown }>;
}

const RATED_FORMAT = /^0" of (\d+) rated"$/;
const SECTION_PATTERN = /"([a-z0-9]+|\*)-(\d+)-([a-z])\*"/;

/** Reads the figures of an inventory sheet whose formulas were computed. */
export function readSummaryView(sheet: Worksheet): SummaryView {
  return {
    threshold: readThreshold(sheet),
    grades: readSummaryTable(sheet),
    ...readBody(sheet),
  };
}

/** A computed cell as shown; null when empty. An error shows its code. */
export function shown(cell: Cell): Shown | null {
  const value =
    cell.type === ValueType.Formula ? (cell.result ?? '') : cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'object' && 'error' in value) return value.error;
  if (typeof value === 'number') {
    const rated = RATED_FORMAT.exec(cell.numFmt ?? '');
    return rated ? `${value} of ${rated[1]} rated` : value;
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function readThreshold(sheet: Worksheet) {
  const label = findCell(sheet, FIELDS.threshold.label);
  const row = sheet.getRow(Number(label.row));
  const value = Number(label.col) + FIELDS.threshold.offset;
  const check = headerColumns(sheet).columns.get('Rating check') ?? 0;
  return {
    inUse: shown(row.getCell(check)) ?? '',
    note: shown(row.getCell(value + 1)) ?? '',
  };
}

/** The summary table: a row per grade label, a value per heading. */
function readSummaryTable(sheet: Worksheet) {
  const top = findCell(sheet, 'Summary');
  const headings = sheet.getRow(Number(top.row));
  const grades: SummaryView['grades'] = {};
  const header = headerColumns(sheet).row;
  for (let row = Number(top.row) + 1; row < header; row++) {
    const cells = sheet.getRow(row);
    const label = shown(cells.getCell(top.col));
    if (label === null) continue;
    grades[String(label)] = figures(headings, cells, Number(top.col));
  }
  return grades;
}

function figures(headings: Row, cells: Row, labelColumn: number) {
  const found: Record<string, Shown> = {};
  headings.eachCell((heading, column) => {
    const value = shown(cells.getCell(column));
    if (column === labelColumn || value === null) return;
    found[String(heading.value)] = value;
  });
  return found;
}

/** Section rows (known by the id pattern their formula averages) and
 *  benchmark rows (known by their id) below the header row. */
function readBody(sheet: Worksheet) {
  const { row: header, columns } = headerColumns(sheet);
  const column = (name: string) => columns.get(name) ?? 0;
  const sections: SummaryView['sections'] = {};
  const benchmarks: SummaryView['benchmarks'] = {};
  for (let number = header + 1; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    const rating = row.getCell(column('Rating (1-5)'));
    const id = row.getCell(column('Benchmark id')).value;
    const meaning = shown(row.getCell(column('What the rating means'))) ?? '';
    if (typeof id === 'string') {
      const flag = shown(row.getCell(column('Flag'))) ?? '';
      benchmarks[`${rating.address} ${id}`] = { flag, meaning };
      continue;
    }
    const section = sectionOf(rating);
    if (section === null) continue;
    sections[unused(sections, section)] = {
      average: shown(rating) ?? '',
      rated: meaning,
    };
  }
  return { sections, benchmarks };
}

/** "ced: 8th grade Supported to" for a section row's average formula. */
function sectionOf(rating: Cell): string | null {
  const match = SECTION_PATTERN.exec(rating.formula ?? '');
  if (!match) return null;
  const key = SECTION_KEYS.find((k) => SECTION_LETTERS[k] === match[3]);
  if (key === undefined) return null;
  return sectionLabel(match[1] ?? '', Number(match[2]), SECTION_NAMES[key]);
}

/** How the tests name the section a body row counts: its domain id (`*`
 *  for every domain), grade and name: "ced: 8th grade Supported to". */
export function sectionLabel(
  domain: string,
  grade: number,
  section: string,
): string {
  return `${domain}: ${gradeName(grade)} ${section}`;
}

/** The key, or "key #2" and on when rows repeat it, so a diff shows them. */
function unused(taken: object, key: string): string {
  let name = key;
  for (let n = 2; name in taken; n++) name = `${key} #${n}`;
  return name;
}

function findCell(sheet: Worksheet, text: string): Cell {
  let found: Cell | null = null;
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      if (found === null && cell.value === text) found = cell;
    });
  });
  if (found === null) throw new Error(`no cell "${text}"`);
  return found;
}
