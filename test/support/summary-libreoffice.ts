import { dirname, resolve } from 'node:path';
import { convertAllWithLibreOffice } from './libreoffice';

/**
 * Opens each .xlsx file in one run of headless LibreOffice, which computes
 * every formula, and saves it as .xlsx in `outDir` with the results
 * cached. Returns the new files in the order of `files` (their names must
 * differ).
 */
export async function recalculateAll(
  files: string[],
  outDir: string,
): Promise<string[]> {
  if (files.some((file) => resolve(dirname(file)) === resolve(outDir))) {
    throw new Error(
      'recalculateAll would overwrite its input: use another outDir',
    );
  }
  return convertAllWithLibreOffice(files, 'xlsx', outDir);
}
