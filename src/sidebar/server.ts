import type { ServerApi } from '../addon/server-api';
import { withDeadline } from './deadline';

/** A server function the sidebar may call through `google.script.run`. */
export type ServerName = keyof ServerApi;
export type ServerArgs<K extends ServerName> = Parameters<ServerApi[K]>;
export type ServerResult<K extends ServerName> = ReturnType<ServerApi[K]>;

/** What happens when a server call ends; every call has both. */
export interface ServerHandlers<T> {
  onSuccess(value: T): void;
  onFailure(error: unknown): void;
}

type ServerCalls = { [K in ServerName]: (...args: ServerArgs<K>) => void };

/** The slice of Apps Script's `google.script.run` the sidebar uses. */
type ScriptRunner = ServerCalls & {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
};

interface ScriptGlobal {
  google?: { script?: { run?: ScriptRunner } };
}

const OUTSIDE_SHEETS =
  'This page only works inside Google Sheets: open it with Extensions > ' +
  'PaCE Inventory > Open gap analysis.';

/**
 * Calls a server function. The handlers run later, never during this call,
 * and exactly one of them runs, at the latest when the time-out ends the
 * wait; Apps Script gives no promise, and a render inside the success
 * handler keeps the page in step with the call.
 */
export function callServer<K extends ServerName>(
  name: K,
  args: ServerArgs<K>,
  callHandlers: ServerHandlers<ServerResult<K>>,
): void {
  const handlers = withDeadline(callHandlers);
  const runner = (globalThis as ScriptGlobal).google?.script?.run;
  if (!runner) {
    fail(handlers, new Error(OUTSIDE_SHEETS));
    return;
  }
  try {
    const configured: ServerCalls = runner
      .withSuccessHandler((value) =>
        handlers.onSuccess(value as ServerResult<K>),
      )
      .withFailureHandler((error) => handlers.onFailure(error));
    const call = configured[name];
    call.apply(configured, args);
  } catch (error) {
    fail(handlers, error);
  }
}

function fail(handlers: ServerHandlers<unknown>, error: unknown): void {
  setTimeout(() => handlers.onFailure(error), 0);
}
