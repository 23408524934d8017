import {
  expectBuiltCli,
  expectRefusal,
  runCli,
  tempDir,
} from '../support/cli-run';
import { makeInventory } from '../support/cli-workbook';

let dir: string;

beforeAll(async () => {
  expectBuiltCli();
  dir = tempDir('bad-arguments');
  await makeInventory(dir, () => undefined, 'good.xlsx');
});

const analyze = (...args: string[]) => runCli(['analyze', ...args], dir);

const HELP = ' (see pace-inventory --help)';

describe('wrong arguments: exit 2, one line', () => {
  test.each(['0', '5', '9', '2.5', 'low', '-1'])(
    '--threshold %s: the rule of the threshold',
    async (n) => {
      expectRefusal(
        await analyze('good.xlsx', '--threshold', n),
        2,
        'The threshold must be a whole number from 1 to 4.',
      );
    },
  );

  test('an unknown option, with a suggestion and the help', async () => {
    expectRefusal(
      await analyze('good.xlsx', '--jsn'),
      2,
      `unknown option '--jsn' (Did you mean --json?)${HELP}`,
    );
    expectRefusal(
      await runCli(['create', '--bogus'], dir),
      2,
      `unknown option '--bogus'${HELP}`,
    );
  });

  test('--html naming anything but an .html file', async () => {
    expectRefusal(
      await analyze('good.xlsx', '--html', 'good.xlsx'),
      2,
      'The report name must end in .html; good.xlsx does not.',
    );
  });

  test('create --out naming no file, or no .xlsx file', async () => {
    const create = (out: string) => runCli(['create', '--out', out], dir);
    expectRefusal(await create(''), 2, 'Give a file name after --out.');
    expectRefusal(
      await create('ratings.csv'),
      2,
      'The workbook name must end in .xlsx; ratings.csv does not.',
    );
    expectRefusal(
      await create('reports/'),
      2,
      'reports/ is a folder: give a file name, such as ' +
        'reports/pace-inventory.xlsx.',
    );
    expectRefusal(
      await runCli(['create', '--out'], dir),
      2,
      `option '--out <file>' argument missing${HELP}`,
    );
  });

  test('a missing FILE, an extra argument, an unknown command', async () => {
    expectRefusal(
      await analyze(),
      2,
      `missing required argument 'file'${HELP}`,
    );
    expectRefusal(
      await analyze('a.xlsx', 'b.xlsx'),
      2,
      `too many arguments for 'analyze'. Expected 1 argument but got 2.${HELP}`,
    );
    expectRefusal(
      await runCli(['analyse', 'good.xlsx'], dir),
      2,
      `unknown command 'analyse' (Did you mean analyze?)${HELP}`,
    );
  });
});

test('--help says where the threshold comes from', async () => {
  const help = await analyze('--help');
  expect(help.code).toBe(0);
  expect(help.stdout.replace(/\s+/g, ' ')).toContain(
    '--threshold <n> flag ratings at or below n (1-4; default: the ' +
      'sheet\'s "Flag at or below" cell, 2 when it is not 1-4)',
  );
});
