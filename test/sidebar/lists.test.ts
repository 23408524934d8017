import {
  benchmarkText,
  PARTLY_RATED,
  sheetAnalysis,
  SHEET,
} from '../support/sidebar-fixtures';
import { flatText, type Sidebar } from '../support/sidebar-harness';
import { useSidebars } from '../support/sidebar-session';

const openSidebar = useSidebars();

let sidebar: Sidebar;

beforeEach(async () => {
  sidebar = await openSidebar({
    getGapAnalysis: [{ value: sheetAnalysis(PARTLY_RATED) }],
    selectBenchmark: [{ value: 'E16' }, { value: 'E19' }, { value: 'E27' }],
  });
  await sidebar.idle();
});

test('lists the flagged benchmarks lowest first, with grade, section and rating', async () => {
  const gaps = sidebar.page.locator('.items-flagged button');
  const order = ['ced-8-s1', 'ced-10-s2', 'ced-8-k1', 'ced-9-s2', 'ced-11-s1'];
  expect(await gaps.locator('.item-text').allInnerTexts()).toEqual(
    order.map(benchmarkText),
  );
  expect(await flatText(gaps.first())).toBe(
    'rating 1 8th grade · Supported to complete a career cluster survey ' +
      'Rated 1 in E16',
  );
  expect(await sidebar.visibleText()).toContain(
    '5 benchmarks rated 2 or lower, lowest first.',
  );
});

test('a click or Enter or Space on a benchmark selects its rating cell', async () => {
  const gaps = sidebar.page.locator('.items-flagged button');
  await gaps.nth(0).click();
  await sidebar.idle();
  expect(await sidebar.page.locator('#status').innerText()).toBe(
    'Selected cell E16 in the sheet.',
  );

  await gaps.nth(2).focus();
  await sidebar.page.keyboard.press('Enter');
  await sidebar.idle();
  await gaps.nth(3).focus();
  await sidebar.page.keyboard.press('Space');
  await sidebar.idle();

  const selected = (await sidebar.calls()).slice(1);
  expect(selected).toEqual([
    { name: 'selectBenchmark', args: ['ced-8-s1', SHEET] },
    { name: 'selectBenchmark', args: ['ced-8-k1', SHEET] },
    { name: 'selectBenchmark', args: ['ced-9-s2', SHEET] },
  ]);
  expect(await gaps.nth(3).evaluate((b) => b === document.activeElement)).toBe(
    true,
  );
});

test('lists unrated benchmarks; one whose row is missing is not a button', async () => {
  const unrated = sidebar.page.locator('.items-unrated li');
  expect(await unrated.count()).toBe(5);
  expect(await sidebar.page.locator('.items-unrated button').count()).toBe(4);
  const missing = unrated.filter({ hasText: benchmarkText('ced-11-k2') });
  expect(await missing.locator('button').count()).toBe(0);
  expect(await missing.innerText()).toContain(
    'Its row is missing from the sheet.',
  );

  await unrated.filter({ hasText: benchmarkText('ced-10-k1') }).click();
  await sidebar.idle();
  expect((await sidebar.calls()).at(-1)).toEqual({
    name: 'selectBenchmark',
    args: ['ced-10-k1', SHEET],
  });
});

test('lists a cell that holds no rating, clickable like the others', async () => {
  const invalid = sidebar.page.locator('.items-invalid button');
  expect(await invalid.count()).toBe(1);
  expect(await invalid.innerText()).toContain("E21 holds 'abc'");
  await invalid.click();
  await sidebar.idle();
  expect((await sidebar.calls()).at(-1)?.args).toEqual(['ced-9-k1', SHEET]);
});

test('names the lists as the sheet and the report do, each with a hint', async () => {
  const lists = sidebar.page.locator('section:has(> ul.items)');
  const headings = await lists.locator('h2').allInnerTexts();
  const hints = await lists.locator('p.muted').allInnerTexts();
  expect(headings).toEqual([
    'Flagged low (5)',
    'Not valid (1)',
    'Not rated (5)',
  ]);
  expect(hints).toEqual([
    '5 benchmarks rated 2 or lower, lowest first. Select one to go to its row.',
    'Enter a whole number 1-5 in these cells. Select one to go to its row.',
    'No rating entered yet. Select one to go to its row.',
  ]);
});
