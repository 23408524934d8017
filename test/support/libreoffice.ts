import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

const SOFFICE_PATHS = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
];

// Recalculate every formula on load, for .xlsx and .ods alike (0 = always):
// a file's cached results must never stand in for the engine's own.
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

let profile: string | null = null;

/**
 * The LibreOffice program (`$SOFFICE`, else the usual places). Throws with
 * what to install when there is none: a missing engine fails a test, it
 * never skips it.
 */
export function findSoffice(): string {
  const found = [process.env.SOFFICE, ...SOFFICE_PATHS].find(
    (path): path is string => path !== undefined && existsSync(path),
  );
  if (found) return found;
  throw new Error(
    'LibreOffice (soffice) is not installed: these tests need it. Install ' +
      'it (Debian: apt-get install libreoffice-calc) or set SOFFICE to it.',
  );
}

/** A fresh profile of this process, set to always recalculate on load. */
function profileUrl(): string {
  if (profile === null) {
    profile = mkdtempSync(join(tmpdir(), 'pace-soffice-'));
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(
      join(profile, 'user', 'registrymodifications.xcu'),
      ALWAYS_RECALCULATE,
    );
  }
  return pathToFileURL(profile).href;
}

/**
 * Converts a file with headless LibreOffice (`format` as for
 * `--convert-to`, e.g. `xlsx`, `csv`, `pdf`) into `outDir`; returns the
 * path of the new file.
 */
export async function convertWithLibreOffice(
  input: string,
  format: string,
  outDir: string,
): Promise<string> {
  const [output] = await convertAllWithLibreOffice([input], format, outDir);
  return output ?? '';
}

/**
 * Converts several files in one start of LibreOffice (each start costs
 * about a second); returns the new files in the order of `inputs`.
 */
export async function convertAllWithLibreOffice(
  inputs: string[],
  format: string,
  outDir: string,
): Promise<string[]> {
  const extension = format.split(':')[0] ?? format;
  const args = [
    `-env:UserInstallation=${profileUrl()}`,
    '--headless',
    '--norestore',
    '--nolockcheck',
    '--convert-to',
    format,
    '--outdir',
    outDir,
    ...inputs,
  ];
  const { stdout, stderr } = await run(findSoffice(), args, {
    timeout: 180_000,
  });
  return inputs.map((input) => {
    const name = `${basename(input, extname(input))}.${extension}`;
    const output = join(outDir, name);
    if (existsSync(output)) return output;
    throw new Error(
      `LibreOffice did not write ${output}: ${stdout.trim()} ${stderr.trim()}`,
    );
  });
}

/** The first page of a workbook as printed by LibreOffice, as a PNG. */
export async function renderFirstPage(
  input: string,
  outDir: string,
  dpi = 70,
): Promise<string> {
  const pdf = await convertWithLibreOffice(input, 'pdf', outDir);
  const prefix = join(outDir, basename(input, extname(input)));
  await run('pdftoppm', [
    '-png',
    '-r',
    String(dpi),
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdf,
    prefix,
  ]);
  return `${prefix}.png`;
}
