import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectBuiltCli, REPO, runCli, tempDir } from '../support/cli-run';
import { benchmarkRows, firstSheet, openXlsx } from '../support/cli-workbook';

let dir: string;
let first: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  expectBuiltCli();
  dir = tempDir('start');
  first = await runCli(['start'], dir);
});

test('npm start runs the start command of the built CLI', () => {
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
  expect(pkg.scripts.start).toBe('node dist/cli.js start');
  expect(pkg.bin['pace-inventory']).toBe('dist/cli.js');
});

test('writes a fresh pace-inventory.xlsx here', async () => {
  expect(first.code).toBe(0);
  expect(first.stderr).toBe('');
  expect(readdirSync(dir)).toEqual(['pace-inventory.xlsx']);
  const sheet = firstSheet(await openXlsx(join(dir, 'pace-inventory.xlsx')));
  expect(benchmarkRows(sheet).size).toBe(20);
  expect(first.stdout.split('\n')[0]).toBe(
    'Created pace-inventory.xlsx: a fresh inventory of the 20 benchmarks ' +
      'of Career Exploration and Development.',
  );
});

test('shows the gap analysis of the sample rated inventory', () => {
  const sample = join(REPO, 'examples', 'sample-rated-inventory.xlsx');
  expect(first.stdout).toContain(`(the sample ${sample}):`);
  expect(first.stdout).toContain(
    'School: Prairie Ridge High School (sample)    School year: 2025-2026',
  );
  expect(first.stdout).toMatch(
    /^ {2}8th grade +███████░░░ +3\.50 +2 of 3 rated$/m,
  );
  expect(first.stdout).toContain(
    'Coverage: 16 of 20 benchmarks rated (80%), 3 not rated, 1 not valid.',
  );
  expect(first.stdout).toMatch(/^ {2}E\d+ +"3-4" +11th grade, know: /m);
});

test('ends with what to do next', () => {
  expect(
    first.stdout.endsWith(
      'Next: open pace-inventory.xlsx, rate each benchmark 1-5, then run:\n' +
        '  npx pace-inventory analyze pace-inventory.xlsx\n',
    ),
  ).toBe(true);
});

test('never overwrites: the next free name, said aloud', async () => {
  const dir = tempDir('start-again');
  expect((await runCli(['start'], dir)).code).toBe(0);
  const before = readFileSync(join(dir, 'pace-inventory.xlsx'));
  const second = await runCli(['start'], dir);
  const third = await runCli(['start'], dir);
  expect(second.code).toBe(0);
  expect(second.stdout.split('\n').slice(0, 2)).toEqual([
    'pace-inventory.xlsx already exists and stays as it is.',
    'Created pace-inventory-2.xlsx: a fresh inventory of the 20 benchmarks ' +
      'of Career Exploration and Development.',
  ]);
  expect(second.stdout).toContain(
    'npx pace-inventory analyze pace-inventory-2.xlsx',
  );
  expect(third.stdout).toContain('Created pace-inventory-3.xlsx');
  expect(readFileSync(join(dir, 'pace-inventory.xlsx')).equals(before)).toBe(
    true,
  );
  expect(readdirSync(dir).sort()).toEqual([
    'pace-inventory-2.xlsx',
    'pace-inventory-3.xlsx',
    'pace-inventory.xlsx',
  ]);
});

test('the sample: a school, a year, blanks and one invalid rating', async () => {
  const result = await runCli(
    ['analyze', 'examples/sample-rated-inventory.xlsx', '--json'],
    REPO,
  );
  expect(JSON.parse(result.stdout)).toMatchObject({
    school: 'Prairie Ridge High School (sample)',
    schoolYear: '2025-2026',
    overall: { rated: 16, total: 20 },
    invalid: [{ id: 'ced-11-k1', value: '3-4' }],
  });
});
