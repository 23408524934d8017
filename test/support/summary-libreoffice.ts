import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { findSoffice } from './libreoffice';

const run = promisify(execFile);

// The same always-recalculate setting as libreoffice.ts, whose runner takes
// one file per start of LibreOffice; starting it once for many workbooks
// keeps these tests within seconds.
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function freshProfile(): string {
  const profile = mkdtempSync(join(tmpdir(), 'pace-summary-soffice-'));
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(
    join(profile, 'user', 'registrymodifications.xcu'),
    ALWAYS_RECALCULATE,
  );
  return pathToFileURL(profile).href;
}

/**
 * Opens each .xlsx file in one run of headless LibreOffice, which computes
 * every formula, and saves it as .xlsx in `outDir` with the results
 * cached. Returns the new files in the order of `files` (their names must
 * differ).
 */
export async function recalculateAll(
  files: string[],
  outDir: string,
): Promise<string[]> {
  if (files.some((file) => resolve(dirname(file)) === resolve(outDir))) {
    throw new Error(
      'recalculateAll would overwrite its input: use another outDir',
    );
  }
  const args = [
    `-env:UserInstallation=${freshProfile()}`,
    '--headless',
    '--norestore',
    '--nolockcheck',
    '--convert-to',
    'xlsx',
    '--outdir',
    outDir,
    ...files,
  ];
  const { stdout, stderr } = await run(findSoffice(), args, {
    timeout: 120_000,
  });
  return files.map((file) => {
    const output = join(outDir, basename(file));
    if (existsSync(output)) return output;
    throw new Error(
      `LibreOffice did not write ${output}: ${stdout.trim()} ${stderr.trim()}`,
    );
  });
}
