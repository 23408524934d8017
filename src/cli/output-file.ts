import type { Stats } from 'node:fs';
import {
  chmod,
  link,
  lstat,
  rename,
  unlink,
  writeFile,
} from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError, errorCode } from './errors';
import { cannotWrite } from './write-failure';

/** Raised instead of replacing a file that exists. */
export class OutputExistsError extends CliError {}

/** How `writeOutput` treats a file that exists. */
export interface WriteOptions {
  /** Replace an existing file; otherwise an OutputExistsError. */
  overwrite: boolean;
  /** Added to the message when the file exists: what the user can do. */
  existsHint?: string;
  /** The option that names the file (`--out`), for what to do instead. */
  option?: string;
}

// Read, write and execute for owner, group and others.
const PERMISSIONS = 0o777;
const WRITABLE = 0o222;

// Filesystems without hard links (FAT, some network shares) say so with
// these codes; there the no-overwrite rule falls back to a check.
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/**
 * Writes a file through a temporary file in the same folder, then moves it
 * into place in one step, so a failure never leaves half a file.
 */
export async function writeOutput(
  file: string,
  data: Buffer | string,
  options: WriteOptions,
): Promise<void> {
  const temp = join(
    dirname(file),
    `.${basename(file)}.${process.pid}.${Date.now()}.tmp`,
  );
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await moveIntoPlace(temp, file, options);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(await cannotWrite(file, error));
  } finally {
    // Gone already when the move succeeded; otherwise it must not stay.
    await unlink(temp).catch(() => undefined);
  }
}

async function moveIntoPlace(temp: string, file: string, opts: WriteOptions) {
  if (opts.overwrite) return replace(temp, file, opts);
  try {
    // A link fails when the name is taken, with no window between the
    // check and the write as an exists-then-rename would have.
    await link(temp, file);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') throw existsError(file, opts);
    if (!NO_LINKS.has(code)) throw error;
    if (await taken(file)) throw existsError(file, opts);
    await rename(temp, file);
  }
}

/** Puts the file in place of a regular file there, with that file's
 *  permissions; anything else there stays, and so does a read-only file. */
async function replace(temp: string, file: string, opts: WriteOptions) {
  const existing = await lstatOrNull(file);
  if (existing !== null) {
    checkReplaceable(file, existing, opts);
    await chmod(temp, existing.mode & PERMISSIONS);
  }
  await rename(temp, file);
}

function checkReplaceable(file: string, stats: Stats, opts: WriteOptions) {
  const instead = `choose another ${opts.option ?? 'name'}`;
  if (stats.isDirectory()) {
    throw new CliError(`Cannot write ${file}: it is a folder.`);
  }
  if (!stats.isFile()) {
    throw new CliError(`${file} is not a regular file: ${instead}.`);
  }
  if ((stats.mode & WRITABLE) === 0) {
    throw new CliError(
      `${file} is read-only: make it writable to replace it, or ${instead}.`,
    );
  }
}

async function taken(file: string): Promise<boolean> {
  return (await lstatOrNull(file)) !== null;
}

/** What is at a path, not following a link; null when nothing is. */
async function lstatOrNull(file: string): Promise<Stats | null> {
  try {
    return await lstat(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

function existsError(file: string, options: WriteOptions) {
  const hint = options.existsHint ? ` ${options.existsHint}` : '';
  return new OutputExistsError(`${file} already exists.${hint}`);
}
