import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(__dirname, '..', '..');
export const CLI = join(REPO, 'dist', 'cli.js');

/** dist/cli.js as jest's global setup (or `npm run build`) wrote it. */
export function expectBuiltCli(): void {
  if (!existsSync(CLI)) {
    throw new Error(`${CLI} is missing: run npm run build (jest builds it).`);
  }
}

/** What a run of the CLI showed the user. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js ...args` in a folder; never throws on exit codes. */
export function runCli(args: string[], cwd: string): Promise<CliResult> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? Number(error.code ?? 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** The user sees one line on stderr, nothing on stdout, and this code. */
export function expectRefusal(
  result: CliResult,
  code: number,
  message: string,
): void {
  expect(result).toEqual({
    code,
    stdout: '',
    stderr: `pace-inventory: ${message}\n`,
  });
}

/** A new empty folder for one test's files. */
export function tempDir(name = 'cli'): string {
  return mkdtempSync(join(tmpdir(), `pace-${name}-`));
}
