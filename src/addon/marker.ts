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

/** The creation time a marker records; 0 when the value is unreadable. */
export function markerCreated(value: string | null): number {
  try {
    const parsed: unknown = JSON.parse(value ?? '');
    const created = (parsed as Partial<InventoryMarker> | null)?.created;
    return typeof created === 'number' ? created : 0;
  } catch {
    return 0;
  }
}
