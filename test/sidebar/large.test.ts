import type { Browser } from 'playwright-core';
import { listBenchmarks } from '../../src/framework';
import { sheetAnalysis } from '../support/sidebar-fixtures';
import {
  launchChromium,
  measureRenderMs,
  openSidebar,
} from '../support/sidebar-harness';
import { syntheticFramework } from '../support/synthetic-framework';

const COUNT = 2000;

/** 2,000 benchmarks, every one rated 1, so every one is flagged. */
function allFlagged() {
  const framework = syntheticFramework(COUNT);
  const ratings = Object.fromEntries(
    listBenchmarks(framework).map((benchmark) => [benchmark.id, 1]),
  );
  return sheetAnalysis({ framework, ratings });
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

test('shows every one of 2,000 flagged benchmarks as a button', async () => {
  const analysis = allFlagged();
  expect(analysis.flagged).toHaveLength(COUNT);
  const sidebar = await openSidebar(browser, {
    getGapAnalysis: [{ value: analysis }],
  });
  await sidebar.idle();
  expect(await sidebar.page.locator('.items-flagged button').count()).toBe(
    COUNT,
  );
  expect(await sidebar.visibleText()).toContain(
    '2000 of 2000 benchmarks rated',
  );
  expect(sidebar.pageErrors).toEqual([]);
  await sidebar.close();
});

test('measureRenderMs times the synchronous render of an analysis', async () => {
  const ms = await measureRenderMs(allFlagged(), 3);
  expect(Number.isFinite(ms)).toBe(true);
  expect(ms).toBeGreaterThan(0);
});
