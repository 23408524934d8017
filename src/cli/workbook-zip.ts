import { CliError } from './errors';
import { unpackEntry, zipDirectory, type ZipEntry } from './zip-directory';

const MB = 1024 * 1024;
// exceljs holds a workbook in memory at about 13 times its unpacked size:
// 100 MB unpacked took 1.3 GB and 12 s, a 30 MB file of a million rows ran
// out of memory. The largest inventory is far below both limits.
const MOST_FILE_BYTES = 20 * MB;
const MOST_UNPACKED_BYTES = 50 * MB;
const TYPICAL =
  'an inventory of 2,000 benchmarks is under 1 MB (under 4 MB unpacked).';

const WORKBOOK_PART = 'xl/workbook.xml';
const MIMETYPE_PART = 'mimetype';
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/** Why a file of this many bytes is refused unread; undefined if not. */
export function tooLargeFile(file: string, bytes: number): string | undefined {
  if (bytes <= MOST_FILE_BYTES) return undefined;
  return tooLarge(file, `${megabytes(bytes)} MB`);
}

/**
 * The text of the workbook part of an .xlsx zip, once the zip is known to
 * be whole, to unpack to a size exceljs can hold, and to be an .xlsx.
 */
export function workbookPart(file: string, zip: Buffer): string {
  const entries = zipDirectory(zip);
  if (entries === null) throw damaged(file);
  const unpacked = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (unpacked > MOST_UNPACKED_BYTES) {
    throw new CliError(tooLarge(file, `${megabytes(unpacked)} MB unpacked`));
  }
  const parts = new Map<string, Buffer>();
  for (const entry of entries) {
    const data = unpackEntry(zip, entry);
    if (data === null) throw damaged(file);
    if (isWanted(entry)) parts.set(entry.name, data);
  }
  const workbook = parts.get(WORKBOOK_PART);
  if (workbook === undefined) throw notXlsx(file, parts.get(MIMETYPE_PART));
  return workbook.toString('utf8');
}

function isWanted(entry: ZipEntry): boolean {
  return entry.name === WORKBOOK_PART || entry.name === MIMETYPE_PART;
}

function damaged(file: string): CliError {
  return new CliError(
    `${file} is damaged or incomplete (not a whole .xlsx file): copy or ` +
      'download it again.',
  );
}

/** OpenDocument files name their kind in a `mimetype` part. */
function notXlsx(file: string, mimetype: Buffer | undefined): CliError {
  const ods = mimetype?.toString('latin1').startsWith(ODS_MIMETYPE) === true;
  return new CliError(
    `${file} is a zip file but not an .xlsx workbook` +
      `${ods ? ' (an .ods file renamed?)' : ''}: open it in a spreadsheet ` +
      'app and save it as .xlsx.',
  );
}

function tooLarge(file: string, size: string): string {
  return `${file} is too large for an inventory (${size}); ${TYPICAL}`;
}

function megabytes(bytes: number): number {
  return Math.ceil(bytes / MB);
}
