import { PARTLY_RATED, sheetAnalysis } from '../support/sidebar-fixtures';
import { flatText, type Sidebar } from '../support/sidebar-harness';
import { seriousAxeViolations } from '../support/sidebar-axe';
import { useSidebars } from '../support/sidebar-session';

const openSidebar = useSidebars();

const MULTI_ACCOUNT =
  'If you are signed in to more than one Google account, sign out of the ' +
  'others or open the sheet in a private window, then try again.';
const NO_INVENTORY =
  'No PaCE inventory in this spreadsheet yet. Create one first with ' +
  'Extensions > PaCE Inventory > Create inventory.';

/** What the loading state looks like from outside. */
async function loadingState(sidebar: Sidebar) {
  const page = sidebar.page;
  return {
    busy: await page.getAttribute('main', 'aria-busy'),
    spinner: await page.isVisible('#spinner'),
    status: await page.innerText('#status'),
    refreshDisabled: await page.isDisabled('#refresh'),
    thresholdDisabled: await page.isDisabled('#threshold'),
  };
}

test('while the first answer is awaited: busy, spinner, status, controls off', async () => {
  const analysis = sheetAnalysis(PARTLY_RATED);
  const sidebar = await openSidebar({
    getGapAnalysis: [{ value: analysis, hold: true }],
  });
  expect(await loadingState(sidebar)).toEqual({
    busy: 'true',
    spinner: true,
    status: 'Loading the gap analysis…',
    refreshDisabled: true,
    thresholdDisabled: true,
  });
  expect(await sidebar.page.getAttribute('.status', 'role')).toBe('status');

  await sidebar.release();
  await sidebar.idle();
  expect(await loadingState(sidebar)).toEqual({
    busy: 'false',
    spinner: false,
    status: expect.stringMatching(/^Read the ratings at .+\.$/),
    refreshDisabled: false,
    thresholdDisabled: false,
  });
});

test('while a refresh is under way every benchmark button is off too', async () => {
  const analysis = sheetAnalysis(PARTLY_RATED);
  const sidebar = await openSidebar({
    getGapAnalysis: [{ value: analysis }, { value: analysis, hold: true }],
  });
  await sidebar.idle();
  await sidebar.page.click('#refresh');
  const buttons = sidebar.page.locator('main button');
  const states = await buttons.evaluateAll((all) =>
    all.map((b) => (b as HTMLButtonElement).disabled),
  );
  expect(states.length).toBeGreaterThan(10);
  expect(states.every(Boolean)).toBe(true);

  await sidebar.release();
  await sidebar.idle();
  expect(await sidebar.page.isEnabled('.items-flagged button >> nth=0')).toBe(
    true,
  );
  expect(await sidebar.page.evaluate(() => document.activeElement?.id)).toBe(
    'refresh',
  );
});

test('nothing rated yet: a friendly message and no NaN, null or undefined', async () => {
  const sidebar = await openSidebar({
    getGapAnalysis: [{ value: sheetAnalysis() }],
  });
  await sidebar.idle();
  const text = await sidebar.visibleText();
  expect(text).toContain(
    'Nothing is rated yet. Enter 1-5 in the Rating column, then press Refresh.',
  );
  expect(text).toContain('0 of 20 benchmarks rated');
  expect(text).not.toContain('Flagged low');
  expect(await sidebar.page.locator('main').textContent()).not.toMatch(
    /NaN|null|undefined/,
  );
  expect(await seriousAxeViolations(sidebar.page)).toEqual([]);
});

test('a failure shows its message, the multi-account hint and Try again', async () => {
  const sidebar = await openSidebar({
    getGapAnalysis: [{ error: NO_INVENTORY }],
  });
  await sidebar.idle();
  const alert = sidebar.page.getByRole('alert');
  expect(await flatText(alert)).toBe(
    `${NO_INVENTORY} ${MULTI_ACCOUNT} Try again`,
  );
  expect(await loadingState(sidebar)).toMatchObject({
    busy: 'false',
    spinner: false,
    refreshDisabled: false,
    thresholdDisabled: true,
  });
  expect(await seriousAxeViolations(sidebar.page)).toEqual([]);
});

test('an answer the page cannot read ends in a message, not a spinner', async () => {
  const sidebar = await openSidebar({ getGapAnalysis: [{ value: null }] });
  await sidebar.idle();
  expect(await sidebar.page.getByRole('alert').innerText()).toContain(
    'This page could not show the answer',
  );
  expect(await sidebar.page.isVisible('#spinner')).toBe(false);
});

test('outside Google Sheets the page says how to open it', async () => {
  const sidebar = await openSidebar({});
  await sidebar.page.evaluate(() => {
    delete (window as { google?: unknown }).google;
  });
  await sidebar.page.click('#refresh');
  await sidebar.idle();
  expect(await sidebar.page.getByRole('alert').innerText()).toContain(
    'This page only works inside Google Sheets',
  );
});
