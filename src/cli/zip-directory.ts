import { inflateRawSync } from 'node:zlib';

/*
 * Just enough of the zip format to look at an .xlsx before exceljs loads
 * it: exceljs unpacks every part into memory first and dies of a damaged
 * or oversized file with a stack trace.
 */

const END_SIGNATURE = 0x06054b50;
const ENTRY_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const END_LENGTH = 22;
const ENTRY_LENGTH = 46;
const LOCAL_LENGTH = 30;
const LONGEST_COMMENT = 0xffff;
const STORED = 0;
const DEFLATED = 8;

/** A part of a zip file as its central directory lists it. */
export interface ZipEntry {
  name: string;
  method: number;
  packedSize: number;
  /** The unpacked size the directory claims. */
  size: number;
  offset: number;
}

/**
 * The parts a zip file lists in its central directory, at its very end;
 * null when that directory is missing or cut short (an incomplete file).
 */
export function zipDirectory(zip: Buffer): ZipEntry[] | null {
  const end = findEnd(zip);
  if (end < 0) return null;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + ENTRY_LENGTH > end) return null;
    if (zip.readUInt32LE(at) !== ENTRY_SIGNATURE) return null;
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      method: zip.readUInt16LE(at + 10),
      packedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      offset: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at +=
      ENTRY_LENGTH +
      nameLength +
      zip.readUInt16LE(at + 30) +
      zip.readUInt16LE(at + 32);
  }
  return entries;
}

/**
 * The unpacked bytes of a part; null when they are not what the directory
 * claims. Unpacking stops at the claimed size, so a part that claims a
 * little and holds a lot (a zip bomb) costs no more than its claim.
 */
export function unpackEntry(zip: Buffer, entry: ZipEntry): Buffer | null {
  const at = entry.offset;
  if (at + LOCAL_LENGTH > zip.length) return null;
  if (zip.readUInt32LE(at) !== LOCAL_SIGNATURE) return null;
  const start =
    at + LOCAL_LENGTH + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const packed = zip.subarray(start, start + entry.packedSize);
  if (packed.length !== entry.packedSize) return null;
  if (entry.method === STORED) {
    return packed.length === entry.size ? packed : null;
  }
  if (entry.method !== DEFLATED) return null;
  try {
    const data = inflateRawSync(packed, {
      maxOutputLength: Math.max(entry.size, 1),
    });
    return data.length === entry.size ? data : null;
  } catch {
    return null;
  }
}

/** Where the end-of-directory record starts: the last one, behind which
 *  only its comment may follow; -1 when there is none. */
function findEnd(zip: Buffer): number {
  const last = zip.length - END_LENGTH;
  const first = Math.max(0, last - LONGEST_COMMENT);
  for (let at = last; at >= first; at--) {
    if (zip.readUInt32LE(at) === END_SIGNATURE) return at;
  }
  return -1;
}
