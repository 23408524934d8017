import { PARTLY_RATED, sheetAnalysis } from '../support/sidebar-fixtures';
import {
  SIDEBAR_VIEWPORT,
  type Script,
  type Sidebar,
} from '../support/sidebar-harness';
import { useSidebars } from '../support/sidebar-session';

const openSidebar = useSidebars();

const URL = `https://example.org/${'inventory/'.repeat(20)}`;
const LONG_NAME = 'Lincoln_Middle_School_'.repeat(8);

let sidebar: Sidebar;

/** The fixture with long unbroken text in every string from the sheet. */
function longWords() {
  const analysis = sheetAnalysis({
    ...PARTLY_RATED,
    school: LONG_NAME,
    schoolYear: URL,
    ratings: { ...PARTLY_RATED.ratings, 'ced-9-k1': URL },
  });
  return {
    ...analysis,
    sheet: LONG_NAME,
    warnings: [...analysis.warnings, `Look at ${URL}`],
  };
}

/** How wide the page is, and whether it can scroll sideways. */
async function pageWidth(script: Script): Promise<number> {
  sidebar = await openSidebar(script);
  await sidebar.idle();
  return sidebar.page.evaluate(() => document.documentElement.scrollWidth);
}

test('long unbroken sheet text wraps: the page never scrolls sideways', async () => {
  const width = await pageWidth({ getGapAnalysis: [{ value: longWords() }] });
  expect(await sidebar.visibleText()).toContain(`holds '${URL}'`);
  expect(width).toBeLessThanOrEqual(SIDEBAR_VIEWPORT.width);
});

test('a long error message wraps too', async () => {
  const width = await pageWidth({
    getGapAnalysis: [{ error: `No sheet named ${LONG_NAME} at ${URL}.` }],
  });
  expect(await sidebar.page.getByRole('alert').innerText()).toContain(URL);
  expect(width).toBeLessThanOrEqual(SIDEBAR_VIEWPORT.width);
});
