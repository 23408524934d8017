import { Workbook } from 'exceljs';
import { CliError } from './errors';
import { readInput } from './input-file';
import { tooLargeFile, workbookPart } from './workbook-zip';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
// Compound file (OLE): an encrypted .xlsx, or an .xls of Excel 97-2003.
const COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** Opens an .xlsx workbook, or says in one line why the file is not one. */
export async function openWorkbook(file: string): Promise<Workbook> {
  const bytes = await readInput(file, (size) => tooLargeFile(file, size));
  checkKind(file, bytes);
  workbookPart(file, bytes);
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
