import path from 'node:path';
import {
  chromium,
  type Browser,
  type Locator,
  type Page,
} from 'playwright-core';
import type { ServerApi } from '../../src/addon/server-api';
import { sidebarHtml } from './sidebar-build';

// Tests and `npm run bench` run from the project's folder.
const STUB_FILE = path.resolve('test/support/sidebar-stub.js');

/** Apps Script's sidebar is 300 px wide. */
export const SIDEBAR_VIEWPORT = { width: 300, height: 900 };

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type ServerName = keyof ServerApi;

const SERVER_FUNCTIONS: Record<ServerName, true> = {
  getGapAnalysis: true,
  selectBenchmark: true,
  setThreshold: true,
};

/**
 * One scripted answer of the stubbed `google.script.run`: a value for the
 * success handler, or the message of an Error for the failure handler.
 * `hold` keeps it back until `release()`, to look at the loading state.
 */
export type Scripted =
  { value: unknown; hold?: boolean } | { error: string; hold?: boolean };

/** Answers per server function, given in the order they are asked. */
export type Script = Partial<Record<ServerName, Scripted[]>>;

export interface ServerCall {
  name: ServerName;
  args: unknown[];
}

/** The sidebar in a page, with its stubbed server. */
export interface Sidebar {
  page: Page;
  /** Every server call the page made, with its arguments. */
  calls(): Promise<ServerCall[]>;
  enqueue(name: ServerName, ...answers: Scripted[]): Promise<void>;
  /** Delivers the oldest held answer. */
  release(): Promise<void>;
  /** Waits until no call is under way. */
  idle(): Promise<void>;
  /** The page's rendered text, white space collapsed (closed grades and
   *  hidden parts left out; screen-reader-only words included). */
  visibleText(): Promise<string>;
  /** URLs the page tried to fetch; all are refused. */
  requests: string[];
  pageErrors: string[];
  dialogs: string[];
  close(): Promise<void>;
}

/** Headless Debian Chromium, with nothing that reaches the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface SidebarOptions {
  /** Playwright's fake clock, so `page.clock` can jump over a timeout. */
  fakeClock?: boolean;
}

/** Opens the built sidebar with `google.script.run` answering from script. */
export async function openSidebar(
  browser: Browser,
  script: Script,
  options: SidebarOptions = {},
): Promise<Sidebar> {
  const html = sidebarHtml();
  const context = await browser.newContext({ viewport: SIDEBAR_VIEWPORT });
  if (options.fakeClock) await context.clock.install();
  const requests: string[] = [];
  await context.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await installStub(page, script);
  await page.setContent(html);
  return {
    page,
    calls: () => stub<ServerCall[]>(page, 'calls'),
    enqueue: (name, ...answers) => stub(page, 'enqueue', name, answers),
    release: () => stub(page, 'release'),
    idle: () => waitIdle(page),
    visibleText: () => flatText(page.locator('main')),
    requests,
    pageErrors,
    dialogs,
    close: () => context.close(),
  };
}

/** A locator's rendered text with white space collapsed, as read aloud. */
export async function flatText(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

/** Init scripts run on navigation, so the page first goes to about:blank. */
async function installStub(page: Page, script: Script): Promise<void> {
  const setup = { functions: Object.keys(SERVER_FUNCTIONS), queues: script };
  await page.addInitScript({
    content: `window.sidebarStubSetup = ${JSON.stringify(setup)};`,
  });
  await page.addInitScript({ path: STUB_FILE });
  await page.goto('about:blank');
}

/** Calls the page's stub by name: a string, so no test code runs there. */
function stub<T = void>(page: Page, method: string, ...args: unknown[]) {
  const list = args.map((a) => JSON.stringify(a)).join(', ');
  return page.evaluate(`window.sidebarStub.${method}(${list})`) as Promise<T>;
}

async function waitIdle(page: Page): Promise<void> {
  await page.waitForSelector('main[aria-busy="false"]', { state: 'attached' });
}
