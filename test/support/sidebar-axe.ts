import type { Page } from 'playwright-core';

const AXE_FILE = require.resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousAxeViolations(
  page: Page,
): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_FILE });
  // A string, not a function: coverage tools rewrite test code, and
  // rewritten functions cannot run in the page.
  const violations = (await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) =>
      r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')) })))`,
  )) as AxeViolation[];
  return violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
}
