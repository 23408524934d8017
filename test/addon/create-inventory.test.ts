import { createInventory } from '../../src/addon/create-inventory';
import { DEFAULT_FRAMEWORK, listBenchmarks } from '../../src/framework';
import { buildLayout, columnOf } from '../../src/inventory';
import {
  activeSheet,
  freshWorld,
  idColumn,
  rate,
  rowOf,
} from '../support/addon-world';

const layout = buildLayout(DEFAULT_FRAMEWORK);
const RATING = columnOf('rating');

function textOf(sheet: ReturnType<typeof activeSheet>, row: number) {
  return sheet.rows[row - 1]?.map((cell) => String(cell.value)) ?? [];
}

describe('createInventory', () => {
  it('inserts an active sheet with every benchmark once, by id', () => {
    const world = freshWorld();

    createInventory();

    const sheet = activeSheet(world);
    expect(sheet.getName()).toBe('PaCE Inventory');
    const ids = idColumn(sheet).filter((id) => id !== '');
    const expected = listBenchmarks(DEFAULT_FRAMEWORK).map((b) => b.id);
    expect(ids.filter((id) => id.startsWith('ced-'))).toEqual(expected);
    for (const benchmark of listBenchmarks(DEFAULT_FRAMEWORK)) {
      expect(textOf(sheet, rowOf(sheet, benchmark.id))).toContain(
        benchmark.text,
      );
    }
    expect(world.ui.alerts).toEqual([]);
  });

  it('shows the title, the fields, the instructions, key and scale on top', () => {
    const world = freshWorld();

    createInventory();

    const sheet = activeSheet(world);
    const top = sheet.rows
      .slice(0, layout.headerRow)
      .flatMap((row) => row.map((cell) => String(cell.value)));
    const text = top.join('\n');
    expect(text).toContain(
      'PaCE Inventory: Career Exploration and Development',
    );
    expect(top).toEqual(
      expect.arrayContaining(['School:', 'School year:', 'Flag at or below:']),
    );
    expect(sheet.getRange(layout.thresholdCell).getValue()).toBe(2);
    expect(text).toContain('CP = Career Pathway');
    expect(text).toContain('PS = Postsecondary');
    for (const level of DEFAULT_FRAMEWORK.scale) {
      expect(text).toContain(`${level.rating} = ${level.label}`);
    }
    expect(text).toContain(DEFAULT_FRAMEWORK.instructions);
  });

  it('puts a 1-5 dropdown on benchmark rating cells and nowhere else', () => {
    const world = freshWorld();

    createInventory();

    const sheet = activeSheet(world);
    const withRule: string[] = [];
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.validation && c + 1 === RATING) withRule.push(`E${r + 1}`);
      }),
    );
    expect(withRule).toEqual(layout.ratingCells);
    const rule = sheet.cell(rowOf(sheet, 'ced-8-s1'), RATING).validation;
    expect(rule?.accepts(3)).toBe(true);
    expect(rule?.accepts(7)).toBe(false);
    expect(rule?.accepts('abc')).toBe(false);
    expect(rule?.getHelpText()).toContain('1 = Less than 25% of students');
  });

  it('keeps the N/A note of each grade unratable', () => {
    const world = freshWorld();

    createInventory();

    const sheet = activeSheet(world);
    const notes = sheet.rows.flatMap((row, r) =>
      row.some((cell) => cell.value === 'students should have: N/A')
        ? [r + 1]
        : [],
    );
    expect(notes).toHaveLength(5);
    for (const row of notes) {
      expect(sheet.cell(row, RATING).validation).toBeNull();
      expect(sheet.cell(row, columnOf('id')).value).toBe('');
    }
  });

  it('freezes the header, hides the helper columns, protects the wording', () => {
    const world = freshWorld();

    createInventory();

    const sheet = activeSheet(world);
    expect(sheet.getFrozenRows()).toBe(layout.headerRow);
    expect(textOf(sheet, layout.headerRow)).toEqual(
      expect.arrayContaining(['Benchmark', 'Rating (1-5)', 'Benchmark id']),
    );
    expect([...sheet.hiddenColumns].sort()).toEqual([
      columnOf('check'),
      columnOf('id'),
    ]);
    expect(sheet.protections).toEqual([
      { range: 'A13:K13', description: '', warningOnly: true },
      { range: 'A14:D54', description: '', warningOnly: true },
    ]);
    expect(sheet.conditionalRules).toHaveLength(layout.conditionalRules.length);
    expect(sheet.metadata.map((m) => m.key)).toEqual(['pace-inventory']);
  });

  it('adds "PaCE Inventory (2)" next to a rated one and leaves it as it was', () => {
    const world = freshWorld();
    createInventory();
    const first = activeSheet(world);
    rate(first, { 'ced-8-s1': 4, 'ced-12-k1': 1 });
    const before = JSON.stringify(first.rows);

    createInventory();

    expect(activeSheet(world).getName()).toBe('PaCE Inventory (2)');
    expect(JSON.stringify(first.rows)).toBe(before);
    expect(world.spreadsheet.sheets.map((s) => s.getName())).toEqual([
      'Sheet1',
      'PaCE Inventory',
      'PaCE Inventory (2)',
    ]);
  });

  it('says so and changes nothing while another click holds the lock', () => {
    const world = freshWorld();
    world.lock.heldElsewhere = true;

    createInventory();

    expect(world.spreadsheet.sheets).toHaveLength(1);
    expect(world.ui.alerts[0]?.message).toMatch(
      /Someone else is creating an inventory.*try again/,
    );
  });

  it('tells a viewer to ask for edit access and releases the lock', () => {
    const world = freshWorld();
    world.spreadsheet.editable = false;

    createInventory();

    expect(world.ui.alerts[0]?.message).toMatch(
      /Ask its owner for edit access/,
    );
    expect(world.ui.alerts[0]?.message).not.toMatch(/at .*\.ts/);
    expect(world.lock.held).toBe(false);
    expect(world.lock.acquired).toBe(1);
  });

  it('removes its half-written sheet and releases the lock on failure', () => {
    const world = freshWorld();
    const spreadsheet = world.spreadsheet;
    const insert = spreadsheet.insertSheet.bind(spreadsheet);
    spreadsheet.insertSheet = (name: string) => {
      const created = insert(name);
      created.setConditionalFormatRules = () => {
        throw new Error('Service Spreadsheets timed out while accessing');
      };
      return created;
    };

    createInventory();

    expect(spreadsheet.sheets.map((s) => s.getName())).toEqual(['Sheet1']);
    expect(world.ui.alerts[0]?.message).toBe(
      'Could not create the inventory: Service Spreadsheets timed out ' +
        'while accessing',
    );
    expect(world.lock.held).toBe(false);
  });

  it('picks a free name whatever the case of the existing ones', () => {
    const world = freshWorld();
    world.spreadsheet.sheet('Sheet1').setName('pace inventory');

    createInventory();

    expect(activeSheet(world).getName()).toBe('PaCE Inventory (2)');
  });

  it('carries the formulas of the shared layout, cell for cell', () => {
    const world = freshWorld();

    createInventory();

    const sheet = activeSheet(world);
    const expected = layout.rows.map((row) =>
      Array.from({ length: 11 }, (_, c) => {
        const formula = row.cells[c]?.formula;
        return formula === undefined ? '' : `=${formula}`;
      }),
    );
    const written = sheet.getRange(1, 1, layout.rows.length, 11).getFormulas();
    expect(written).toEqual(expected);
    expect(written.flat().filter((f) => f.startsWith('=')).length).toBe(
      2 + 7 * 5 + 5 + 10 * 2 + 20 * 3,
    );
  });
});
