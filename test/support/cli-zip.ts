import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const STORED = 0;
const DEFLATED = 8;

/** The names of the parts of a zip file (.xlsx), in directory order. */
export function zipEntries(file: string): string[] {
  return directory(readFileSync(file)).map((entry) => entry.name);
}

/** One part of a zip file (.xlsx) as text, e.g. `xl/worksheets/sheet1.xml`. */
export function readZipText(file: string, name: string): string {
  const zip = readFileSync(file);
  const entry = directory(zip).find((e) => e.name === name);
  if (!entry) throw new Error(`${file} has no part ${name}`);
  const nameLength = zip.readUInt16LE(entry.offset + 26);
  const extraLength = zip.readUInt16LE(entry.offset + 28);
  const start = entry.offset + 30 + nameLength + extraLength;
  const data = zip.subarray(start, start + entry.size);
  if (entry.method === STORED) return data.toString('utf8');
  if (entry.method === DEFLATED) return inflateRawSync(data).toString('utf8');
  throw new Error(`${name}: zip method ${entry.method} is not supported`);
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
