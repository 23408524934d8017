import type { SheetAnalysis } from '../addon/server-api';
import {
  DEFAULT_THRESHOLD,
  HIGHEST_THRESHOLD,
  LOWEST_RATING,
} from '../inventory/rating';
import type { Item } from '../inventory/types';
import { createBusy, type Busy } from './busy';
import { renderAnalysis } from './render-analysis';
import { errorText, renderError } from './render-error';
import {
  callServer,
  type ServerArgs,
  type ServerName,
  type ServerResult,
} from './server';
import type { SidebarView } from './view';

interface Sidebar {
  view: SidebarView;
  busy: Busy;
  /** The analysis on screen; its sheet gets the clicks and the threshold. */
  analysis: SheetAnalysis | null;
}

/** Wires the threshold choice and Refresh, then loads the analysis. */
export function startSidebar(view: SidebarView): void {
  const sidebar: Sidebar = {
    view,
    busy: createBusy(view),
    analysis: null,
  };
  fillThresholds(view.threshold);
  view.refresh.addEventListener('click', () => load(sidebar));
  view.threshold.addEventListener('change', () => changeThreshold(sidebar));
  load(sidebar);
}

function fillThresholds(select: HTMLSelectElement): void {
  for (let n = LOWEST_RATING; n <= HIGHEST_THRESHOLD; n++) {
    select.add(new Option(String(n), String(n)));
  }
  select.value = String(DEFAULT_THRESHOLD);
}

/**
 * Reads an inventory. No sheet name: the server picks the active inventory,
 * else the newest (CONTRACT's rule), so Refresh follows the sheet the person
 * went to, and a renamed or deleted sheet cannot pin the page.
 */
function load(sidebar: Sidebar): void {
  request(sidebar, 'getGapAnalysis', [], 'Loading the gap analysis…', (a) =>
    show(sidebar, a, `Read the ratings at ${clockTime()}.`),
  );
}

function changeThreshold(sidebar: Sidebar): void {
  const analysis = sidebar.analysis;
  const threshold = Number(sidebar.view.threshold.value);
  if (!analysis || threshold === analysis.threshold) return;
  const args: ServerArgs<'setThreshold'> = [threshold, analysis.sheet];
  request(sidebar, 'setThreshold', args, 'Saving the threshold…', (a) =>
    show(sidebar, a, `Flagging ratings of ${a.threshold} or lower.`),
  );
}

function selectBenchmark(sidebar: Sidebar, sheet: string, item: Item): void {
  const waiting = `Going to the row of ${item.id}…`;
  request(sidebar, 'selectBenchmark', [item.id, sheet], waiting, (cell) =>
    cell ? `Selected cell ${cell} in the sheet.` : 'Selected its row.',
  );
}

/** One server call inside the loading state; `done` returns the status. */
function request<K extends ServerName>(
  sidebar: Sidebar,
  name: K,
  args: ServerArgs<K>,
  waiting: string,
  done: (value: ServerResult<K>) => string,
): void {
  const retry = () => request(sidebar, name, args, waiting, done);
  sidebar.busy.start(waiting);
  sidebar.view.error.replaceChildren();
  callServer(name, args, {
    onSuccess: (value) => succeed(sidebar, () => done(value), retry),
    onFailure: (error) => fail(sidebar, error, retry),
  });
}

function succeed(
  sidebar: Sidebar,
  done: () => string,
  retry: () => void,
): void {
  let status: string;
  try {
    status = done();
  } catch (error) {
    const reason = `This page could not show the answer: ${errorText(error)}`;
    fail(sidebar, new Error(reason), retry);
    return;
  }
  sidebar.busy.stop(status);
  syncThreshold(sidebar);
}

function fail(sidebar: Sidebar, error: unknown, retry: () => void): void {
  sidebar.busy.stop('');
  sidebar.view.error.replaceChildren(...renderError(error, retry));
  syncThreshold(sidebar);
}

/** Renders a new analysis; returns the status line that announces it. */
function show(sidebar: Sidebar, next: SheetAnalysis, status: string): string {
  const select = (item: Item) => selectBenchmark(sidebar, next.sheet, item);
  sidebar.view.content.replaceChildren(...renderAnalysis(next, select));
  sidebar.analysis = next;
  return status;
}

function clockTime(): string {
  return new Date().toLocaleTimeString([], {
    hour: 'numeric',
    minute: '2-digit',
  });
}

/** The choice shows the stored threshold, also after a failed change. */
function syncThreshold(sidebar: Sidebar): void {
  const select = sidebar.view.threshold;
  select.disabled = sidebar.analysis === null;
  select.value = String(sidebar.analysis?.threshold ?? DEFAULT_THRESHOLD);
}
