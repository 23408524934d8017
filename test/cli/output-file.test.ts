import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  expectBuiltCli,
  expectRefusal,
  runCli,
  tempDir,
} from '../support/cli-run';
import { benchmarkRows, firstSheet, openXlsx } from '../support/cli-workbook';

beforeAll(() => {
  expectBuiltCli();
});

describe('an existing file', () => {
  test('is never replaced without --force', async () => {
    const dir = tempDir('output-kept');
    const file = join(dir, 'pace-inventory.xlsx');
    writeFileSync(file, 'ratings of last year');
    expectRefusal(
      await runCli(['create'], dir),
      1,
      'pace-inventory.xlsx already exists. Add --force to replace it, or ' +
        'choose another name: --out FILE.',
    );
    expect(readFileSync(file, 'utf8')).toBe('ratings of last year');
    expect(readdirSync(dir)).toEqual(['pace-inventory.xlsx']);
  });

  test('is replaced with --force', async () => {
    const dir = tempDir('output-forced');
    writeFileSync(join(dir, 'old.xlsx'), 'not a workbook');
    const result = await runCli(
      ['create', '--out', 'old.xlsx', '--force'],
      dir,
    );
    expect(result.code).toBe(0);
    const sheet = firstSheet(await openXlsx(join(dir, 'old.xlsx')));
    expect(benchmarkRows(sheet).size).toBe(20);
    expect(readdirSync(dir)).toEqual(['old.xlsx']);
  });
});

test('a missing output folder: exit 1, one line, no file', async () => {
  const empty = tempDir('output-missing');
  expectRefusal(
    await runCli(['create', '--out', 'no/such/x.xlsx'], empty),
    1,
    'Cannot write no/such/x.xlsx: the folder no/such does not exist.',
  );
  expect(readdirSync(empty)).toEqual([]);
});

test('an output that names a folder: exit 1, one line', async () => {
  const parent = tempDir('output-folder');
  mkdirSync(join(parent, 'reports.xlsx'));
  expectRefusal(
    await runCli(['create', '--out', 'reports.xlsx', '--force'], parent),
    1,
    'Cannot write reports.xlsx: it is a folder.',
  );
  expect(readdirSync(parent)).toEqual(['reports.xlsx']);
  expect(readdirSync(join(parent, 'reports.xlsx'))).toEqual([]);
});
