// `npm run bench`: builds, then runs bench/run.ts (bundled by esbuild, as it
// imports the TypeScript sources and the test fakes). It prints figures and
// writes bench/results.json; it never fails for a slow machine.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';

const OUT = 'node_modules/.cache/pace-bench/run.cjs';

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
await build({
  entryPoints: ['bench/run.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  outfile: OUT,
  logLevel: 'error',
});
execFileSync(process.execPath, [OUT], { stdio: 'inherit' });
