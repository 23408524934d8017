import type { Browser } from 'playwright-core';
import {
  launchChromium,
  openSidebar,
  type Script,
  type Sidebar,
  type SidebarOptions,
} from './sidebar-harness';

/**
 * One Chromium for a test file; every sidebar a test opens is closed after
 * that test. Call it at the top of the file; it returns how to open one.
 */
export function useSidebars(): (
  script: Script,
  options?: SidebarOptions,
) => Promise<Sidebar> {
  let browser: Browser | null = null;
  const open: Sidebar[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((sidebar) => sidebar.close()));
  });
  return async (script, options) => {
    if (!browser) throw new Error('Call useSidebars() at the top of the file.');
    const sidebar = await openSidebar(browser, script, options);
    open.push(sidebar);
    return sidebar;
  };
}
