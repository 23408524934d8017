import {
  PARTLY_RATED,
  sheetAnalysis,
  SHEET,
} from '../support/sidebar-fixtures';
import { type Script, type Sidebar } from '../support/sidebar-harness';
import { useSidebars } from '../support/sidebar-session';

const openSidebar = useSidebars();

let sidebar: Sidebar;

async function sidebarWith(script: Script): Promise<void> {
  sidebar = await openSidebar(script);
}

test('Try again asks again and shows the analysis once it comes', async () => {
  await sidebarWith({
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
  await sidebarWith({
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

test('Refresh lets the server choose the inventory; clicks go where it read', async () => {
  const other = { ...sheetAnalysis(PARTLY_RATED), sheet: 'Other team' };
  await sidebarWith({
    getGapAnalysis: [{ value: sheetAnalysis(PARTLY_RATED) }, { value: other }],
    selectBenchmark: [{ value: 'E16' }],
    setThreshold: [{ value: { ...other, threshold: 3 } }],
  });
  await sidebar.idle();
  await sidebar.page.getByRole('button', { name: 'Refresh' }).click();
  await sidebar.idle();
  expect(await sidebar.visibleText()).toContain('Sheet: Other team');

  await sidebar.page.locator('.items-flagged button').first().click();
  await sidebar.idle();
  await sidebar.page.getByLabel('Flag at or below').selectOption('3');
  await sidebar.idle();
  expect(await sidebar.calls()).toEqual([
    { name: 'getGapAnalysis', args: [] },
    { name: 'getGapAnalysis', args: [] },
    { name: 'selectBenchmark', args: ['ced-8-s1', 'Other team'] },
    { name: 'setThreshold', args: [3, 'Other team'] },
  ]);
});

test('after a failed read, Try again lets the server choose again', async () => {
  const renamed = `There is no sheet named "${SHEET}" any more.`;
  await sidebarWith({
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
    { name: 'getGapAnalysis', args: [] },
    { name: 'getGapAnalysis', args: [] },
  ]);
  expect(await sidebar.page.getByRole('alert').isVisible()).toBe(false);
});

test('after Try again by keyboard, the focus lands on Refresh', async () => {
  await sidebarWith({
    getGapAnalysis: [
      { error: 'Google Sheets is busy.' },
      { value: sheetAnalysis(PARTLY_RATED) },
    ],
  });
  await sidebar.idle();
  await sidebar.page.getByRole('button', { name: 'Try again' }).focus();
  await sidebar.page.keyboard.press('Enter');
  await sidebar.idle();

  const focused = () =>
    sidebar.page.evaluate(() => document.activeElement?.textContent?.trim());
  expect(await focused()).toBe('Refresh');
  await sidebar.page.keyboard.press('Shift+Tab');
  expect(await focused()).toBe('1234');
});
