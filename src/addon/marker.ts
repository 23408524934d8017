import type { Framework } from '../framework';

/** Developer metadata key that marks a sheet as an inventory. */
export const INVENTORY_KEY = 'pace-inventory';

/** What the marker records about the inventory it marks. */
export interface InventoryMarker {
  framework: string;
  version: string;
  /** Milliseconds since 1970 when the inventory was created. */
  created: number;
}

/** The marker value of a new inventory of that framework. */
export function newMarker(framework: Framework, now: number): string {
  const marker: InventoryMarker = {
    framework: framework.id,
    version: framework.version,
    created: now,
  };
  return JSON.stringify(marker);
}

/** A marker's fields; an unreadable value gives created 0 and no id. */
export function readMarker(value: string | null): Partial<InventoryMarker> {
  try {
    const parsed: unknown = JSON.parse(value ?? '');
    if (typeof parsed !== 'object' || parsed === null) return {};
    return parsed as Partial<InventoryMarker>;
  } catch {
    return {};
  }
}

/** The creation time a marker records; 0 when the value is unreadable. */
export function markerCreated(value: string | null): number {
  const created = readMarker(value).created;
  return typeof created === 'number' ? created : 0;
}
