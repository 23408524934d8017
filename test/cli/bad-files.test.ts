import {
  copyFileSync,
  mkdirSync,
  readFileSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import {
  expectBuiltCli,
  expectRefusal,
  runCli,
  tempDir,
} from '../support/cli-run';
import { makeInventory } from '../support/cli-workbook';
import { writeZip, zipParts } from '../support/cli-zip';
import { convertWithLibreOffice } from '../support/libreoffice';

const MB = 1024 * 1024;
const damaged =
  'is damaged or incomplete (not a whole .xlsx file): copy or download ' +
  'it again.';

let dir: string;

beforeAll(async () => {
  expectBuiltCli();
  dir = tempDir('bad-files');
  const inventory = await makeInventory(dir, () => undefined, 'good.xlsx');
  // Real files of the wrong kind, written by a real spreadsheet app.
  const converted = tempDir('bad-converted');
  const xls = await convertWithLibreOffice(inventory, 'xls', converted);
  const ods = await convertWithLibreOffice(inventory, 'ods', converted);
  copyFileSync(xls, join(dir, 'old.xls'));
  copyFileSync(xls, join(dir, 'old-renamed.xlsx'));
  copyFileSync(ods, join(dir, 'calc-renamed.xlsx'));
}, 120_000);

const analyze = (...args: string[]) => runCli(['analyze', ...args], dir);

describe('files that cannot be analyzed: exit 1', () => {
  test('a missing file', async () => {
    expectRefusal(
      await analyze('missing.xlsx'),
      1,
      'missing.xlsx does not exist. Check the name, or create an ' +
        'inventory with: npx pace-inventory create',
    );
  });

  test('a folder', async () => {
    mkdirSync(join(dir, 'folder.xlsx'));
    expectRefusal(
      await analyze('folder.xlsx'),
      1,
      'folder.xlsx is a folder, not a file.',
    );
  });

  test('an empty file', async () => {
    writeFileSync(join(dir, 'empty.xlsx'), '');
    expectRefusal(
      await analyze('empty.xlsx'),
      1,
      'empty.xlsx is empty: it is not a workbook.',
    );
  });

  test('a CSV renamed .xlsx', async () => {
    writeFileSync(join(dir, 'ratings.xlsx'), 'Benchmark,Rating\nsurvey,3\n');
    expectRefusal(
      await analyze('ratings.xlsx'),
      1,
      'ratings.xlsx is not an .xlsx workbook (a CSV or text file renamed?): ' +
        'open it in a spreadsheet app and save it as .xlsx.',
    );
  });

  const compound =
    'is password-protected or an old .xls: save it as an .xlsx workbook ' +
    'without a password (File > Save As), then try again.';

  test('an old .xls workbook, as .xls and renamed .xlsx', async () => {
    expectRefusal(await analyze('old.xls'), 1, `old.xls ${compound}`);
    expectRefusal(
      await analyze('old-renamed.xlsx'),
      1,
      `old-renamed.xlsx ${compound}`,
    );
  });

  test('a password-protected workbook (an OLE compound file)', async () => {
    // Excel encrypts an .xlsx into a compound file with this signature.
    const header = Buffer.alloc(4096);
    Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header);
    writeFileSync(join(dir, 'locked.xlsx'), header);
    expectRefusal(await analyze('locked.xlsx'), 1, `locked.xlsx ${compound}`);
  });

  test('an .ods renamed .xlsx (a zip without xl/workbook.xml)', async () => {
    expectRefusal(
      await analyze('calc-renamed.xlsx'),
      1,
      'calc-renamed.xlsx is a zip file but not an .xlsx workbook (an .ods ' +
        'file renamed?): open it in a spreadsheet app and save it as .xlsx.',
    );
  });

  test('a whole zip whose workbook part is not XML', async () => {
    const parts = zipParts(join(dir, 'good.xlsx')).map((part) =>
      part.name === 'xl/workbook.xml'
        ? { ...part, data: Buffer.from('garbage') }
        : part,
    );
    writeZip(join(dir, 'garbled.xlsx'), parts);
    const result = await analyze('garbled.xlsx');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^pace-inventory: garbled\.xlsx cannot be read as an \.xlsx workbook: [^\n]+ Open it in a spreadsheet app and save it again as \.xlsx\.\n$/,
    );
  });
});

describe('zip files that are not whole workbooks: exit 1', () => {
  test('a workbook cut short (an interrupted download)', async () => {
    const whole = readFileSync(join(dir, 'good.xlsx'));
    writeFileSync(join(dir, 'cut.xlsx'), whole.subarray(0, 8000));
    expectRefusal(await analyze('cut.xlsx'), 1, `cut.xlsx ${damaged}`);
  });

  test('a zip header and then garbage', async () => {
    const start = Buffer.from('504b0304', 'hex');
    const body = Buffer.from('xl/workbook.xml and then garbage');
    writeFileSync(join(dir, 'damaged.xlsx'), Buffer.concat([start, body]));
    expectRefusal(await analyze('damaged.xlsx'), 1, `damaged.xlsx ${damaged}`);
  });

  test('a zip of other files is not called an .ods', async () => {
    writeZip(join(dir, 'photos.xlsx'), [
      { name: 'photo.txt', data: Buffer.from('not a spreadsheet') },
    ]);
    expectRefusal(
      await analyze('photos.xlsx'),
      1,
      'photos.xlsx is a zip file but not an .xlsx workbook: open it in a ' +
        'spreadsheet app and save it as .xlsx.',
    );
  });
});

describe('files too large for an inventory: exit 1, not read', () => {
  const typical =
    'an inventory of 2,000 benchmarks is under 1 MB (under 4 MB unpacked).';

  test('a zip that claims 300 MB unpacked (a zip bomb)', async () => {
    writeZip(join(dir, 'bomb.xlsx'), [
      {
        name: 'xl/workbook.xml',
        data: Buffer.from('<workbook/>'),
        claimedSize: 300 * MB,
      },
    ]);
    expectRefusal(
      await analyze('bomb.xlsx'),
      1,
      `bomb.xlsx is too large for an inventory (300 MB unpacked); ${typical}`,
    );
  });

  test('a zip that unpacks to more than it claims', async () => {
    const parts = zipParts(join(dir, 'good.xlsx'));
    const sheet = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml');
    if (!sheet) throw new Error('no sheet part');
    sheet.claimedSize = 100;
    writeZip(join(dir, 'liar.xlsx'), parts);
    expectRefusal(await analyze('liar.xlsx'), 1, `liar.xlsx ${damaged}`);
  });

  test('a file of 21 MB', async () => {
    const file = join(dir, 'huge.xlsx');
    writeFileSync(file, Buffer.from('504b0304', 'hex'));
    truncateSync(file, 21 * MB);
    expectRefusal(
      await analyze('huge.xlsx'),
      1,
      `huge.xlsx is too large for an inventory (21 MB); ${typical}`,
    );
  });
});
