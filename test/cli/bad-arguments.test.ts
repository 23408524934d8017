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
