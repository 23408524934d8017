/** The fixed elements of index.html that the script fills and wires. */
export interface SidebarView {
  /** The `<main>` landmark; its aria-busy tells a call is under way. */
  root: HTMLElement;
  threshold: HTMLSelectElement;
  refresh: HTMLButtonElement;
  spinner: HTMLElement;
  status: HTMLElement;
  error: HTMLElement;
  content: HTMLElement;
}

/** Finds the page's fixed elements; a missing one is a bug in index.html. */
export function findView(doc: Document): SidebarView {
  return {
    root: find(doc, 'sidebar', HTMLElement),
    threshold: find(doc, 'threshold', HTMLSelectElement),
    refresh: find(doc, 'refresh', HTMLButtonElement),
    spinner: find(doc, 'spinner', HTMLElement),
    status: find(doc, 'status', HTMLElement),
    error: find(doc, 'error', HTMLElement),
    content: find(doc, 'analysis', HTMLElement),
  };
}

function find<T extends HTMLElement>(
  doc: Document,
  id: string,
  type: new () => T,
): T {
  const node = doc.getElementById(id);
  if (!(node instanceof type)) throw new Error(`index.html lacks #${id}.`);
  return node;
}
