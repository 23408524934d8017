import type { LayoutCell } from './layout-types';

/** A literal text cell; "@" keeps it text wherever it is typed. */
export const text = (value: string): LayoutCell => ({ value, format: '@' });

/** A formula cell, with a number format when its value needs one. */
export const formula = (body: string, format?: string): LayoutCell =>
  format === undefined ? { formula: body } : { formula: body, format };

/** Shows a count as "3 of 4 rated": the total is fixed by the framework. */
export const ratedFormat = (total: number) => `0" of ${total} rated"`;

export const AVERAGE_FORMAT = '0.00';
