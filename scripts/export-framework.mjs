// Writes the default framework as JSON to examples/, the starting point for
// a district that adapts the benchmark list (`pace-inventory --framework`).
import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';

const OUT = 'examples/career-exploration-framework.json';

const result = await build({
  stdin: {
    contents: "export { DEFAULT_FRAMEWORK } from './src/framework';",
    resolveDir: '.',
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  write: false,
  logLevel: 'error',
});
const code = Buffer.from(result.outputFiles[0].text).toString('base64');
const { DEFAULT_FRAMEWORK } = await import(
  `data:text/javascript;base64,${code}`
);
await writeFile(OUT, `${JSON.stringify(DEFAULT_FRAMEWORK, null, 2)}\n`);
console.log(`Wrote ${OUT}`);
