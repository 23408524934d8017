import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { expectBuiltCli, REPO, runCli, tempDir } from '../support/cli-run';
import { launchChromium } from '../support/sidebar-harness';

const SAMPLE = join(REPO, 'examples', 'sample-rated-inventory.xlsx');
let browser: Browser;

beforeAll(async () => {
  expectBuiltCli();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
});

/** The text of each page of the report as Chromium prints it. */
async function printedPages(report: string): Promise<string[]> {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(report).href);
  const pdf = report.replace(/\.html$/, '.pdf');
  // Chromium's print dialog: Letter, with its default margins.
  const margin = '0.4in';
  await page.pdf({
    path: pdf,
    format: 'Letter',
    margin: { top: margin, bottom: margin, left: margin, right: margin },
  });
  await page.close();
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], {
    encoding: 'utf8',
  });
  return text.split('\f').filter((page) => page.trim() !== '');
}

test('printed, the first page goes on past the heading to the chart', async () => {
  const dir = tempDir('html-print');
  const result = await runCli(['analyze', SAMPLE, '--html', 'r.html'], dir);
  expect(result.code).toBe(0);
  const pages = await printedPages(join(dir, 'r.html'));
  expect(pages[0]).toContain('PaCE gap analysis');
  expect(pages[0]).toContain('Average rating by grade');
  expect(pages[0]).toMatch(/8th grade +3\.50 +2 of 3 rated/);
  expect(pages).toHaveLength(2);
});
