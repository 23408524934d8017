import { el } from './dom';

/** Users signed in to several Google accounts often get permission errors. */
export const MULTI_ACCOUNT_HINT =
  'If you are signed in to more than one Google account, sign out of the ' +
  'others or open the sheet in a private window, then try again.';

const UNKNOWN_FAILURE = 'Something went wrong, and Google gave no reason.';

/** The message of whatever a failure handler received. */
export function errorText(error: unknown): string {
  const message =
    error instanceof Error
      ? error.message
      : typeof error === 'string'
        ? error
        : messageField(error);
  return message.trim() === '' ? UNKNOWN_FAILURE : message;
}

function messageField(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' ? message : '';
}

/** A failure as a person reads it, with a button that repeats the call. */
export function renderError(error: unknown, retry: () => void): HTMLElement[] {
  const button = el(
    'button',
    { className: 'action', attrs: { type: 'button' } },
    ['Try again'],
  );
  button.addEventListener('click', retry);
  return [
    el('p', { className: 'error-message' }, [errorText(error)]),
    el('p', {}, [MULTI_ACCOUNT_HINT]),
    button,
  ];
}
