import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// The deploy set-up, as far as it goes without a Google account.
function setup(...args: string[]) {
  const run = spawnSync(
    process.execPath,
    ['scripts/clasp-setup.mjs', ...args],
    { encoding: 'utf8' },
  );
  return { code: run.status, out: run.stdout, err: run.stderr.trim() };
}

describe('npm run setup-deploy', () => {
  const projectFile = readFileSync('.clasp.json', 'utf8');

  afterEach(() => {
    expect(readFileSync('.clasp.json', 'utf8')).toBe(projectFile);
  });

  it('plans a project bound to the spreadsheet of a URL, then a push', () => {
    const url = 'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjK-lmn/edit';

    const result = setup('--spreadsheet', url, '--dry-run');

    expect(result.code).toBe(0);
    expect(result.out).toContain(
      'create-script --parentId 1AbCdEfGhIjK-lmn --title "PaCE Inventory"',
    );
    expect(result.out).toContain('"rootDir":"build"');
    expect(result.out).toMatch(/> npm run deploy\nDry run: nothing was done/);
  });

  it.each([
    [['--spreadsheet', 'not a url'], '"not a url" is not a spreadsheet'],
    [['--script-id', 'abc'], '"abc" is not an Apps Script id.'],
    [[], 'Give either --spreadsheet or --script-id.'],
    [['--help'], "Unknown option '--help'."],
  ])('refuses %j in one line', (args, message) => {
    const result = setup(...args, '--dry-run');

    expect(result.code).toBe(1);
    expect(result.err).toContain(message);
    expect(result.err.split('\n')).toHaveLength(1);
    expect(result.out).toBe('');
  });
});
