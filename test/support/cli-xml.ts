/** XML attribute and text escapes back to text. */
export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Every element `<tag ...>` of a document with its attributes and body. */
export function elements(xml: string, tag: string) {
  const pattern = new RegExp(
    `<${tag}((?:\\s+[\\w:]+="[^"]*")*)\\s*(?:/>|>([\\s\\S]*?)</${tag}>)`,
    'g',
  );
  return [...xml.matchAll(pattern)].map((match) => ({
    attributes: attributes(match[1] ?? ''),
    body: match[2] ?? '',
  }));
}

function attributes(text: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of text.matchAll(/([\w:]+)="([^"]*)"/g)) {
    found[match[1] ?? ''] = unescapeXml(match[2] ?? '');
  }
  return found;
}

/** The cells an `sqref` covers: `E16 E18:E19` -> E16, E18, E19. */
export function expandSqref(sqref: string): string[] {
  return sqref
    .trim()
    .split(/\s+/)
    .flatMap((part) => {
      const [from, to = from] = part.split(':');
      const a = /^([A-Z]+)(\d+)$/.exec(from ?? '');
      const b = /^([A-Z]+)(\d+)$/.exec(to ?? '');
      if (!a || !b || a[1] !== b[1]) throw new Error(`unexpected ${part}`);
      const cells: string[] = [];
      for (let row = Number(a[2]); row <= Number(b[2]); row++) {
        cells.push(`${a[1]}${row}`);
      }
      return cells;
    });
}
