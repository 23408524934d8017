import { Workbook } from 'exceljs';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  expectBuiltCli,
  runCli,
  tempDir,
  type CliResult,
} from '../support/cli-run';
import { columnOf, makeInventory } from '../support/cli-workbook';
import { convertWithLibreOffice } from '../support/libreoffice';

let dir: string;

beforeAll(async () => {
  expectBuiltCli();
  dir = tempDir('bad');
  const inventory = await makeInventory(dir, () => undefined, 'good.xlsx');
  // Real files of the wrong kind, written by a real spreadsheet app.
  const converted = tempDir('bad-converted');
  const xls = await convertWithLibreOffice(inventory, 'xls', converted);
  const ods = await convertWithLibreOffice(inventory, 'ods', converted);
  copyFileSync(xls, join(dir, 'old.xls'));
  copyFileSync(xls, join(dir, 'old-renamed.xlsx'));
  copyFileSync(ods, join(dir, 'calc-renamed.xlsx'));
}, 120_000);

/** The user sees one line on stderr, nothing on stdout, and this code. */
function expectRefusal(result: CliResult, code: number, message: string) {
  expect(result).toEqual({
    code,
    stdout: '',
    stderr: `pace-inventory: ${message}\n`,
  });
}

const analyze = (...args: string[]) => runCli(['analyze', ...args], dir);

describe('files that cannot be analyzed: exit 1', () => {
  test('a missing file', async () => {
    expectRefusal(
      await analyze('missing.xlsx'),
      1,
      'missing.xlsx does not exist.',
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

  test('a damaged workbook', async () => {
    const start = Buffer.from('504b0304', 'hex');
    const body = Buffer.from('xl/workbook.xml and then garbage');
    writeFileSync(join(dir, 'damaged.xlsx'), Buffer.concat([start, body]));
    const result = await analyze('damaged.xlsx');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^pace-inventory: damaged\.xlsx cannot be read as an \.xlsx workbook: [^\n]+ Open it in a spreadsheet app and save it again as \.xlsx\.\n$/,
    );
  });

  test('a workbook without an inventory sheet', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('Budget').getCell('A1').value = 'Rating (1-5)?';
    workbook.addWorksheet('Staff').getCell('A1').value = 'Name';
    await workbook.xlsx.writeFile(join(dir, 'budget.xlsx'));
    expectRefusal(
      await analyze('budget.xlsx'),
      1,
      'budget.xlsx has no PaCE inventory sheet (its sheets: "Budget", ' +
        '"Staff"). Create one with: pace-inventory create',
    );
  });

  test('an inventory whose id column was deleted', async () => {
    await makeInventory(
      dir,
      (sheet) => sheet.spliceColumns(columnOf(sheet, 'Benchmark id'), 1),
      'no-ids.xlsx',
    );
    expectRefusal(
      await analyze('no-ids.xlsx'),
      1,
      'Sheet "PaCE Inventory" of no-ids.xlsx: The hidden "Benchmark id" ' +
        'column of this inventory is missing, so ratings cannot be matched ' +
        'to benchmarks. Undo the column deletion, or create a fresh ' +
        'inventory and copy the ratings into it.',
    );
  });

  test('--sheet naming a sheet that is not there', async () => {
    expectRefusal(
      await analyze('good.xlsx', '--sheet', 'Ratings'),
      1,
      'good.xlsx has no sheet named "Ratings"; its sheets: "PaCE Inventory".',
    );
  });

  test('--sheet naming a sheet that is not an inventory', async () => {
    await makeInventory(
      dir,
      (_sheet, workbook) => {
        workbook.addWorksheet('Notes').getCell('A1').value = 'Meeting notes';
      },
      'with-notes.xlsx',
    );
    expectRefusal(
      await analyze('with-notes.xlsx', '--sheet', 'Notes'),
      1,
      'Sheet "Notes" of with-notes.xlsx: This sheet is not a PaCE ' +
        'inventory: it has no header row with "Rating (1-5)" and ' +
        '"Benchmark id". Create an inventory first.',
    );
  });

  test('an inventory made from another framework', async () => {
    const framework = join(dir, 'other.json');
    writeFileSync(framework, JSON.stringify(otherFramework()));
    expectRefusal(
      await analyze('good.xlsx', '--framework', framework),
      1,
      'Sheet "PaCE Inventory" lists benchmarks such as ced-8-s1 that the ' +
        'framework "Financial Aid and Literacy" does not have: give the ' +
        'framework it was made from with --framework FILE.',
    );
  });

  test('a framework file that is not valid', async () => {
    writeFileSync(join(dir, 'bad.json'), '{"id": "x"}');
    const result = await analyze('good.xlsx', '--framework', 'bad.json');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^pace-inventory: bad\.json: The framework is not valid: "name" is empty; [^\n]+\.\n$/,
    );
    writeFileSync(join(dir, 'text.json'), 'id: x');
    const text = await analyze('good.xlsx', '--framework', 'text.json');
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(
      /^pace-inventory: text\.json is not a JSON framework: [^\n]+\n$/,
    );
  });
});

describe('wrong arguments: exit 2', () => {
  test.each(['0', '5', '2.5', 'low', '-1'])('--threshold %s', async (n) => {
    expectRefusal(
      await analyze('good.xlsx', '--threshold', n),
      2,
      `option '--threshold <n>' argument '${n}' is invalid. The threshold ` +
        'is a whole number 1-4.',
    );
  });

  test('an unknown option, with a suggestion on the same line', async () => {
    expectRefusal(
      await analyze('good.xlsx', '--jsn'),
      2,
      "unknown option '--jsn' (Did you mean --json?)",
    );
    expectRefusal(
      await runCli(['create', '--bogus'], dir),
      2,
      "unknown option '--bogus'",
    );
  });

  test('--html naming anything but an .html file', async () => {
    expectRefusal(
      await analyze('good.xlsx', '--html', 'good.xlsx'),
      2,
      "option '--html <out>' argument 'good.xlsx' is invalid. The report " +
        'file name ends in .html.',
    );
  });

  test('a missing FILE, an extra argument, an unknown command', async () => {
    expectRefusal(await analyze(), 2, "missing required argument 'file'");
    expectRefusal(
      await analyze('a.xlsx', 'b.xlsx'),
      2,
      "too many arguments for 'analyze'. Expected 1 argument but got 2.",
    );
    expectRefusal(
      await runCli(['analyse', 'good.xlsx'], dir),
      2,
      "unknown command 'analyse' (Did you mean analyze?)",
    );
  });
});

function otherFramework() {
  return {
    id: 'fal',
    name: 'Financial Aid and Literacy',
    version: 'test',
    title: 'Step 1',
    instructions: 'Rate each benchmark.',
    scale: [1, 2, 3, 4, 5].map((rating) => ({
      rating,
      label: `level ${rating}`,
    })),
    key: [],
    domains: [
      {
        id: 'fal',
        name: 'Financial Aid and Literacy',
        grades: [
          {
            grade: 9,
            sections: [
              {
                section: 'know',
                benchmarks: [
                  { id: 'fal-9-k1', text: 'a test benchmark', keys: [] },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}
