import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue } from 'exceljs';
import type { SheetAnalysis } from '../../src/addon/server-api';
import {
  DEFAULT_FRAMEWORK,
  listBenchmarks,
  type Domain,
  type Framework,
} from '../../src/framework';
import { expectBuiltCli, tempDir } from '../support/cli-run';
import {
  analyzeJson,
  firstSheet,
  headerColumns,
  openXlsx,
  rate,
} from '../support/cli-workbook';
import { sortRows } from '../support/sheet-edits';
import { expectedView } from '../support/summary-expected';
import { RATING_CASES } from '../support/summary-ratings';
import type { SummaryView } from '../support/summary-view';
import {
  computedViews,
  createInventory,
  endRow,
  saveInventory,
  type SavedInventory,
} from '../support/summary-workbook';
import { syntheticFramework } from '../support/synthetic-framework';

interface Case {
  name: string;
  framework: Framework;
  /** Sorts every body row in reverse before saving. */
  reversed?: boolean;
}

const SYNTHETIC = syntheticFramework(200);
const TWO_DOMAINS: Framework = {
  ...DEFAULT_FRAMEWORK,
  version: 'two-domains',
  domains: [
    ...DEFAULT_FRAMEWORK.domains,
    ...DEFAULT_FRAMEWORK.domains.map(copy),
  ],
};
const CASES: Case[] = [
  {
    name: '200 synthetic benchmarks, every kind of cell',
    framework: SYNTHETIC,
  },
  {
    name: 'the same 200 rows sorted in reverse',
    framework: SYNTHETIC,
    reversed: true,
  },
  {
    name: 'two domains, each with its own section rows',
    framework: TWO_DOMAINS,
  },
];

/** A second domain with the wording of the first and its own ids. */
function copy(domain: Domain): Domain {
  const renamed = (id: string) => id.replace(/^[a-z0-9]+-/, 'two-');
  return {
    id: 'two',
    name: 'Another domain',
    grades: domain.grades.map((grade) => ({
      ...grade,
      sections: grade.sections.map((section) => ({
        ...section,
        benchmarks: section.benchmarks.map((b) => ({
          ...b,
          id: renamed(b.id),
        })),
      })),
    })),
  };
}

/** Every case of RATING_CASES over and over, in framework order. */
function ratings(framework: Framework): Record<string, CellValue> {
  const ids = listBenchmarks(framework).map((b) => b.id);
  return Object.fromEntries(
    ids.map((id, i) => [id, RATING_CASES[i % RATING_CASES.length]?.value]),
  );
}

let saved: SavedInventory[];
let analyses: SheetAnalysis[];
let views: SummaryView[];

beforeAll(async () => {
  expectBuiltCli();
  const dir = tempDir('summary-frameworks');
  const prepared = await Promise.all(
    CASES.map((item, index) => prepare(item, dir, `case-${index + 1}`)),
  );
  saved = prepared.map((p) => p.saved);
  analyses = prepared.map((p) => p.analysis);
  views = await computedViews(
    saved.map((s) => s.file),
    dir,
  );
});

/** Creates, rates (and sorts) an inventory of the case's framework. */
async function prepare(item: Case, dir: string, name: string) {
  const framework = join(dir, `${name}.json`);
  writeFileSync(framework, JSON.stringify(item.framework));
  const created = await createInventory(tempDir(name), framework);
  const workbook = await openXlsx(created);
  const sheet = firstSheet(workbook);
  rate(sheet, ratings(item.framework));
  if (item.reversed) {
    const header = headerColumns(sheet).row;
    sortRows(sheet, header + 1, endRow(sheet) - 1, (row) => -row.number);
  }
  const saved = await saveInventory(workbook, dir, name);
  const analysis = await analyzeJson(saved.file, '--framework', framework);
  return { saved, analysis };
}

test.each(CASES.map((item, index) => [item.name, index] as const))(
  '%s: LibreOffice shows the figures of analyze --json',
  (_name, index) => {
    const item = CASES[index];
    const analysis = analyses[index];
    const inventory = saved[index];
    if (!item || !analysis || !inventory) throw new Error('not prepared');
    expect(analysis.overall.total).toBe(listBenchmarks(item.framework).length);
    expect(views[index]).toEqual(
      expectedView(analysis, inventory.rows, item.framework, ''),
    );
  },
);
