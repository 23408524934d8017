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
  /** The analysis on screen. */
  analysis: SheetAnalysis | null;
  /** Where Refresh reads; null lets the server choose the inventory. */
  sheet: string | null;
}

/** Wires the threshold choice and Refresh, then loads the analysis. */
export function startSidebar(view: SidebarView): void {
  const sidebar: Sidebar = {
    view,
    busy: createBusy(view),
    analysis: null,
    sheet: null,
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
 * Reads the sheet on screen again. Before the first answer, and after a
 * failure (the sheet may have been renamed or deleted), the server picks the
 * inventory: the active one, else the newest.
 */
function load(sidebar: Sidebar): void {
  const sheet = sidebar.sheet;
  const args: ServerArgs<'getGapAnalysis'> =
    sheet === null ? [] : [{ sheetName: sheet }];
  sidebar.sheet = null;
  request(sidebar, 'getGapAnalysis', args, 'Loading the gap analysis…', (a) =>
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
  const retry =
    name === 'getGapAnalysis'
      ? () => load(sidebar)
      : () => request(sidebar, name, args, waiting, done);
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
  sidebar.sheet = next.sheet;
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
