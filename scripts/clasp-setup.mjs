// Takes a new user from `clasp login` to a pushed Apps Script project bound
// to their spreadsheet, filling in the script id of .clasp.json.
//   node scripts/clasp-setup.mjs --spreadsheet <URL or id>   (new project)
//   node scripts/clasp-setup.mjs --script-id <id>            (existing one)
// --dry-run prints the steps without running them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const PROJECT_FILE = '.clasp.json';
const TITLE = 'PaCE Inventory';
const CLASP = join('node_modules', '.bin', 'clasp');

const USAGE =
  'Use: npm run setup-deploy -- --spreadsheet <URL or id> | ' +
  '--script-id <id> [--dry-run]';

function main() {
  const values = options();
  const dry = values['dry-run'];
  const scriptId = values['script-id'];
  if (Boolean(values.spreadsheet) === Boolean(scriptId)) {
    stop(`Give either --spreadsheet or --script-id. ${USAGE}`);
  }
  if (scriptId !== undefined) checkId(scriptId, 'an Apps Script id');
  const parent = values.spreadsheet && spreadsheetId(values.spreadsheet);
  if (!existsSync(join(homedir(), '.clasprc.json'))) run(dry, CLASP, 'login');
  saveScriptId(dry, scriptId ?? createProject(dry, parent));
  run(dry, 'npm', 'run', 'deploy');
  console.log(
    dry
      ? 'Dry run: nothing was done.'
      : 'Done. Reload the spreadsheet, then use Extensions > PaCE ' +
          'Inventory > Create inventory.',
  );
}

function options() {
  try {
    const { values } = parseArgs({
      options: {
        spreadsheet: { type: 'string' },
        'script-id': { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
      },
    });
    return values;
  } catch (error) {
    return stop(`${error.message.split('\n')[0]}. ${USAGE}`);
  }
}

/** The id in a spreadsheet URL (…/spreadsheets/d/<id>/edit) or the id. */
function spreadsheetId(text) {
  const match = /\/spreadsheets\/d\/([\w-]+)/.exec(text);
  return checkId(match ? match[1] : text.trim(), 'a spreadsheet URL or id');
}

function checkId(id, what) {
  if (!/^[\w-]{10,}$/.test(id)) stop(`"${id}" is not ${what}.`);
  return id;
}

/** clasp refuses to create where a project file exists: use a temp folder. */
function createProject(dry, parent) {
  const folder = dry ? '<temp folder>' : mkdtempSync(join(tmpdir(), 'clasp-'));
  const clasp = join(process.cwd(), CLASP);
  const args = ['create-script', '--parentId', parent, '--title', TITLE];
  run(dry, clasp, ...args, { cwd: folder });
  if (dry) return '<new script id>';
  const created = JSON.parse(readFileSync(join(folder, PROJECT_FILE), 'utf8'));
  return created.scriptId;
}

function saveScriptId(dry, scriptId) {
  const project = JSON.parse(readFileSync(PROJECT_FILE, 'utf8'));
  const saved = { ...project, scriptId, rootDir: 'build' };
  console.log(`> write ${PROJECT_FILE}: ${JSON.stringify(saved)}`);
  if (!dry) writeFileSync(PROJECT_FILE, `${JSON.stringify(saved, null, 2)}\n`);
}

function run(dry, command, ...rest) {
  const last = rest.at(-1);
  const options = typeof last === 'object' ? rest.pop() : {};
  const args = rest;
  const where = options.cwd ? ` (in ${options.cwd})` : '';
  const shown = [command, ...args].map((a) => (/\s/.test(a) ? `"${a}"` : a));
  console.log(`> ${shown.join(' ')}${where}`);
  if (dry) return;
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) stop(`${command} ${args[0]} did not succeed.`);
}

function stop(message) {
  console.error(message);
  process.exit(1);
}

main();
