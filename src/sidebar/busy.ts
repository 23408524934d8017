import type { SidebarView } from './view';

/** The loading state around a server call. */
export interface Busy {
  start(status: string): void;
  stop(status: string): void;
}

/**
 * While a call is under way every button and the threshold choice are off,
 * so a second click cannot race the first. Disabling drops keyboard focus,
 * so the control that had it gets it back when the call ends.
 */
export function createBusy(view: SidebarView): Busy {
  let focused: Element | null = null;
  return {
    start(status) {
      focused = document.activeElement;
      show(view, true, status);
    },
    stop(status) {
      show(view, false, status);
      restoreFocus(view, focused);
      focused = null;
    },
  };
}

/**
 * A control that is gone (Try again, removed with its error) hands the focus
 * to Refresh, so a keyboard user is not sent back to the top of the page.
 */
function restoreFocus(view: SidebarView, focused: Element | null): void {
  if (!(focused instanceof HTMLElement) || focused === document.body) return;
  const target = focused.isConnected ? focused : view.refresh;
  target.focus();
}

function show(view: SidebarView, busy: boolean, status: string): void {
  view.root.setAttribute('aria-busy', String(busy));
  view.spinner.hidden = !busy;
  view.status.textContent = status;
  for (const control of view.root.querySelectorAll('button, select')) {
    (control as HTMLButtonElement | HTMLSelectElement).disabled = busy;
  }
}
