import { Command, CommanderError, Option } from 'commander';
import { version } from '../../package.json';
import { analyze } from './analyze';
import {
  htmlFile,
  threshold,
  THRESHOLD_HELP,
  usageMessage,
  workbookFile,
} from './arguments';
import { create } from './create';
import { EXIT, oneLine } from './errors';
import { start } from './start';

const DEFAULT_OUT = 'pace-inventory.xlsx';

function program(): Command {
  const cli = new Command('pace-inventory')
    .description('Take the Illinois PaCE inventory in an .xlsx workbook.')
    .version(version)
    .exitOverride()
    // main() shows the error, in words of its own.
    .configureOutput({ outputError: () => undefined });

  cli
    .command('create')
    .description('write a fresh inventory workbook')
    .option('--out <file>', 'the workbook to write', workbookFile, DEFAULT_OUT)
    .option('--force', 'replace the file when it exists')
    .addOption(frameworkOption())
    .action(create);

  cli
    .command('analyze')
    .description('print the gap analysis of a rated inventory workbook')
    .argument('<file>', 'the rated .xlsx workbook')
    .option('--sheet <name>', 'the inventory sheet (default: the first one)')
    .option('--threshold <n>', THRESHOLD_HELP, threshold)
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

async function main(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) return wrongArguments(error);
    return fail(error);
  }
}

function wrongArguments(error: CommanderError): number {
  if (error.exitCode === 0) return EXIT.ok;
  const message = usageMessage(error);
  if (message !== null) {
    process.stderr.write(`pace-inventory: ${oneLine(message)}\n`);
  }
  return EXIT.usage;
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
