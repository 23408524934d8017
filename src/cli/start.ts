import { isAbsolute, join, relative } from 'node:path';
import { DEFAULT_FRAMEWORK, listBenchmarks } from '../framework';
import { RATING_RANGE } from '../inventory';
import { analyzeWorkbook } from './analyze';
import { CliError } from './errors';
import { OutputExistsError, writeOutput } from './output-file';
import { textReport } from './report-text';
import { analyzeCommand, COMMAND } from './shell-word';
import { inventoryWorkbook, workbookBytes } from './workbook-writer';

// dist/cli.js sits beside examples/ in the package.
const SAMPLE = join(__dirname, '..', 'examples', 'sample-rated-inventory.xlsx');
const NAME = 'pace-inventory';
const EXTENSION = '.xlsx';
const MOST_COPIES = 999;

/** `npm start`: a fresh inventory here, and what its analysis will show. */
export async function start(): Promise<void> {
  const framework = DEFAULT_FRAMEWORK;
  const file = await writeNewFile(
    await workbookBytes(inventoryWorkbook(framework)),
  );
  const first = `${NAME}${EXTENSION}`;
  if (file !== first) {
    console.log(`${first} already exists and stays as it is.`);
  }
  console.log(
    `Created ${file}: a fresh inventory of the ` +
      `${listBenchmarks(framework).length} benchmarks of ${framework.name}.`,
  );

  const sample = shortPath(SAMPLE);
  const analysis = await analyzeWorkbook(sample, framework);
  console.log(
    `\nThis is what the analysis of a rated inventory looks like ` +
      `(the sample ${sample}):\n`,
  );
  console.log(textReport(analysis, sample));
  console.log(
    `\nNext: open ${file}, rate each benchmark ${RATING_RANGE}, then run:\n` +
      `  ${analyzeCommand(file)}`,
  );
}

/** A path relative to here when it lies below, else as it is. */
function shortPath(path: string): string {
  const near = relative(process.cwd(), path);
  return near.startsWith('..') || isAbsolute(near) ? path : near;
}

/** Writes pace-inventory.xlsx, or the first free pace-inventory-N.xlsx:
 *  never over a file that exists. */
async function writeNewFile(bytes: Buffer): Promise<string> {
  for (let copy = 1; copy <= MOST_COPIES; copy++) {
    const file = `${NAME}${copy === 1 ? '' : `-${copy}`}${EXTENSION}`;
    try {
      await writeOutput(file, bytes, { overwrite: false });
      return file;
    } catch (error) {
      if (!(error instanceof OutputExistsError)) throw error;
    }
  }
  throw new CliError(
    `${NAME}${EXTENSION} to ${NAME}-${MOST_COPIES}${EXTENSION} all exist ` +
      `here: run ${COMMAND} create --out FILE instead.`,
  );
}
