import type { SheetAnalysis } from '../../src/addon/server-api';
import { launchChromium, openSidebar } from './sidebar-harness';

// For `npm run bench` only: a time is no test of what a person sees.

/**
 * Median time, in ms, of the page's synchronous render of `analysis`: from
 * the stub calling the success handler to its return (the first load and
 * `runs` presses of Refresh).
 */
export async function measureRenderMs(
  analysis: SheetAnalysis,
  runs = 5,
): Promise<number> {
  const browser = await launchChromium();
  try {
    const answers = Array.from({ length: runs + 1 }, () => ({
      value: analysis,
    }));
    const sidebar = await openSidebar(browser, { getGapAnalysis: answers });
    await sidebar.idle();
    for (let run = 0; run < runs; run++) {
      await sidebar.page.click('#refresh');
      await sidebar.idle();
    }
    const times = await sidebar.page.evaluate('window.sidebarStub.renderMs()');
    return median(times as number[]);
  } finally {
    await browser.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) throw new Error('No render was measured.');
  if (sorted.length % 2 === 1) return sorted[middle] ?? 0;
  return ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
