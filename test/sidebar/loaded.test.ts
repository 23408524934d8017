import { RATING_COLOURS } from '../../src/inventory/styles';
import {
  PARTLY_RATED,
  sheetAnalysis,
  SHEET,
} from '../support/sidebar-fixtures';
import { flatText, type Sidebar } from '../support/sidebar-harness';
import { sidebarHtml } from '../support/sidebar-build';
import { seriousAxeViolations } from '../support/sidebar-axe';
import { useSidebars } from '../support/sidebar-session';

const openSidebar = useSidebars();

let sidebar: Sidebar;

beforeEach(async () => {
  const analysis = sheetAnalysis(PARTLY_RATED);
  sidebar = await openSidebar({
    getGapAnalysis: [{ value: analysis }],
    selectBenchmark: [{ value: 'E16' }, { value: 'E19' }, { value: 'E27' }],
  });
  await sidebar.idle();
});

function gradeSummary(grade: string) {
  return sidebar.page.locator('summary').filter({ hasText: grade });
}

test('asks for the analysis once, with no options', async () => {
  expect(await sidebar.calls()).toEqual([{ name: 'getGapAnalysis', args: [] }]);
});

test('shows the inventory, how much is rated and the overall average', async () => {
  const text = await sidebar.visibleText();
  expect(text).toContain('Career Exploration and Development');
  expect(text).toContain('Lincoln Middle School · 2025-2026');
  expect(text).toContain(`Sheet: ${SHEET}`);
  expect(text).toContain('14 of 20 benchmarks rated');
  expect(await flatText(sidebar.page.locator('.overall'))).toBe(
    'Overall 14 of 20 benchmarks rated average 3.14',
  );
});

test('shows each grade average with two decimals and its rated count', async () => {
  const rows = await sidebar.page.locator('summary').allInnerTexts();
  expect(rows.map((row) => row.replace(/\s+/g, ' '))).toEqual([
    '8th grade 3 of 3 rated average 2.33',
    '9th grade 2 of 3 rated average 2.50',
    '10th grade 3 of 4 rated average 3.33',
    '11th grade 4 of 6 rated average 3.50',
    '12th grade 2 of 4 rated average 4.00',
  ]);
});

test('colours a grade bar by its rounded average, as long as the average', async () => {
  const fill = gradeSummary('9th grade').locator('.bar-fill');
  const style = await fill.evaluate((node) => ({
    colour: getComputedStyle(node).backgroundColor,
    width: (node as HTMLElement).style.width,
  }));
  expect(style).toEqual({ colour: rgb(RATING_COLOURS[2]), width: '50%' });
});

test('opens a grade to its sections, by mouse and by keyboard', async () => {
  const sections = sidebar.page.locator('details').first().locator('li');
  expect(await sections.first().isVisible()).toBe(false);

  await gradeSummary('8th grade').click();
  const texts = await sections.allInnerTexts();
  expect(texts.map((t) => t.replace(/\s+/g, ' '))).toEqual([
    'Supported to 2 of 2 rated average 2.50',
    'Know 1 of 1 rated average 2.00',
  ]);

  await gradeSummary('12th grade').focus();
  await sidebar.page.keyboard.press('Enter');
  expect(await sidebar.page.locator('details[open]').count()).toBe(2);
});

test('a missing average shows a dash and is read as "no ratings yet"', async () => {
  await gradeSummary('10th grade').click();
  const know = sidebar.page
    .locator('details')
    .filter({ has: gradeSummary('10th grade') })
    .locator('li')
    .filter({ hasText: 'Know' });
  expect(await know.ariaSnapshot()).toBe(
    '- listitem: Know 0 of 1 rated no ratings yet',
  );
  expect(await know.getByText('–', { exact: true }).isVisible()).toBe(true);
});

test('shows the warnings of the analysis', async () => {
  const warnings = sidebar.page.locator('.warnings');
  expect(await warnings.locator('h2').innerText()).toBe('Check the sheet');
  expect(await warnings.innerText()).toContain(
    '1 benchmark has no row in the sheet (deleted?)',
  );
});

test('the keyboard reaches the controls, the grades and the benchmarks', async () => {
  const reached: string[] = [];
  for (let press = 0; press < 9; press++) {
    await sidebar.page.keyboard.press('Tab');
    reached.push(
      await sidebar.page.evaluate(() => {
        const node = document.activeElement;
        return node ? `${node.tagName} ${node.textContent?.trim()}` : '';
      }),
    );
  }
  expect(reached.slice(0, 3)).toEqual([
    'SELECT 1234',
    'BUTTON Refresh',
    expect.stringMatching(/^SUMMARY 8th grade/),
  ]);
  expect(reached[7]).toMatch(/^BUTTON rating 1/);
});

test('shows no NaN, null or undefined, fetches nothing, throws nothing', async () => {
  const all = await sidebar.page.locator('main').textContent();
  expect(all).not.toMatch(/NaN|undefined|null/);
  expect(sidebar.requests).toEqual([]);
  expect(sidebar.pageErrors).toEqual([]);
});

test('the page is one self-contained file under 50 KB', () => {
  const html = sidebarHtml();
  expect(Buffer.byteLength(html)).toBeLessThan(50_000);
  expect(html).not.toMatch(/<link|<script src|@import|@font-face|https?:/i);
});

test('has no serious or critical accessibility violation', async () => {
  await gradeSummary('8th grade').click();
  expect(await seriousAxeViolations(sidebar.page)).toEqual([]);
});

function rgb(hex: string | undefined): string {
  const n = Number.parseInt((hex ?? '').slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
