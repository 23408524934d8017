import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { errorCode } from './errors';

// Why a write failed, in words; the system's own message names the
// temporary file, which the user never asked for.
const WRITE_FAILURES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  EISDIR: 'it is a folder',
  ENAMETOOLONG: 'the name is too long',
};

/** Why a file could not be written, as one line a person can act on. */
export async function cannotWrite(
  file: string,
  error: unknown,
): Promise<string> {
  const code = errorCode(error);
  const words = WRITE_FAILURES[code];
  if (words !== undefined) return `Cannot write ${file}: ${words}.`;
  if (code === 'ENOENT') {
    return `Cannot write ${file}: the folder ${dirname(file)} does not exist.`;
  }
  if (code === 'ENOTDIR') {
    const blocking = await fileOnPath(file);
    return `Cannot write ${file}: ${blocking} is a file, not a folder.`;
  }
  return `Cannot write ${file} (system error ${code || 'unknown'}).`;
}

/** The nearest part of a path that exists: after ENOTDIR, a file that
 *  the path takes for a folder. */
async function fileOnPath(file: string): Promise<string> {
  let folder = dirname(file);
  while (dirname(folder) !== folder) {
    const found = await stat(folder).catch(() => null);
    if (found !== null) return folder;
    folder = dirname(folder);
  }
  return folder;
}
