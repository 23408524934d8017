import { open } from 'node:fs/promises';
import { CliError } from './errors';

/**
 * The bytes of a file the user named, or a CliError saying why not.
 * `refuse` may give a reason to refuse a file of its size, before a byte
 * of it is read.
 */
export async function readInput(
  file: string,
  refuse: (bytes: number) => string | undefined = () => undefined,
): Promise<Buffer> {
  try {
    const handle = await open(file, 'r');
    try {
      const reason = refuse((await handle.stat()).size);
      if (reason !== undefined) throw new CliError(reason);
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
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
