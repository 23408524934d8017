import { Workbook } from 'exceljs';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  expectBuiltCli,
  expectRefusal,
  runCli,
  tempDir,
} from '../support/cli-run';
import { columnOf, makeInventory } from '../support/cli-workbook';
import { editZipText } from '../support/cli-zip';

let dir: string;

beforeAll(async () => {
  expectBuiltCli();
  dir = tempDir('bad-sheets');
  await makeInventory(dir, () => undefined, 'good.xlsx');
});

const analyze = (...args: string[]) => runCli(['analyze', ...args], dir);

describe('sheets that cannot be analyzed: exit 1', () => {
  test('a workbook without an inventory sheet', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('Budget').getCell('A1').value = 'Rating (1-5)?';
    workbook.addWorksheet('Staff').getCell('A1').value = 'Name';
    await workbook.xlsx.writeFile(join(dir, 'budget.xlsx'));
    expectRefusal(
      await analyze('budget.xlsx'),
      1,
      'budget.xlsx has no PaCE inventory sheet (its sheets: "Budget", ' +
        '"Staff"). Create one with: npx pace-inventory create',
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

  test('a sheet name longer than Excel allows', async () => {
    const long = 'PaCE Inventory of Prairie Ridge High School';
    const file = join(dir, 'long-name.xlsx');
    copyFileSync(join(dir, 'good.xlsx'), file);
    editZipText(file, 'xl/workbook.xml', (xml) =>
      xml.replace('name="PaCE Inventory"', `name="${long}"`),
    );
    expectRefusal(
      await analyze('long-name.xlsx'),
      1,
      `long-name.xlsx has a sheet name of ${long.length} characters, ` +
        `"${long}", and Excel allows 31: shorten it in a spreadsheet app, ` +
        'save, then analyze again.',
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
      /^pace-inventory: The framework file text\.json is not valid JSON \([^\n]+\)\. Fix it, or leave out --framework\.\n$/,
    );
  });

  test('a framework file that is not there', async () => {
    expectRefusal(
      await analyze('good.xlsx', '--framework', 'nope.json'),
      1,
      'The framework file nope.json does not exist.',
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
