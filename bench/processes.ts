import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Framework } from '../src/framework';
import type { Figure } from './figures';
import { median } from './measure';

const RUNS = 5;
const CLI = join(process.cwd(), 'dist', 'cli.js');

/** `pace-inventory create` and `analyze` as whole processes, median of 5. */
export function cliFigures(framework: Framework, size: number): Figure[] {
  const folder = mkdtempSync(join(tmpdir(), 'pace-bench-'));
  try {
    const frameworkFile = join(folder, 'framework.json');
    writeFileSync(frameworkFile, JSON.stringify(framework));
    const workbook = join(folder, 'inventory.xlsx');
    const create = ['create', '--out', workbook, '--force'];
    const analyze = ['analyze', workbook, '--json'];
    const extra = size === 20 ? [] : ['--framework', frameworkFile];
    const goal = { max: 1000, text: '< 1000 ms' };
    return [
      {
        name: 'cli create',
        size,
        value: wall([...create, ...extra]),
        unit: 'ms',
        goal,
      },
      {
        name: 'cli analyze',
        size,
        value: wall([...analyze, ...extra]),
        unit: 'ms',
        goal,
      },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function wall(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    execFileSync(process.execPath, [CLI, ...args], { stdio: 'pipe' });
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Sizes of what clasp pushes. */
export function sizeFigures(): Figure[] {
  const kb = (file: string) => statSync(file).size / 1024;
  return [
    {
      name: 'build/Code.js size',
      size: null,
      value: kb('build/Code.js'),
      unit: 'KB',
      goal: null,
    },
    {
      name: 'build/Sidebar.html size',
      size: null,
      value: kb('build/Sidebar.html'),
      unit: 'KB',
      goal: { max: 50, text: '< 50 KB' },
    },
  ];
}
