import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(__dirname, '..', '..');
export const CLI = join(REPO, 'dist', 'cli.js');

const SOURCES = [
  'src/cli',
  'src/inventory',
  'src/framework',
  'src/addon/server-api.ts',
  'scripts/build.mjs',
  'package.json',
];
const LOCK = join(REPO, 'node_modules', '.cache', 'pace-cli-build.lock');
const STALE_LOCK_MS = 120_000;

/**
 * Builds dist/cli.js with `node scripts/build.mjs cli` unless it is newer
 * than its sources. Test files run in parallel: a lock keeps one build at a
 * time, and skipping a fresh bundle keeps a build from rewriting the file
 * while another test runs it.
 */
export function buildCli(): void {
  withLock(() => {
    if (isFresh()) return;
    execFileSync(process.execPath, ['scripts/build.mjs', 'cli'], {
      cwd: REPO,
      stdio: 'pipe',
    });
  });
}

function isFresh(): boolean {
  try {
    return statSync(CLI).mtimeMs >= newest(SOURCES.map((p) => join(REPO, p)));
  } catch {
    return false;
  }
}

function newest(paths: string[]): number {
  return Math.max(
    ...paths.map((path) => {
      const stat = statSync(path);
      if (!stat.isDirectory()) return stat.mtimeMs;
      const inside = readdirSync(path).map((name) => join(path, name));
      return Math.max(stat.mtimeMs, newest(inside));
    }),
  );
}

function withLock(work: () => void): void {
  mkdirSync(join(LOCK, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const lock = statSync(LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > STALE_LOCK_MS) {
        rmSync(LOCK, { recursive: true, force: true });
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
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

/** A new empty folder for one test's files. */
export function tempDir(name = 'cli'): string {
  return mkdtempSync(join(tmpdir(), `pace-${name}-`));
}
