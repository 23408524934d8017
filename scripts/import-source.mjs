// Node cannot import the TypeScript sources directly: bundle one module with
// esbuild in memory and import the result.
import { build } from 'esbuild';

/** The exports of a module under src/, e.g. `./src/framework`. */
export async function importSource(path) {
  const result = await build({
    stdin: { contents: `export * from '${path}';`, resolveDir: '.' },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  const code = Buffer.from(result.outputFiles[0].text).toString('base64');
  return import(`data:text/javascript;base64,${code}`);
}
