import { PARTLY_RATED, sheetAnalysis } from '../support/sidebar-fixtures';
import { flatText, type Sidebar } from '../support/sidebar-harness';
import { useSidebars } from '../support/sidebar-session';

const openSidebar = useSidebars();

const NO_ANSWER = 'Google Sheets did not answer in time. Try again.';

let sidebar: Sidebar;

/** The sidebar on a fake clock, its answers held until released. */
async function waiting(answers: number): Promise<void> {
  const held = { value: sheetAnalysis(PARTLY_RATED), hold: true };
  sidebar = await openSidebar(
    { getGapAnalysis: Array.from({ length: answers }, () => held) },
    { fakeClock: true },
  );
}

/** What a person sees of the wait and its end. */
async function seen() {
  const page = sidebar.page;
  return {
    busy: await page.getAttribute('main', 'aria-busy'),
    spinner: await page.isVisible('#spinner'),
    refreshDisabled: await page.isDisabled('#refresh'),
    alert: await flatText(page.locator('#error')),
    analysis: await flatText(page.locator('#analysis')),
  };
}

const GAVE_UP = {
  busy: 'false',
  spinner: false,
  refreshDisabled: false,
  alert: expect.stringMatching(new RegExp(`^${NO_ANSWER} .* Try again$`)),
  analysis: '',
};

test('a call that never answers ends after a minute with Try again', async () => {
  await waiting(1);
  await sidebar.page.clock.fastForward(59_000);
  expect(await seen()).toMatchObject({ busy: 'true', spinner: true });

  await sidebar.page.clock.fastForward(1_000);
  expect(await seen()).toEqual(GAVE_UP);
  expect(await sidebar.page.isDisabled('#threshold')).toBe(true);
});

test('an answer after the time-out changes nothing on the page', async () => {
  await waiting(1);
  await sidebar.page.clock.fastForward('01:00');
  await sidebar.release();
  expect(await seen()).toEqual(GAVE_UP);
});

test('a late answer does not end the wait of Try again', async () => {
  await waiting(2);
  await sidebar.page.clock.fastForward('01:00');
  await sidebar.page.getByRole('button', { name: 'Try again' }).click();
  await sidebar.release();
  expect(await seen()).toMatchObject({
    busy: 'true',
    spinner: true,
    refreshDisabled: true,
    analysis: '',
  });

  await sidebar.release();
  await sidebar.idle();
  expect((await seen()).analysis).toContain('14 of 20 benchmarks rated');
});
