// Builds what clasp pushes (build/) and the offline tool (dist/).
// build/ is emptied first: clasp pushes the whole folder.
import { build } from 'esbuild';
import { importSource } from './import-source.mjs';
import {
  chmod,
  copyFile,
  mkdir,
  readFile,
  rm,
  writeFile,
} from 'node:fs/promises';

// The CONTRACT.md entry points Apps Script must find at top level.
const CONTRACT_ENTRY_POINTS = JSON.parse(
  await readFile('scripts/entry-points.json', 'utf8'),
);
const GLOBAL = 'PaceInventory';
const ADDON_ENTRY = 'src/addon/main.ts';

const PARTS = {
  addon: buildAddon,
  sidebar: buildSidebar,
  cli: buildCli,
};

// `node scripts/build.mjs sidebar` (or addon, cli) builds one part only.
async function main() {
  const part = process.argv[2] ?? 'all';
  if (part !== 'all' && !(part in PARTS)) {
    fail(`unknown part "${part}": use ${Object.keys(PARTS).join(', ')}`);
  }
  await checkFramework();
  if (part === 'all') await rm('build', { recursive: true, force: true });
  await mkdir('build', { recursive: true });
  const builds = part === 'all' ? Object.values(PARTS) : [PARTS[part]];
  for (const buildPart of builds) await buildPart();
}

/** Stops the build with the validator's message when the framework is bad. */
async function checkFramework() {
  const { DEFAULT_FRAMEWORK, frameworkProblems } =
    await importSource('./src/framework');
  const problems = frameworkProblems(DEFAULT_FRAMEWORK);
  if (problems.length > 0) {
    fail(`The default framework is not valid: ${problems.join('; ')}.`);
  }
}

/** One classic script: the bundle, then a top-level function per export,
 *  since Apps Script only sees top-level function declarations. */
async function buildAddon() {
  const exports = await exportNames(ADDON_ENTRY);
  const missing = CONTRACT_ENTRY_POINTS.filter((n) => !exports.includes(n));
  if (missing.length > 0) {
    fail(`${ADDON_ENTRY} does not export: ${missing.join(', ')}`);
  }
  const bundle = await build({
    entryPoints: [ADDON_ENTRY],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2020',
    platform: 'neutral',
    write: false,
    logLevel: 'error',
  });
  const wrappers = exports.map(
    (name) =>
      `function ${name}(...args) {\n  return ${GLOBAL}.${name}(...args);\n}`,
  );
  const code = `${bundle.outputFiles[0].text}\n${wrappers.join('\n\n')}\n`;
  await writeFile('build/Code.js', code);
  await copyFile('appsscript.json', 'build/appsscript.json');
}

async function exportNames(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: 'out',
    logLevel: 'error',
  });
  const outputs = Object.values(result.metafile.outputs);
  return outputs.flatMap((output) => output.exports ?? []);
}

/** One self-contained page: Apps Script serves a single HTML file. */
async function buildSidebar() {
  const [script, style, template] = await Promise.all([
    bundleText('src/sidebar/main.ts', { format: 'iife', target: 'es2020' }),
    bundleText('src/sidebar/sidebar.css', {}),
    readFile('src/sidebar/index.html', 'utf8'),
  ]);
  // Apps Script's HTML service can misread `//` in inlined script as a
  // comment start; `</script` would close the tag early.
  const safeScript = script
    .replace(/:\/\//g, ':\\/\\/')
    .replace(/<\/script/gi, '<\\/script');
  const page = template
    .replace('/* STYLE */', () => style)
    .replace('/* SCRIPT */', () => safeScript);
  await writeFile('build/Sidebar.html', page);
}

async function bundleText(entry, options) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    logLevel: 'error',
    ...options,
  });
  return result.outputFiles[0].text;
}

async function buildCli() {
  await build({
    entryPoints: ['src/cli/main.ts'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'error',
  });
  await chmod('dist/cli.js', 0o755);
}

function fail(message) {
  console.error(`build failed: ${message}`);
  process.exit(1);
}

main().catch((error) => fail(error.message));
