import type { DataValidation, Worksheet } from 'exceljs';
import {
  HIGHEST_RATING,
  HIGHEST_THRESHOLD,
  LOWEST_RATING,
  THRESHOLD_RANGE,
  type InventoryLayout,
} from '../inventory';

/** exceljs keeps a sheet's validations here, but its types leave it out. */
type WithValidations = Worksheet & {
  dataValidations: { add(address: string, rule: DataValidation): void };
};

// Excel repairs a file whose prompt or message is longer than this.
const MESSAGE_LIMIT = 255;

/** The rating dropdown on the rating cells, as one validation, and the
 *  whole-number rule of the threshold cell. */
export function addValidations(sheet: Worksheet, layout: InventoryLayout) {
  const { dataValidations } = sheet as WithValidations;
  const help = clip(layout.validation.helpText);
  const ratings = range(LOWEST_RATING, HIGHEST_RATING).join(',');
  const rating: DataValidation = {
    type: 'list',
    formulae: [`"${ratings}"`],
    allowBlank: true,
    showInputMessage: true,
    promptTitle: 'Rating',
    prompt: help,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Not a rating',
    error: help,
  };
  for (const [key, rule] of oneRuleOver(layout.ratingCells, rating)) {
    dataValidations.add(key, rule);
  }
  dataValidations.add(layout.thresholdCell, thresholdRule(layout));
}

/**
 * The validation entries that exceljs 4.4 writes as one rule over `cells`.
 * Its writer joins cell validations only into rectangles, so a rating
 * column broken by section rows would get a rule per run, overlapping where
 * row numbers gain a digit (it sorts addresses as text). A key that reads
 * as a range goes into `sqref` as it is, once the range from its first
 * cell to the end of its first `A:B` pair is marked done: so one key lists
 * every cell, and a twin key of that range only stands in for it.
 * test/cli/create.test.ts reads the sheet XML to hold exceljs to this.
 */
function oneRuleOver(
  cells: string[],
  rule: DataValidation,
): [string, DataValidation][] {
  const [first, ...rest] = cells;
  if (first === undefined) return [];
  if (rest.length === 0) return [[first, rule]];
  const parts = runs(rest);
  if (!parts.some(isPair)) {
    const last = parts.length - 1;
    parts[last] = `${parts[last]}:${parts[last]}`;
  }
  const pairEnd = (parts.find(isPair) ?? '').split(':')[1];
  return [
    [[first, ...parts].join(' '), rule],
    [`${first}:${pairEnd}`, rule],
  ];
}

function thresholdRule(layout: InventoryLayout): DataValidation {
  const help = clip(layout.validation.thresholdHelpText);
  return {
    type: 'whole',
    operator: 'between',
    formulae: [LOWEST_RATING, HIGHEST_THRESHOLD],
    allowBlank: true,
    showInputMessage: true,
    promptTitle: 'Flag threshold',
    prompt: help,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: `Not ${THRESHOLD_RANGE}`,
    error: help,
  };
}

/** `E17 E18 E20` as `E17:E18 E20`: rows that follow each other in a
 *  column make one range. */
function runs(cells: string[]): string[] {
  const parts: string[] = [];
  let start = cells[0] ?? '';
  let previous = start;
  for (const cell of cells.slice(1)) {
    if (follows(previous, cell)) {
      previous = cell;
      continue;
    }
    parts.push(start === previous ? start : `${start}:${previous}`);
    start = previous = cell;
  }
  parts.push(start === previous ? start : `${start}:${previous}`);
  return parts;
}

function follows(above: string, below: string): boolean {
  const a = /^([A-Z]+)(\d+)$/.exec(above);
  const b = /^([A-Z]+)(\d+)$/.exec(below);
  if (!a || !b) return false;
  return a[1] === b[1] && Number(b[2]) === Number(a[2]) + 1;
}

function isPair(part: string): boolean {
  return part.includes(':');
}

function range(low: number, high: number): number[] {
  return Array.from({ length: high - low + 1 }, (_, i) => low + i);
}

function clip(text: string): string {
  if (text.length <= MESSAGE_LIMIT) return text;
  return `${text.slice(0, MESSAGE_LIMIT - 1)}…`;
}
