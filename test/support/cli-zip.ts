import { readFileSync, writeFileSync } from 'node:fs';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** A part to write into a zip file. */
export interface ZipPart {
  name: string;
  data: Buffer;
  /** The unpacked size the zip claims, when it is to lie as a zip bomb
   *  does; the true size otherwise. */
  claimedSize?: number;
}

/** The names of the parts of a zip file (.xlsx), in directory order. */
export function zipEntries(file: string): string[] {
  return directory(readFileSync(file)).map((entry) => entry.name);
}

/** One part of a zip file (.xlsx) as text, e.g. `xl/worksheets/sheet1.xml`. */
export function readZipText(file: string, name: string): string {
  const part = zipParts(file).find((p) => p.name === name);
  if (!part) throw new Error(`${file} has no part ${name}`);
  return part.data.toString('utf8');
}

/** Every part of a zip file, unpacked, in directory order. */
export function zipParts(file: string): ZipPart[] {
  const zip = readFileSync(file);
  return directory(zip).map((entry) => {
    const nameLength = zip.readUInt16LE(entry.offset + 26);
    const extraLength = zip.readUInt16LE(entry.offset + 28);
    const start = entry.offset + 30 + nameLength + extraLength;
    const data = zip.subarray(start, start + entry.size);
    if (entry.method === STORED) return { name: entry.name, data };
    if (entry.method !== DEFLATED) {
      throw new Error(`${entry.name}: zip method ${entry.method}`);
    }
    return { name: entry.name, data: inflateRawSync(data) };
  });
}

/** Changes one part of a zip file (.xlsx) as a person editing its XML by
 *  hand would. */
export function editZipText(
  file: string,
  name: string,
  edit: (text: string) => string,
): void {
  const parts = zipParts(file);
  const part = parts.find((p) => p.name === name);
  if (!part) throw new Error(`${file} has no part ${name}`);
  part.data = Buffer.from(edit(part.data.toString('utf8')));
  writeZip(file, parts);
}

/** Writes a zip file of deflated parts. */
export function writeZip(file: string, parts: ZipPart[]): void {
  const locals: Buffer[] = [];
  const entries: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const packed = deflateRawSync(part.data);
    const sizes = [crc32(part.data), packed.length];
    const claimed = part.claimedSize ?? part.data.length;
    const local = header(30, LOCAL_ENTRY, [20, 0, DEFLATED, 0, 0], sizes);
    local.writeUInt32LE(claimed, 22);
    local.writeUInt16LE(name.length, 26);
    const fields = [20, 20, 0, DEFLATED, 0, 0];
    const entry = header(46, DIRECTORY_ENTRY, fields, sizes);
    entry.writeUInt32LE(claimed, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    entries.push(entry, name);
    offset += local.length + name.length + packed.length;
  }
  const table = Buffer.concat(entries);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_DIRECTORY, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(table.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(file, Buffer.concat([...locals, table, end]));
}

/** A record: signature, 16-bit fields, then CRC and packed size. */
function header(
  length: number,
  signature: number,
  fields: number[],
  [crc, size]: number[],
): Buffer {
  const bytes = Buffer.alloc(length);
  bytes.writeUInt32LE(signature, 0);
  fields.forEach((field, i) => bytes.writeUInt16LE(field, 4 + 2 * i));
  const at = 4 + 2 * fields.length;
  bytes.writeUInt32LE(crc ?? 0, at);
  bytes.writeUInt32LE(size ?? 0, at + 4);
  return bytes;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

interface Entry {
  name: string;
  method: number;
  size: number;
  offset: number;
}

function directory(zip: Buffer): Entry[] {
  const end = zip.lastIndexOf(uint32(END_OF_DIRECTORY));
  if (end < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Error('bad zip');
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      method: zip.readUInt16LE(at + 10),
      size: zip.readUInt32LE(at + 20),
      offset: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at +=
      46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

function uint32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value);
  return bytes;
}
