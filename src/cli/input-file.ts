import { open } from 'node:fs/promises';
import { CliError, errorCode } from './errors';

/** How to speak of a file the user named, and when to refuse it. */
export interface InputOptions {
  /** How messages name it ("The framework file F"); its path otherwise. */
  label?: string;
  /** Added when it does not exist: what the user can do. */
  missingHint?: string;
  /** A reason to refuse a file of this size, before a byte is read. */
  refuse?: (bytes: number) => string | undefined;
}

/** The bytes of a file the user named, or a CliError saying why not. */
export async function readInput(
  file: string,
  options: InputOptions = {},
): Promise<Buffer> {
  try {
    const handle = await open(file, 'r');
    try {
      const reason = options.refuse?.((await handle.stat()).size);
      if (reason !== undefined) throw new CliError(reason);
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(cannotRead(file, error, options));
  }
}

function cannotRead(file: string, error: unknown, options: InputOptions) {
  const label = options.label ?? file;
  const code = errorCode(error);
  if (code === 'ENOENT') {
    const hint = options.missingHint ? ` ${options.missingHint}` : '';
    return `${label} does not exist.${hint}`;
  }
  if (code === 'EISDIR') return `${label} is a folder, not a file.`;
  if (code === 'EACCES' || code === 'EPERM') {
    return `${label} cannot be read: permission denied.`;
  }
  return `${label} cannot be read (system error ${code || 'unknown'}).`;
}
