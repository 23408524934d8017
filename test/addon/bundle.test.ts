import { readFileSync } from 'node:fs';
import { runInContext, createContext, type Context } from 'node:vm';
import { createWorld, type FakeWorld } from '../fakes/services';
// The names CONTRACT.md promises as top-level functions of build/Code.js.
import CONTRACT_ENTRY_POINTS from '../../scripts/entry-points.json';

const code = readFileSync('build/Code.js', 'utf8');

function load(world: FakeWorld): Context {
  const context = createContext({ ...world.globals, console });
  runInContext(code, context, { filename: 'Code.js' });
  return context;
}

describe('build/Code.js, as Apps Script loads it', () => {
  it('declares every CONTRACT entry point as a top-level function', () => {
    const context = load(createWorld());

    for (const name of CONTRACT_ENTRY_POINTS) {
      expect(typeof context[name]).toBe('function');
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    }
  });

  it('builds the menu in AuthMode.NONE', () => {
    const world = createWorld({ authMode: 'NONE' });
    const context = load(world);

    runInContext('onOpen({ authMode: "NONE" })', context);

    expect(world.ui.menus[0]?.map((item) => item.functionName)).toEqual([
      'createInventory',
      'showGapAnalysis',
    ]);
  });

  it('creates an inventory and analyses it end to end', () => {
    const world = createWorld();
    const context = load(world);

    runInContext('createInventory()', context);
    const sheet = world.spreadsheet.activeSheet;
    const rating = sheet.getRange('E16');
    rating.setValue(1);
    const analysis = runInContext('getGapAnalysis({})', context) as {
      overall: { rated: number; total: number };
      flagged: { id: string }[];
    };

    expect(sheet.getName()).toBe('PaCE Inventory');
    expect(analysis.overall).toMatchObject({ rated: 1, total: 20 });
    expect(analysis.flagged.map((item) => item.id)).toEqual(['ced-8-s1']);
    expect(runInContext('selectBenchmark("ced-8-s1")', context)).toBe('E16');
  });

  it('opens the sidebar page that the build wrote', () => {
    const world = createWorld();
    const context = load(world);

    runInContext('showGapAnalysis()', context);

    expect(world.ui.sidebars).toEqual([
      { title: 'Gap analysis', file: 'Sidebar' },
    ]);
    expect(readFileSync('build/Sidebar.html', 'utf8')).toMatch(/<html/i);
  });

  it('holds only what clasp should push', () => {
    const manifest = JSON.parse(readFileSync('build/appsscript.json', 'utf8'));

    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });
});
