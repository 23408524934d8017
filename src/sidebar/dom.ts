/** A child of `el`: a node, or a string that always becomes plain text. */
export type Child = Node | string;

export interface ElementOptions {
  className?: string;
  attrs?: Record<string, string>;
}

/**
 * Creates an element. Strings go in as text nodes, never as markup: sheet
 * text such as `<b>` must show literally.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

/** Text for screen readers only, e.g. "average " before a number. */
export function hiddenText(text: string): HTMLSpanElement {
  return el('span', { className: 'visually-hidden' }, [text]);
}

/** A `<section>` named by its own `<h2>`. */
export function titledSection(
  id: string,
  title: string,
  children: readonly Child[],
): HTMLElement {
  const heading = el('h2', { attrs: { id } }, [title]);
  return el('section', { attrs: { 'aria-labelledby': id } }, [
    heading,
    ...children,
  ]);
}
