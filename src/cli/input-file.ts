import { readFile } from 'node:fs/promises';
import { CliError } from './errors';

/** The bytes of a file the user named, or a CliError saying why not. */
export async function readInput(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new CliError(cannotRead(file, error));
  }
}

function cannotRead(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${file} does not exist.`;
  if (code === 'EISDIR') return `${file} is a folder, not a file.`;
  if (code === 'EACCES' || code === 'EPERM') {
    return `${file} cannot be read: permission denied.`;
  }
  return `${file} cannot be read: ${(error as Error).message}`;
}
