import type { Browser } from 'playwright-core';
import {
  PARTLY_RATED,
  sheetAnalysis,
  SHEET,
} from '../support/sidebar-fixtures';
import {
  launchChromium,
  openSidebar,
  type Script,
  type Sidebar,
} from '../support/sidebar-harness';

let browser: Browser;
let sidebar: Sidebar;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());
afterEach(() => sidebar.close());

async function sidebarWith(script: Script): Promise<Sidebar> {
  sidebar = await openSidebar(browser, script);
  return sidebar;
}

test('Try again asks again and shows the analysis once it comes', async () => {
  const sidebar = await sidebarWith({
    getGapAnalysis: [
      { error: 'Exception: You do not have permission to call getGapAnalysis' },
      { value: sheetAnalysis(PARTLY_RATED) },
    ],
  });
  await sidebar.idle();
  await sidebar.page.getByRole('button', { name: 'Try again' }).click();
  await sidebar.idle();

  expect(await sidebar.calls()).toEqual([
    { name: 'getGapAnalysis', args: [] },
    { name: 'getGapAnalysis', args: [] },
  ]);
  expect(await sidebar.page.getByRole('alert').isVisible()).toBe(false);
  expect(await sidebar.visibleText()).toContain('14 of 20 benchmarks rated');
});

test('a failed selection keeps the analysis and Try again repeats it', async () => {
  const sidebar = await sidebarWith({
    getGapAnalysis: [{ value: sheetAnalysis(PARTLY_RATED) }],
    selectBenchmark: [
      { error: 'Benchmark ced-8-s1 has no row. Press Refresh.' },
      { value: 'E16' },
    ],
  });
  await sidebar.idle();
  await sidebar.page.locator('.items-flagged button').first().click();
  await sidebar.idle();
  expect(await sidebar.page.getByRole('alert').innerText()).toContain(
    'Benchmark ced-8-s1 has no row. Press Refresh.',
  );
  expect(await sidebar.visibleText()).toContain('14 of 20 benchmarks rated');

  await sidebar.page.getByRole('button', { name: 'Try again' }).click();
  await sidebar.idle();
  const selections = (await sidebar.calls()).slice(1);
  expect(selections).toEqual([
    { name: 'selectBenchmark', args: ['ced-8-s1', SHEET] },
    { name: 'selectBenchmark', args: ['ced-8-s1', SHEET] },
  ]);
  expect(await sidebar.page.innerText('#status')).toBe(
    'Selected cell E16 in the sheet.',
  );
});

test('after the sheet is renamed, Try again lets the server choose the inventory', async () => {
  const renamed = `There is no sheet named "${SHEET}" any more. Was it renamed or deleted? Press Refresh to use the inventory you are on.`;
  const sidebar = await sidebarWith({
    getGapAnalysis: [
      { value: sheetAnalysis(PARTLY_RATED) },
      { error: renamed },
      { value: sheetAnalysis(PARTLY_RATED) },
    ],
  });
  await sidebar.idle();
  await sidebar.page.click('#refresh');
  await sidebar.idle();
  await sidebar.page.getByRole('button', { name: 'Try again' }).click();
  await sidebar.idle();

  expect(await sidebar.calls()).toEqual([
    { name: 'getGapAnalysis', args: [] },
    { name: 'getGapAnalysis', args: [{ sheetName: SHEET }] },
    { name: 'getGapAnalysis', args: [] },
  ]);
  expect(await sidebar.page.getByRole('alert').isVisible()).toBe(false);
});
