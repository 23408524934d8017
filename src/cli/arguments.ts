import { CommanderError, InvalidArgumentError } from 'commander';
import {
  DEFAULT_THRESHOLD,
  FIELDS,
  HIGHEST_THRESHOLD,
  LOWEST_RATING,
  THRESHOLD_RANGE,
  THRESHOLD_RULE,
} from '../inventory';

/** What --threshold says in the help. */
export const THRESHOLD_HELP =
  `flag ratings at or below n (${THRESHOLD_RANGE}; default: the sheet's ` +
  `"${FIELDS.threshold.label.replace(/:$/, '')}" cell, ` +
  `${DEFAULT_THRESHOLD} when it is not ${THRESHOLD_RANGE})`;

const HELP_HINT = ' (see pace-inventory --help)';
// How commander starts the message of a value its parser refused.
const REFUSED_VALUE = / is invalid\. /;

/** The value of --threshold: a whole number 1-4. */
export function threshold(value: string): number {
  const number = Number(value);
  const whole = /^ *\d+ *$/.test(value);
  if (!whole || number < LOWEST_RATING || number > HIGHEST_THRESHOLD) {
    throw new InvalidArgumentError(THRESHOLD_RULE);
  }
  return number;
}

/** A file an option names, and how its name must end. */
interface FileKind {
  option: string;
  what: string;
  end: string;
  example: string;
}

const WORKBOOK: FileKind = {
  option: '--out',
  what: 'The workbook',
  end: '.xlsx',
  example: 'pace-inventory.xlsx',
};

const REPORT: FileKind = {
  option: '--html',
  what: 'The report',
  end: '.html',
  example: 'report.html',
};

/** The value of create --out: an .xlsx file name. */
export function workbookFile(value: string): string {
  return fileName(value, WORKBOOK);
}

/** The value of --html: an .html file name. The report replaces what is
 *  there, so it must not be a workbook. */
export function htmlFile(value: string): string {
  return fileName(value, REPORT);
}

function fileName(value: string, kind: FileKind): string {
  const { option, what, end, example } = kind;
  if (value === '') {
    throw new InvalidArgumentError(`Give a file name after ${option}.`);
  }
  if (/[\\/]$/.test(value)) {
    throw new InvalidArgumentError(
      `${value} is a folder: give a file name, such as ${value}${example}.`,
    );
  }
  if (!value.toLowerCase().endsWith(end)) {
    throw new InvalidArgumentError(
      `${what} name must end in ${end}; ${value} does not.`,
    );
  }
  return value;
}

/**
 * The line to show for wrong arguments: a refused value says what is
 * wanted; anything else points to the help. Null when commander has
 * shown the help itself.
 */
export function usageMessage(error: CommanderError): string | null {
  if (error.code === 'commander.help') return null;
  const text = error.message.replace(/^error: /, '');
  if (error.code === 'commander.invalidArgument') {
    const refused = REFUSED_VALUE.exec(text);
    if (refused) return text.slice(refused.index + refused[0].length);
  }
  return `${text}${HELP_HINT}`;
}
