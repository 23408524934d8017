import { terminalText } from './terminal-text';

/** Exit statuses of CONTRACT.md. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A failure a person can act on: exit status 1 and this message. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** The message on one line: stderr shows one line, never a stack, and
 *  sheet text in it never acts on the terminal. */
export function oneLine(text: string): string {
  return terminalText(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

/** The system's code of a failed file operation (`ENOENT`), or ''. */
export function errorCode(error: unknown): string {
  return String((error as NodeJS.ErrnoException | null)?.code ?? '');
}
