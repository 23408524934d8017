import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const PAGE_FILE = path.join(ROOT, 'build/Sidebar.html');
/** What the page is built from: a newer file means a stale build. */
const PAGE_SOURCES = ['src/sidebar', 'src/framework', 'src/inventory'];

let pageHtml: string | null = null;

/** build/Sidebar.html, built first when missing or older than its sources. */
export function sidebarHtml(): string {
  if (pageHtml !== null) return pageHtml;
  if (isStale()) buildUnderLock();
  pageHtml = readFileSync(PAGE_FILE, 'utf8');
  return pageHtml;
}

function isStale(): boolean {
  const built = mtimeOf(PAGE_FILE);
  if (built === null) return true;
  return PAGE_SOURCES.some((dir) => newestIn(path.join(ROOT, dir)) > built);
}

function mtimeOf(file: string): number | null {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

function newestIn(dir: string): number {
  const entries = readdirSync(dir, { withFileTypes: true });
  return Math.max(
    0,
    ...entries.map((e) => {
      const full = path.join(dir, e.name);
      return e.isDirectory() ? newestIn(full) : (mtimeOf(full) ?? 0);
    }),
  );
}

/** Jest runs test files in parallel: one builds, the others wait for it. */
function buildUnderLock(): void {
  const id = createHash('sha1').update(ROOT).digest('hex').slice(0, 12);
  const lock = path.join(tmpdir(), `pace-sidebar-build-${id}.lock`);
  const deadline = Date.now() + 120_000;
  while (!tryLock(lock)) {
    if (Date.now() > deadline) throw new Error(`Build lock stuck: ${lock}`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  }
  try {
    if (!isStale()) return;
    execFileSync(process.execPath, ['scripts/build.mjs', 'sidebar'], {
      cwd: ROOT,
      stdio: 'pipe',
    });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function tryLock(lock: string): boolean {
  try {
    mkdirSync(lock);
    return true;
  } catch {
    const age = Date.now() - (mtimeOf(lock) ?? Date.now());
    if (age > 60_000) rmSync(lock, { recursive: true, force: true });
    return false;
  }
}
