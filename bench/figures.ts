/** One figure of the benchmark, with its goal when an issue set one. */
export interface Figure {
  name: string;
  size: number | null;
  value: number;
  unit: string;
  goal: { max: number; text: string } | null;
  note?: string;
}

/** True when the figure misses its goal. */
export function misses(figure: Figure): boolean {
  return figure.goal !== null && figure.value >= figure.goal.max;
}

/** The figures as an aligned text table, a mark beside each miss. */
export function table(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    f.size === null ? '' : String(f.size),
    `${round(f.value)} ${f.unit}`,
    f.goal?.text ?? '',
    misses(f) ? 'MISSED' : f.goal ? 'ok' : '',
    f.note ?? '',
  ]);
  const head = ['figure', 'benchmarks', 'value', 'goal', '', 'note'];
  const widths = head.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(head), ...rows.map(line)].join('\n');
}

function round(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}
