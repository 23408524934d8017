import type { CellValue, Worksheet } from 'exceljs';
import type { SheetAnalysis } from '../../src/addon/server-api';
import { DEFAULT_FRAMEWORK, listBenchmarks } from '../../src/framework';
import { FIELDS } from '../../src/inventory';
import { expectBuiltCli, tempDir } from '../support/cli-run';
import {
  analyzeJson,
  fillField,
  firstSheet,
  openXlsx,
  rate,
} from '../support/cli-workbook';
import { expectedView } from '../support/summary-expected';
import { RATING_CASES, valuesReading } from '../support/summary-ratings';
import type { SummaryView } from '../support/summary-view';
import {
  computedViews,
  createInventory,
  saveInventory,
  type SavedInventory,
} from '../support/summary-workbook';

interface Mix {
  name: string;
  /** Typed into the benchmarks in framework order, over and over. */
  ratings: CellValue[];
  threshold?: { value: CellValue; uses: number; note: string };
}

const NOT_USABLE = 'Not 1-4: 2 is used';
const IDS = listBenchmarks(DEFAULT_FRAMEWORK).map((b) => b.id);
const EVERY_CASE = RATING_CASES.map((c) => c.value);
const VALID = valuesReading(1, 2, 3, 4, 5);

/** The cases from `start` on, then the first ones: with 20 benchmarks,
 *  each start puts different cells in each grade. */
const from = (start: number) => [
  ...EVERY_CASE.slice(start),
  ...EVERY_CASE.slice(0, start),
];

const MIXES: Mix[] = [
  { name: 'all blank', ratings: [] },
  { name: 'valid, invalid and blank cells', ratings: EVERY_CASE },
  {
    name: 'the rest of the cells, threshold 3',
    ratings: from(20),
    threshold: { value: 3, uses: 3, note: '' },
  },
  { name: 'everything rated', ratings: VALID },
  {
    name: "threshold 'high' (2 is used)",
    ratings: from(7),
    threshold: { value: 'high', uses: 2, note: NOT_USABLE },
  },
  {
    name: 'threshold 9 (2 is used)',
    ratings: from(13),
    threshold: { value: 9, uses: 2, note: NOT_USABLE },
  },
  {
    name: "threshold ' 4 ' typed as text",
    ratings: VALID,
    threshold: { value: ' 4 ', uses: 4, note: '' },
  },
  {
    name: 'threshold 2.9999999999999996, shown as 3 (2 is used)',
    ratings: from(9),
    threshold: { value: 2.9999999999999996, uses: 2, note: NOT_USABLE },
  },
  {
    name: 'threshold cell emptied (2 is used)',
    ratings: from(3),
    threshold: { value: null, uses: 2, note: NOT_USABLE },
  },
];

let saved: SavedInventory[];
let analyses: SheetAnalysis[];
let views: SummaryView[];

beforeAll(async () => {
  expectBuiltCli();
  const dir = tempDir('summary-ratings');
  const created = await createInventory(dir);
  saved = await Promise.all(
    MIXES.map(async (mix, index) => {
      const workbook = await openXlsx(created);
      fill(firstSheet(workbook), mix);
      return saveInventory(workbook, dir, `mix-${index + 1}`);
    }),
  );
  analyses = await Promise.all(saved.map((s) => analyzeJson(s.file)));
  views = await computedViews(
    saved.map((s) => s.file),
    dir,
  );
});

/** Types the mix's ratings and threshold, as a team would. */
function fill(sheet: Worksheet, mix: Mix) {
  const { ratings, threshold } = mix;
  if (ratings.length > 0) {
    rate(
      sheet,
      Object.fromEntries(IDS.map((id, i) => [id, ratings[i % ratings.length]])),
    );
  }
  if (threshold) {
    const { label, offset } = FIELDS.threshold;
    fillField(sheet, label, threshold.value, offset);
  }
}

test.each(MIXES.map((mix, index) => [mix.name, index] as const))(
  '%s: LibreOffice shows the figures of analyze --json',
  (_name, index) => {
    const mix = MIXES[index];
    const analysis = analyses[index];
    const inventory = saved[index];
    if (!mix || !analysis || !inventory) throw new Error('not prepared');
    expect(analysis.threshold).toBe(mix.threshold?.uses ?? 2);
    const note = mix.threshold?.note ?? '';
    expect(views[index]).toEqual(
      expectedView(analysis, inventory.rows, DEFAULT_FRAMEWORK, note),
    );
  },
);
