import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { listBenchmarks } from '../../src/framework';
import { expectBuiltCli, CLI, runCli, tempDir } from '../support/cli-run';
import { analyzeJson, makeInventory, rate } from '../support/cli-workbook';
import { elements, expandSqref } from '../support/cli-xml';
import { readZipText } from '../support/cli-zip';
import { syntheticFramework } from '../support/synthetic-framework';

// About 1 s on a developer machine; the bound leaves room for a slow CI.
const SLOW_SECONDS = 5;
const framework = syntheticFramework(2000);
let dir: string;

beforeAll(() => {
  expectBuiltCli();
  dir = tempDir('big');
  writeFileSync(join(dir, 'big.json'), JSON.stringify(framework));
});

async function timed<T>(work: () => Promise<T>) {
  const start = performance.now();
  const result = await work();
  return { result, seconds: (performance.now() - start) / 1000 };
}

test('create --framework with 2,000 benchmarks: quick, one dropdown', async () => {
  const { result, seconds } = await timed(() =>
    runCli(['create', '--out', 'big.xlsx', '--framework', 'big.json'], dir),
  );
  expect(result.stderr).toBe('');
  expect(result.stdout).toContain('Created big.xlsx: 2000 benchmarks');
  expect(seconds).toBeLessThan(SLOW_SECONDS);
  const xml = readZipText(join(dir, 'big.xlsx'), 'xl/worksheets/sheet1.xml');
  const lists = elements(xml, 'dataValidation').filter(
    (rule) => rule.attributes.type === 'list',
  );
  expect(lists).toHaveLength(1);
  expect(new Set(expandSqref(lists[0]?.attributes.sqref ?? '')).size).toBe(
    2000,
  );
});

let rated: Promise<string> | null = null;

/** An inventory of the 2,000 benchmarks rated 1, 2, 3, 4, 5, 1, 2, ... */
function ratedInventory(): Promise<string> {
  const ids = listBenchmarks(framework).map((b) => b.id);
  rated ??= makeInventory(
    dir,
    (sheet) =>
      rate(sheet, Object.fromEntries(ids.map((id, i) => [id, (i % 5) + 1]))),
    'big-rated.xlsx',
    ['--framework', 'big.json'],
  );
  return rated;
}

test('analyze 2,000 rated benchmarks: quick and complete', async () => {
  const file = await ratedInventory();
  const { result, seconds } = await timed(() =>
    analyzeJson(file, '--framework', join(dir, 'big.json')),
  );
  expect(seconds).toBeLessThan(SLOW_SECONDS);
  expect(result.overall).toEqual({ average: 3, rated: 2000, total: 2000 });
  expect(result.flagged).toHaveLength(800);
  expect(result.flagged[0]?.rating).toBe(1);
});

test('a reader that stops early (| head) ends it quietly', async () => {
  const file = await ratedInventory();
  const framework = join(dir, 'big.json');
  const script =
    `"${process.execPath}" "${CLI}" analyze "${file}" --json ` +
    `--framework "${framework}" 2>"${dir}/stderr.txt" | head -c 100 ` +
    '>/dev/null; echo "${PIPESTATUS[0]}"; cat "' +
    dir +
    '/stderr.txt"';
  const output = execFileSync('bash', ['-c', script], { encoding: 'utf8' });
  expect(output).toBe('0\n');
});

test('a report that lists 130,000 benchmarks prints', async () => {
  // An inventory of 20 read with a framework of 130,000 that holds its
  // ids: every other benchmark lacks a row and is listed as not rated.
  const small = JSON.stringify(syntheticFramework(20));
  writeFileSync(join(dir, 'small.json'), small);
  const huge = JSON.stringify(syntheticFramework(130_000));
  writeFileSync(join(dir, 'huge.json'), huge);
  const args = ['--out', 'small.xlsx', '--framework', 'small.json'];
  expect((await runCli(['create', ...args], dir)).code).toBe(0);
  const result = await runCli(
    ['analyze', 'small.xlsx', '--framework', 'huge.json'],
    dir,
  );
  expect(result.stderr).toBe('');
  expect(result.stdout).toContain('\nNot rated (130000):\n');
  expect(result.stdout).toMatch(
    /^ {2}no row {2}12th grade, know: synthetic know benchmark 8666 of grade 12$/m,
  );
});
