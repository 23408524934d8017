import {
  PARTLY_RATED,
  sheetAnalysis,
  SHEET,
} from '../support/sidebar-fixtures';
import { type Script, type Sidebar } from '../support/sidebar-harness';
import { useSidebars } from '../support/sidebar-session';

const openSidebar = useSidebars();

let sidebar: Sidebar;

async function loaded(script: Script): Promise<Sidebar> {
  sidebar = await openSidebar(script);
  await sidebar.idle();
  return sidebar;
}

function gapTexts(): Promise<string[]> {
  return sidebar.page.locator('.items-flagged .chip').allTextContents();
}

test('the labelled choice offers 1-4 and shows the stored threshold', async () => {
  await loaded({
    getGapAnalysis: [
      { value: sheetAnalysis({ ...PARTLY_RATED, threshold: 3 }) },
    ],
  });
  const select = sidebar.page.getByLabel('Flag at or below');
  expect(await select.inputValue()).toBe('3');
  expect(await select.locator('option').allInnerTexts()).toEqual([
    '1',
    '2',
    '3',
    '4',
  ]);
  expect(await gapTexts()).toHaveLength(8);
});

test('choosing a threshold stores it and shows the analysis it returns', async () => {
  const after = sheetAnalysis({ ...PARTLY_RATED, threshold: 1 });
  await loaded({
    getGapAnalysis: [{ value: sheetAnalysis(PARTLY_RATED) }],
    setThreshold: [{ value: after, hold: true }],
  });
  const select = sidebar.page.getByLabel('Flag at or below');
  await select.selectOption('1');
  expect(await select.isDisabled()).toBe(true);
  expect(await sidebar.page.innerText('#status')).toBe('Saving the threshold…');

  await sidebar.release();
  await sidebar.idle();
  expect((await sidebar.calls()).at(-1)).toEqual({
    name: 'setThreshold',
    args: [1, SHEET],
  });
  expect(await select.inputValue()).toBe('1');
  expect(await gapTexts()).toEqual(['rating 1', 'rating 1']);
  expect(await sidebar.visibleText()).toContain(
    '2 benchmarks rated 1 or lower',
  );
});

test('a failed change shows why and goes back to the stored threshold', async () => {
  await loaded({
    getGapAnalysis: [{ value: sheetAnalysis(PARTLY_RATED) }],
    setThreshold: [{ error: 'This inventory has no threshold cell.' }],
  });
  const select = sidebar.page.getByLabel('Flag at or below');
  await select.selectOption('4');
  await sidebar.idle();
  expect(await sidebar.page.getByRole('alert').innerText()).toContain(
    'This inventory has no threshold cell.',
  );
  expect(await select.inputValue()).toBe('2');
});

test('a bad threshold cell is reported and 2 is shown', async () => {
  await loaded({
    getGapAnalysis: [
      { value: sheetAnalysis({ ...PARTLY_RATED, threshold: 'seven' }) },
    ],
  });
  expect(await sidebar.page.getByLabel('Flag at or below').inputValue()).toBe(
    '2',
  );
  expect(await sidebar.visibleText()).toContain(
    'The threshold cell C6 holds "seven", not a whole number from 1 to 4',
  );
});

test('Refresh reads the ratings again and shows them', async () => {
  const rated = { ...PARTLY_RATED.ratings, 'ced-12-s2': 1, 'ced-12-s3': 5 };
  await loaded({
    getGapAnalysis: [
      { value: sheetAnalysis(PARTLY_RATED) },
      { value: sheetAnalysis({ ...PARTLY_RATED, ratings: rated }) },
    ],
  });
  await sidebar.page.getByRole('button', { name: 'Refresh' }).click();
  await sidebar.idle();
  expect((await sidebar.calls()).at(-1)).toEqual({
    name: 'getGapAnalysis',
    args: [],
  });
  expect(await sidebar.visibleText()).toContain('16 of 20 benchmarks rated');
  expect(await gapTexts()).toHaveLength(6);
});
