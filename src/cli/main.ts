import {
  Command,
  CommanderError,
  InvalidArgumentError,
  Option,
} from 'commander';
import { version } from '../../package.json';
import {
  HIGHEST_THRESHOLD,
  LOWEST_RATING,
  THRESHOLD_RANGE,
} from '../inventory';
import { analyze } from './analyze';
import { create } from './create';
import { EXIT, oneLine } from './errors';
import { start } from './start';

const DEFAULT_OUT = 'pace-inventory.xlsx';

function program(): Command {
  const cli = new Command('pace-inventory')
    .description('Take the Illinois PaCE inventory in an .xlsx workbook.')
    .version(version)
    .exitOverride()
    .configureOutput({
      outputError: (text, write) =>
        write(`pace-inventory: ${oneLine(text.replace(/^error: /, ''))}\n`),
    });

  cli
    .command('create')
    .description('write a fresh inventory workbook')
    .option('--out <file>', 'the workbook to write', DEFAULT_OUT)
    .option('--force', 'replace the file when it exists')
    .addOption(frameworkOption())
    .action(create);

  cli
    .command('analyze')
    .description('print the gap analysis of a rated inventory workbook')
    .argument('<file>', 'the rated .xlsx workbook')
    .option('--sheet <name>', 'the inventory sheet (default: the first one)')
    .option(
      '--threshold <n>',
      `flag ratings at or below n (${THRESHOLD_RANGE})`,
      threshold,
    )
    .option('--json', 'print the analysis as one JSON object')
    .option('--html <out>', 'also write a printable HTML report', htmlFile)
    .addOption(frameworkOption())
    .action(analyze);

  cli
    .command('start')
    .description('create pace-inventory.xlsx here and show a sample analysis')
    .action(start);
  return cli;
}

function frameworkOption(): Option {
  return new Option(
    '--framework <file>',
    'a framework JSON file (default: Career Exploration and Development)',
  );
}

function threshold(value: string): number {
  const number = Number(value);
  const whole = /^ *\d+ *$/.test(value);
  if (!whole || number < LOWEST_RATING || number > HIGHEST_THRESHOLD) {
    throw new InvalidArgumentError(
      `The threshold is a whole number ${THRESHOLD_RANGE}.`,
    );
  }
  return number;
}

/** The report replaces what is there, so it must not be a workbook. */
function htmlFile(value: string): string {
  if (!/\.html?$/i.test(value)) {
    throw new InvalidArgumentError('The report file name ends in .html.');
  }
  return value;
}

async function main(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    return fail(error);
  }
}

/** One line on stderr, never a stack trace. */
function fail(error: unknown): number {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`pace-inventory: ${oneLine(message)}\n`);
  return EXIT.failed;
}

// A reader that stops early (`| head`) closes the pipe: nothing is wrong.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  process.exit(error.code === 'EPIPE' ? EXIT.ok : fail(error));
});

void main(process.argv).then((code) => {
  process.exitCode = code;
});
