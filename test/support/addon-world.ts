import { columnOf } from '../../src/inventory';
import { createWorld, installWorld, type FakeWorld } from '../fakes/services';
import type { FakeSheet } from '../fakes/sheet';

/** A fresh fake world, installed as the add-on's globals. */
export function freshWorld(options?: Parameters<typeof createWorld>[0]) {
  const world = createWorld(options);
  installWorld(world);
  return world;
}

/** The 1-based row that holds a benchmark id, or 0 when there is none. */
export function rowOf(sheet: FakeSheet, id: string): number {
  const ids = idColumn(sheet);
  return ids.indexOf(id) + 1;
}

/** Every id in the sheet's hidden id column, top to bottom. */
export function idColumn(sheet: FakeSheet): string[] {
  const column = columnOf('id');
  return sheet.rows.map((_, r) => String(sheet.cell(r + 1, column).value));
}

/** Types ratings into the rating cells of benchmarks, by id. */
export function rate(sheet: FakeSheet, ratings: Record<string, unknown>) {
  for (const [id, value] of Object.entries(ratings)) {
    const row = rowOf(sheet, id);
    if (row === 0) throw new Error(`No row for ${id}`);
    sheet.getRange(row, columnOf('rating')).setValue(value);
  }
}

/** The sheet the add-on just created (the active one). */
export function activeSheet(world: FakeWorld): FakeSheet {
  return world.spreadsheet.activeSheet;
}
