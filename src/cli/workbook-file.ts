import { Workbook } from 'exceljs';
import { CliError } from './errors';
import { fixCellParser } from './exceljs-cells';
import { readInput } from './input-file';
import { COMMAND } from './shell-word';
import { tooLargeFile, workbookPart } from './workbook-zip';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
// Compound file (OLE): an encrypted .xlsx, or an .xls of Excel 97-2003.
const COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
// Excel's limit; exceljs warns on stderr and fails on a longer name.
const LONGEST_SHEET_NAME = 31;

/** Opens an .xlsx workbook, or says in one line why the file is not one. */
export async function openWorkbook(file: string): Promise<Workbook> {
  const bytes = await readInput(file, {
    missingHint: `Check the name, or create an inventory with: ${COMMAND} create`,
    refuse: (size) => tooLargeFile(file, size),
  });
  checkKind(file, bytes);
  checkSheetNames(file, workbookPart(file, bytes));
  fixCellParser();
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(arrayBuffer(bytes));
  } catch (error) {
    throw new CliError(
      `${file} cannot be read as an .xlsx workbook: ` +
        `${(error as Error).message}. Open it in a spreadsheet app and ` +
        'save it again as .xlsx.',
    );
  }
  return workbook;
}

// exceljs declares its own Buffer type: an ArrayBuffer, which it accepts.
function arrayBuffer(bytes: Buffer): ArrayBuffer {
  const { buffer, byteOffset, byteLength } = bytes;
  return buffer.slice(byteOffset, byteOffset + byteLength) as ArrayBuffer;
}

function checkKind(file: string, bytes: Buffer) {
  if (bytes.length === 0) {
    throw new CliError(`${file} is empty: it is not a workbook.`);
  }
  if (bytes.subarray(0, 4).equals(COMPOUND_FILE)) {
    throw new CliError(
      `${file} is password-protected or an old .xls: save it as an .xlsx ` +
        'workbook without a password (File > Save As), then try again.',
    );
  }
  if (!bytes.subarray(0, 4).equals(ZIP)) {
    throw new CliError(
      `${file} is not an .xlsx workbook (a CSV or text file renamed?): ` +
        'open it in a spreadsheet app and save it as .xlsx.',
    );
  }
}

function checkSheetNames(file: string, workbookXml: string) {
  const long = sheetNames(workbookXml).find(
    (name) => name.length > LONGEST_SHEET_NAME,
  );
  if (long === undefined) return;
  throw new CliError(
    `${file} has a sheet name of ${long.length} characters, "${long}", ` +
      `and Excel allows ${LONGEST_SHEET_NAME}: shorten it in a spreadsheet ` +
      'app, save, then analyze again.',
  );
}

/** The names of `<sheet name="...">` in xl/workbook.xml, unescaped. */
function sheetNames(xml: string): string[] {
  const sheets = xml.matchAll(/<(?:\w+:)?sheet\s[^>]*?\bname="([^"]*)"/g);
  return [...sheets].map((match) => unescapeXml(match[1] ?? ''));
}

function unescapeXml(text: string): string {
  return text.replace(/&(#x?[\da-f]+|\w+);/gi, (entity, code: string) => {
    if (code.startsWith('#')) {
      const hex = code[1]?.toLowerCase() === 'x';
      const point = Number.parseInt(code.slice(hex ? 2 : 1), hex ? 16 : 10);
      return point <= 0x10ffff ? String.fromCodePoint(point) : entity;
    }
    return XML_ENTITIES[code] ?? entity;
  });
}

const XML_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};
