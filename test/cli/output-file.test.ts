import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import {
  expectBuiltCli,
  expectRefusal,
  REPO,
  runCli,
  tempDir,
} from '../support/cli-run';
import { benchmarkRows, firstSheet, openXlsx } from '../support/cli-workbook';

const SAMPLE = join(REPO, 'examples', 'sample-rated-inventory.xlsx');

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

describe('--force replaces only a regular file', () => {
  test('a symbolic link stays, and so does the file it points to', async () => {
    const dir = tempDir('output-link');
    writeFileSync(join(dir, 'rated.xlsx'), 'the rated inventory');
    symlinkSync('rated.xlsx', join(dir, 'link.xlsx'));
    expectRefusal(
      await runCli(['create', '--out', 'link.xlsx', '--force'], dir),
      1,
      'link.xlsx is not a regular file: choose another --out.',
    );
    expect(lstatSync(join(dir, 'link.xlsx')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'rated.xlsx'), 'utf8')).toBe(
      'the rated inventory',
    );
  });

  test('a named pipe (FIFO) stays', async () => {
    const dir = tempDir('output-fifo');
    execFileSync('mkfifo', [join(dir, 'pipe.html')]);
    const result = await runCli(
      ['analyze', SAMPLE, '--html', 'pipe.html'],
      dir,
    );
    expectRefusal(
      result,
      1,
      'pipe.html is not a regular file: choose another --html.',
    );
    expect(lstatSync(join(dir, 'pipe.html')).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['pipe.html']);
  });

  test('a read-only file stays', async () => {
    const dir = tempDir('output-read-only');
    const file = join(dir, 'final.xlsx');
    writeFileSync(file, 'the final ratings');
    chmodSync(file, 0o444);
    expectRefusal(
      await runCli(['create', '--out', 'final.xlsx', '--force'], dir),
      1,
      'final.xlsx is read-only: make it writable to replace it, or choose ' +
        'another --out.',
    );
    expect(readFileSync(file, 'utf8')).toBe('the final ratings');
  });

  test('a replaced file keeps its permissions', async () => {
    const dir = tempDir('output-mode');
    const file = join(dir, 'team.xlsx');
    writeFileSync(file, 'last year');
    chmodSync(file, 0o660);
    const result = await runCli(
      ['create', '--out', 'team.xlsx', '--force'],
      dir,
    );
    expect(result.code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o660);
    expect(benchmarkRows(firstSheet(await openXlsx(file))).size).toBe(20);
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

test('an output inside a file: exit 1, in plain words', async () => {
  const dir = tempDir('output-not-folder');
  writeFileSync(join(dir, 'notes.txt'), 'notes');
  expectRefusal(
    await runCli(['create', '--out', 'notes.txt/x.xlsx'], dir),
    1,
    'Cannot write notes.txt/x.xlsx: notes.txt is a file, not a folder.',
  );
  expect(readdirSync(dir)).toEqual(['notes.txt']);
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
