import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { SheetAnalysis } from '../../src/addon/server-api';
import { PARTLY_RATED, sheetAnalysis } from '../support/sidebar-fixtures';
import {
  launchChromium,
  openSidebar,
  type Sidebar,
} from '../support/sidebar-harness';

const IMG = '<img src=x onerror=alert(1)>';
const TOM = 'Tom & Jerry <b>';
const SCRIPT = '<script>alert(2)</script>';

let browser: Browser;
let sidebar: Sidebar;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());
afterEach(() => sidebar.close());

/** The fixture with markup in every string that comes from the sheet. */
function markedUp(): SheetAnalysis {
  const analysis = sheetAnalysis(PARTLY_RATED);
  const [firstGap, ...gaps] = analysis.flagged;
  const [firstUnrated, ...unrated] = analysis.unrated;
  const [firstInvalid, ...invalid] = analysis.invalid;
  if (!firstGap || !firstUnrated || !firstInvalid) throw new Error('fixture');
  return {
    ...analysis,
    school: '<i>Lincoln</i>',
    schoolYear: SCRIPT,
    sheet: '<u>Inventory</u>',
    flagged: [{ ...firstGap, text: IMG }, ...gaps],
    unrated: [{ ...firstUnrated, text: TOM }, ...unrated],
    invalid: [{ ...firstInvalid, value: '<b>7</b>' }, ...invalid],
    warnings: [...analysis.warnings, '<em>look</em> & see'],
  };
}

test('markup from the sheet shows as text and never runs', async () => {
  sidebar = await openSidebar(browser, {
    getGapAnalysis: [{ value: markedUp() }],
  });
  await sidebar.idle();
  const text = await sidebar.visibleText();
  for (const literal of [
    IMG,
    TOM,
    `<i>Lincoln</i> · ${SCRIPT}`,
    'Sheet: <u>Inventory</u>',
    "holds '<b>7</b>'",
    '<em>look</em> & see',
  ]) {
    expect(text).toContain(literal);
  }
  const injected = sidebar.page.locator(
    '#analysis :is(img, b, i, u, em, script)',
  );
  expect(await injected.count()).toBe(0);
  expect(sidebar.dialogs).toEqual([]);
  expect(sidebar.pageErrors).toEqual([]);
});

test('an error message with markup shows as text', async () => {
  sidebar = await openSidebar(browser, {
    getGapAnalysis: [{ error: `Sheet ${IMG} is not an inventory.` }],
  });
  await sidebar.idle();
  expect(await sidebar.page.getByRole('alert').innerText()).toContain(
    `Sheet ${IMG} is not an inventory.`,
  );
  expect(await sidebar.page.locator('img').count()).toBe(0);
  expect(sidebar.dialogs).toEqual([]);
});

test('no source file writes markup into a page', () => {
  const src = path.resolve(__dirname, '../../src');
  const offenders = sourceFiles(src).filter((file) =>
    /innerHTML|outerHTML|insertAdjacentHTML|document\.write/.test(
      readFileSync(file, 'utf8'),
    ),
  );
  expect(offenders).toEqual([]);
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|html)$/.test(entry.name) ? [full] : [];
  });
}
