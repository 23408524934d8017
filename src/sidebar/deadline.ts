import type { ServerHandlers } from './server';

/**
 * How long the page waits for a server call. Apps Script itself gives up
 * only after six minutes; a person waiting at a spinner gives up far sooner.
 */
export const SERVER_TIMEOUT_MS = 60_000;

/** The failure a call ends with when no answer came in time. */
export const NO_ANSWER = 'Google Sheets did not answer in time. Try again.';

/**
 * Handlers that end a call at the first of its answer, its failure and the
 * time-out. Whatever comes after is dropped: a late answer must not replace
 * what the page shows by then, nor end the wait of a newer call.
 */
export function withDeadline<T>(
  handlers: ServerHandlers<T>,
  ms = SERVER_TIMEOUT_MS,
): ServerHandlers<T> {
  let ended = false;
  const end = (finish: () => void) => {
    if (ended) return;
    ended = true;
    clearTimeout(timer);
    finish();
  };
  const timer = setTimeout(
    () => end(() => handlers.onFailure(new Error(NO_ANSWER))),
    ms,
  );
  return {
    onSuccess: (value) => end(() => handlers.onSuccess(value)),
    onFailure: (error) => end(() => handlers.onFailure(error)),
  };
}
