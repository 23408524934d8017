import {
  copyFileSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_FRAMEWORK, type Framework } from '../../src/framework';
import { expectBuiltCli, runCli, tempDir } from '../support/cli-run';
import { fillField, makeInventory, rate } from '../support/cli-workbook';
import { elements } from '../support/cli-xml';

const ATTACK = '<img src=x onerror=alert(1)>';
const TAGS = new Set(
  (
    'html head meta title style body main header h1 h2 p dl dt dd section ' +
    'svg line text rect table thead tbody tr th td span ul li footer'
  ).split(' '),
);

let dir: string;
let html: string;
let stdout: string;
let madeBefore: string;
let madeAfter: string;

/** The default framework with markup in a benchmark's wording. */
function hostileFramework(): Framework {
  const framework = structuredClone(DEFAULT_FRAMEWORK);
  const benchmark = framework.domains[0]?.grades[0]?.sections[0]?.benchmarks[0];
  if (!benchmark) throw new Error('the default framework changed');
  benchmark.text = `complete a survey ${ATTACK}`;
  return framework;
}

beforeAll(async () => {
  expectBuiltCli();
  dir = tempDir('html');
  writeFileSync(
    join(dir, 'framework.json'),
    JSON.stringify(hostileFramework()),
  );
  await makeInventory(
    dir,
    (sheet) => {
      sheet.name = 'Ratings <2025>';
      rate(sheet, { 'ced-8-s1': 1, 'ced-8-s2': 4, 'ced-9-s1': '<b>bold</b>' });
      fillField(sheet, 'School:', '<script>alert("x")</script> & Co', 2);
    },
    'rated.xlsx',
    ['--framework', 'framework.json'],
  );
  madeBefore = today();
  const result = await runCli(
    [
      'analyze',
      'rated.xlsx',
      '--html',
      'report.html',
      '--framework',
      'framework.json',
    ],
    dir,
  );
  expect(result.code).toBe(0);
  expect(result.stderr).toBe('');
  stdout = result.stdout;
  madeAfter = today();
  html = readFileSync(join(dir, 'report.html'), 'utf8');
});

/** The local date, as a person reads it off a calendar. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

test('sheet and framework text shows as text, never as markup', () => {
  expect(html).toContain(
    `complete a survey ${ATTACK.replace(/</g, '&lt;').replace(/>/g, '&gt;')}`,
  );
  expect(html).toContain(
    '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co',
  );
  expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;');
  expect(html).toContain(
    'sheet &quot;Ratings &lt;2025&gt;&quot; of rated.xlsx',
  );
  const tags = [...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => m[1] ?? '');
  expect(tags.filter((tag) => !TAGS.has(tag))).toEqual([]);
});

test('says the day it was made, a date the JSON leaves out', () => {
  const made = /<dt>Made<\/dt><dd>(\d{4}-\d{2}-\d{2})<\/dd>/.exec(html)?.[1];
  expect([madeBefore, madeAfter]).toContain(made);
});

test('one self-contained page: inline style, no scripts or links out', () => {
  expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  expect(html).not.toMatch(/<[a-z][^>]*\s(src|href)=/i);
  expect(html).toContain('@media print');
});

test('a bar per grade and for all grades, as long as its average', () => {
  const bars = elements(html, 'rect').map((rect) => rect.attributes.width);
  // 8th grade: ratings 1 and 4, 2.5 of 5; 9th to 12th: none; all: 2.5.
  expect(bars).toEqual(['190.0', '0.0', '0.0', '0.0', '0.0', '190.0']);
  const labels = elements(html, 'text')
    .filter((text) => text.attributes.class?.startsWith('label'))
    .map((text) => text.body);
  expect(labels).toEqual([
    '8th grade',
    '9th grade',
    '10th grade',
    '11th grade',
    '12th grade',
    'All grades',
  ]);
});

test('lists flagged, unrated and invalid benchmarks with their cells', () => {
  expect(html).toContain(
    '<h2>Flagged low: rated 2 or lower, lowest first (1)</h2>',
  );
  expect(html).toContain('<h2>Not rated (17)</h2>');
  expect(html).toContain('<h2>Not valid: not a whole number 1-5 (1)</h2>');
  expect(html).toMatch(
    /<td class="cell">E\d+<\/td><td class="place">9th grade<\/td>/,
  );
});

test('the terminal report names the page it wrote', () => {
  expect(stdout.trimEnd().split('\n').at(-1)).toBe(
    'Printable report: report.html',
  );
  expect(readdirSync(dir).sort()).toEqual([
    'framework.json',
    'rated.xlsx',
    'report.html',
  ]);
});

test('--json --html: the page is written, stdout holds only the JSON', async () => {
  const other = tempDir('html-json');
  for (const name of ['rated.xlsx', 'framework.json']) {
    copyFileSync(join(dir, name), join(other, name));
  }
  const result = await runCli(
    [
      'analyze',
      'rated.xlsx',
      '--json',
      '--html',
      'again.html',
      '--framework',
      'framework.json',
    ],
    other,
  );
  expect(result.code).toBe(0);
  const analysis = JSON.parse(result.stdout);
  expect(analysis.sheet).toBe('Ratings <2025>');
  expect(JSON.stringify(analysis)).not.toMatch(/\d{4}-\d\d-\d\d/);
  expect(readFileSync(join(other, 'again.html'), 'utf8')).toBe(html);
});

test('--html into a folder that does not exist: exit 1, one line', async () => {
  const result = await runCli(
    [
      'analyze',
      'rated.xlsx',
      '--html',
      'out/r.html',
      '--framework',
      'framework.json',
    ],
    dir,
  );
  expect(result).toEqual({
    code: 1,
    stdout: '',
    stderr:
      'pace-inventory: Cannot write out/r.html: the folder out does not exist.\n',
  });
});
