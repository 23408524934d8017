import { listBenchmarks } from '../../src/framework';
import { sheetAnalysis } from '../support/sidebar-fixtures';
import { flatText } from '../support/sidebar-harness';
import { syntheticFramework } from '../support/synthetic-framework';
import { useSidebars } from '../support/sidebar-session';

const openSidebar = useSidebars();

const COUNT = 2000;

/** 2,000 benchmarks, every one rated 1, so every one is flagged. */
function allFlagged() {
  const framework = syntheticFramework(COUNT);
  const ratings = Object.fromEntries(
    listBenchmarks(framework).map((benchmark) => [benchmark.id, 1]),
  );
  return sheetAnalysis({ framework, ratings });
}

test('shows every one of 2,000 flagged benchmarks as a button', async () => {
  const analysis = allFlagged();
  const sidebar = await openSidebar({
    getGapAnalysis: [{ value: analysis }],
  });
  await sidebar.idle();
  const list = sidebar.page.locator('section:has(> .items-flagged)');
  const buttons = list.locator('button');

  expect(await list.locator('h2').innerText()).toBe('Flagged low (2000)');
  expect(await list.locator('p').innerText()).toMatch(
    /^2000 benchmarks rated 2 or lower, lowest first\./,
  );
  expect(await buttons.count()).toBe(COUNT);
  const last = analysis.flagged.at(-1);
  expect(await flatText(buttons.last())).toBe(
    `rating 1 12th grade · Know ${last?.text} Rated 1 in ${last?.cell}`,
  );
  expect(await sidebar.visibleText()).toContain(
    '2000 of 2000 benchmarks rated',
  );
  expect(sidebar.pageErrors).toEqual([]);
  await sidebar.close();
});
