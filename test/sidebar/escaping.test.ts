import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SheetAnalysis } from '../../src/addon/server-api';
import type { Item } from '../../src/inventory/types';
import { PARTLY_RATED, sheetAnalysis } from '../support/sidebar-fixtures';
import { type Sidebar } from '../support/sidebar-harness';
import { useSidebars } from '../support/sidebar-session';

const openSidebar = useSidebars();

const IMG = '<img src=x onerror="window.__pwned=1">';
const TOM = 'Tom & Jerry <b>';

/** A field's text with markup in it, named so the test can find it. */
function marked(field: string): string {
  return `${field} ${TOM} ${IMG}`;
}

let sidebar: Sidebar;

/** The fixture with markup in every string the page shows. */
function markedUp(): SheetAnalysis {
  const analysis = sheetAnalysis(PARTLY_RATED);
  const text = <T extends Item>(item: T, i: number) => ({
    ...item,
    text: marked(`text ${item.id}`),
    cell: item.cell === null ? null : marked(`cell ${i}`),
  });
  return {
    ...analysis,
    framework: { ...analysis.framework, name: marked('framework') },
    school: marked('school'),
    schoolYear: marked('year'),
    sheet: marked('sheet'),
    flagged: analysis.flagged.map(text),
    unrated: analysis.unrated.map(text),
    invalid: analysis.invalid.map((item, i) => ({
      ...text(item, i),
      value: marked('value'),
    })),
    warnings: [marked('warning')],
  };
}

test('markup from the sheet shows as text and never becomes an element', async () => {
  const analysis = markedUp();
  sidebar = await openSidebar({
    getGapAnalysis: [{ value: analysis }],
  });
  await sidebar.idle();
  const page = sidebar.page;

  const text = await sidebar.visibleText();
  const items = [...analysis.flagged, ...analysis.unrated];
  for (const literal of [
    `${marked('framework')}`,
    `${marked('school')} · ${marked('year')}`,
    `Sheet: ${marked('sheet')}`,
    `${marked('cell 0')} holds '${marked('value')}'`,
    marked('warning'),
    ...items.map((item) => marked(`text ${item.id}`)),
  ]) {
    expect(text).toContain(literal);
  }
  expect(await page.locator('main :is(img, b)').count()).toBe(0);
  expect(await page.evaluate('window.__pwned')).toBeUndefined();
  expect(sidebar.requests).toEqual([]);
  expect(sidebar.pageErrors).toEqual([]);
});

test('an error message with markup shows as text', async () => {
  sidebar = await openSidebar({
    getGapAnalysis: [{ error: `Sheet ${marked('name')} is not here.` }],
  });
  await sidebar.idle();
  expect(await sidebar.page.getByRole('alert').innerText()).toContain(
    `Sheet ${marked('name')} is not here.`,
  );
  expect(await sidebar.page.locator('main :is(img, b)').count()).toBe(0);
  expect(await sidebar.page.evaluate('window.__pwned')).toBeUndefined();
});

test('no source file writes markup into a page', () => {
  const src = path.resolve(__dirname, '../../src');
  const offenders = sourceFiles(src).filter((file) =>
    /innerHTML|outerHTML|insertAdjacentHTML|document\.write/.test(
      readFileSync(file, 'utf8'),
    ),
  );
  expect(offenders).toEqual([]);
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|html)$/.test(entry.name) ? [full] : [];
  });
}
