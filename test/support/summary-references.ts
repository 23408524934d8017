/*
 * A1 references in a formula, rewritten as a spreadsheet does when rows
 * move: inserting or deleting rows moves every reference to the moved rows
 * (a range spanning them grows or shrinks); copying a formula to another
 * row moves its relative rows along, while `$` rows stay.
 */

/** New row number of an old one; null when the row was deleted. */
export type RowMap = (row: number) => number | null;

/** A column and row, each with an optional `$`: `K$13`. */
const POINT = String.raw`(\$?)([A-Z]{1,3})(\$?)([1-9]\d*)`;
/** A cell or a range, not part of a name or a function call (`LOG10(`). */
const REFERENCE = new RegExp(
  String.raw`(?<![\w.$])${POINT}(?::${POINT})?(?![\w(])`,
  'g',
);
const STRING_LITERAL = /("(?:[^"]|"")*")/;

/** A formula after rows moved as `map` says (insert or delete). */
export function followRows(formula: string, map: RowMap): string {
  return rewriteReferences(formula, (ref) => {
    if (ref.end === null) {
      const row = map(ref.start.row);
      return row === null ? null : { start: { ...ref.start, row }, end: null };
    }
    const rows = survivingRows(ref.start.row, ref.end.row, map);
    if (rows === null) return null;
    return {
      start: { ...ref.start, row: rows.first },
      end: { ...ref.end, row: rows.last },
    };
  });
}

/** A formula copied `offset` rows down (up when negative). */
export function shiftRelative(offset: number): (formula: string) => string {
  const shift = (point: Point): Point | null => {
    if (point.absolute) return point;
    const row = point.row + offset;
    return row < 1 ? null : { ...point, row };
  };
  return (formula) =>
    rewriteReferences(formula, (ref) => {
      const start = shift(ref.start);
      const end = ref.end === null ? null : shift(ref.end);
      if (start === null || (ref.end !== null && end === null)) return null;
      return { start, end };
    });
}

function survivingRows(start: number, end: number, map: RowMap) {
  let first: number | null = null;
  let last: number | null = null;
  for (let row = start; row <= end; row++) {
    const moved = map(row);
    if (moved === null) continue;
    first ??= moved;
    last = moved;
  }
  return first === null || last === null ? null : { first, last };
}

interface Point {
  columnPart: string;
  row: number;
  absolute: boolean;
}

interface Reference {
  start: Point;
  end: Point | null;
}

/** Rewrites each A1 reference or range outside string literals; null
 *  from `change` gives `#REF!`, as a spreadsheet shows a lost reference. */
function rewriteReferences(
  formula: string,
  change: (ref: Reference) => Reference | null,
): string {
  return formula
    .split(STRING_LITERAL)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(REFERENCE, (...groups: string[]) => {
            const ref = parseReference(groups);
            const changed = change(ref);
            return changed === null ? '#REF!' : printReference(changed);
          }),
    )
    .join('');
}

function parseReference(groups: string[]): Reference {
  const point = (at: number): Point => ({
    columnPart: `${groups[at] ?? ''}${groups[at + 1] ?? ''}`,
    absolute: groups[at + 2] === '$',
    row: Number(groups[at + 3]),
  });
  return { start: point(1), end: groups[6] ? point(5) : null };
}

function printReference(ref: Reference): string {
  const point = (p: Point) => `${p.columnPart}${p.absolute ? '$' : ''}${p.row}`;
  return ref.end === null
    ? point(ref.start)
    : `${point(ref.start)}:${point(ref.end)}`;
}
