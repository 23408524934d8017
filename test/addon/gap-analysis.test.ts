import {
  getGapAnalysis,
  selectBenchmark,
  setThreshold,
  showGapAnalysis,
} from '../../src/addon/gap-analysis';
import { createInventory } from '../../src/addon/create-inventory';
import { DEFAULT_FRAMEWORK } from '../../src/framework';
import { buildLayout, columnOf } from '../../src/inventory';
import { activeSheet, freshWorld, rate, rowOf } from '../support/addon-world';

const layout = buildLayout(DEFAULT_FRAMEWORK);

function ratedWorld(ratings: Record<string, unknown>) {
  const world = freshWorld();
  createInventory();
  const sheet = activeSheet(world);
  rate(sheet, ratings);
  return { world, sheet };
}

describe('getGapAnalysis', () => {
  it('tells the user to create an inventory first when there is none', () => {
    freshWorld();

    expect(() => getGapAnalysis()).toThrow(
      'This spreadsheet has no PaCE inventory yet. Choose Extensions > ' +
        'PaCE Inventory > Create inventory first.',
    );
  });

  it('reads the ratings of the inventory by benchmark id', () => {
    ratedWorld({ 'ced-8-s1': 1, 'ced-8-s2': 3, 'ced-8-k1': 'abc' });

    const analysis = getGapAnalysis();

    expect(analysis.sheet).toBe('PaCE Inventory');
    expect(analysis.overall).toEqual({ average: 2, rated: 2, total: 20 });
    expect(analysis.grades[0]).toEqual({
      grade: 8,
      average: 2,
      rated: 2,
      total: 3,
    });
    expect(analysis.flagged.map((item) => [item.id, item.rating])).toEqual([
      ['ced-8-s1', 1],
    ]);
    expect(analysis.invalid).toEqual([
      expect.objectContaining({ id: 'ced-8-k1', value: 'abc' }),
    ]);
    expect(analysis.flagged[0]?.cell).toBe(layout.ratingCells[0]);
    expect(analysis.warnings).toEqual([]);
  });

  it('finds the inventory after it is renamed and another sheet is active', () => {
    const { world, sheet } = ratedWorld({ 'ced-9-k1': 5 });
    sheet.setName('Our gaps 2026');
    world.spreadsheet.sheet('Sheet1').activate();

    const analysis = getGapAnalysis();

    expect(analysis.sheet).toBe('Our gaps 2026');
    expect(analysis.overall.rated).toBe(1);
  });

  it('uses the active inventory when there are several', () => {
    const { world } = ratedWorld({ 'ced-9-k1': 5 });
    createInventory();
    world.spreadsheet.sheet('PaCE Inventory').activate();

    expect(getGapAnalysis().overall.rated).toBe(1);
    world.spreadsheet.sheet('PaCE Inventory (2)').activate();
    expect(getGapAnalysis().overall.rated).toBe(0);
  });

  it('keeps each rating with its benchmark after rows are inserted', () => {
    const { sheet } = ratedWorld({ 'ced-10-s1': 2, 'ced-12-k1': 5 });
    sheet.insertRowsBefore(rowOf(sheet, 'ced-10-s1'), 3);

    const analysis = getGapAnalysis();

    expect(analysis.flagged).toEqual([
      expect.objectContaining({ id: 'ced-10-s1', rating: 2 }),
    ]);
    expect(analysis.flagged[0]?.cell).toBe(`E${rowOf(sheet, 'ced-10-s1')}`);
    expect(analysis.overall.average).toBe(3.5);
  });

  it('reports a deleted row as unrated, with a warning', () => {
    const { sheet } = ratedWorld({ 'ced-11-s2': 4 });
    sheet.deleteRow(rowOf(sheet, 'ced-11-s2'));

    const analysis = getGapAnalysis();

    const item = analysis.unrated.find((i) => i.id === 'ced-11-s2');
    expect(item?.cell).toBeNull();
    expect(analysis.overall.rated).toBe(0);
    expect(analysis.warnings.join(' ')).toContain('ced-11-s2');
  });

  it('counts the topmost of two pasted rows and warns about the copy', () => {
    const { sheet } = ratedWorld({ 'ced-8-s1': 5 });
    const source = rowOf(sheet, 'ced-8-s1');
    const values = sheet.getRange(source, 1, 1, 11).getValues();
    const end = sheet.getLastRow();
    sheet.insertRowsBefore(end, 1);
    sheet.getRange(end, 1, 1, 11).setValues(values);
    sheet.getRange(end, columnOf('rating')).setValue(1);

    const analysis = getGapAnalysis();

    expect(analysis.overall).toEqual({ average: 5, rated: 1, total: 20 });
    expect(analysis.warnings).toEqual([expect.stringContaining(`E${source}`)]);
    expect(analysis.warnings[0]).toContain(`E${end}`);
  });

  it('names the sheet when asked for one that does not exist', () => {
    ratedWorld({});

    expect(() => getGapAnalysis({ sheetName: 'Gone' })).toThrow(
      /no sheet named "Gone"/,
    );
    expect(() => getGapAnalysis({ sheetName: 'Sheet1' })).toThrow(
      'The sheet "Sheet1" is not a PaCE inventory.',
    );
  });

  it('explains that the id column was deleted', () => {
    const { sheet } = ratedWorld({});
    for (const row of sheet.rows) row.splice(columnOf('id') - 1, 1);

    expect(() => getGapAnalysis()).toThrow(/"Benchmark id" column .* missing/);
  });

  it('takes an explicit threshold for one call and rejects a bad one', () => {
    ratedWorld({ 'ced-8-s1': 3, 'ced-8-s2': 4 });

    expect(getGapAnalysis({ threshold: 3 }).flagged).toHaveLength(1);
    expect(getGapAnalysis().threshold).toBe(2);
    expect(() => getGapAnalysis({ threshold: 5 })).toThrow(
      'The threshold must be a whole number from 1 to 4.',
    );
  });

  it('reads a bad threshold cell as 2 and says so', () => {
    const { sheet } = ratedWorld({ 'ced-8-s1': 2 });
    sheet.getRange(layout.thresholdCell).setValue('high');

    const analysis = getGapAnalysis();

    expect(analysis.threshold).toBe(2);
    expect(analysis.warnings[0]).toMatch(/holds "high"/);
  });
});

describe('which inventory', () => {
  it('uses the active sheet when it is an inventory without a marker', () => {
    const { world, sheet } = ratedWorld({ 'ced-8-s1': 4 });
    createInventory();
    sheet.metadata.length = 0;
    sheet.activate();

    expect(getGapAnalysis().sheet).toBe('PaCE Inventory');
    expect(world.spreadsheet.activeSheet).toBe(sheet);
  });

  it('names the framework of an inventory this add-on does not have', () => {
    const { sheet } = ratedWorld({});
    const marker = sheet.metadata[0];
    if (marker) marker.value = '{"framework":"fin","version":"1"}';

    expect(() => getGapAnalysis()).toThrow(
      'The sheet "PaCE Inventory" is an inventory of the framework "fin", ' +
        'which this add-on does not include.',
    );
  });

  it('takes null from the page as "not given"', () => {
    ratedWorld({ 'ced-8-s1': 1 });
    const fromPage = JSON.parse('{"threshold":null,"sheetName":null}');

    expect(getGapAnalysis(fromPage).flagged).toHaveLength(1);
  });

  it('shows a date in a rating cell as the day the sheet shows', () => {
    const { world } = ratedWorld({
      'ced-8-s1': new Date('2026-03-05T06:00:00Z'),
    });
    world.spreadsheet.timeZone = 'Asia/Tokyo';
    rate(world.spreadsheet.sheet('PaCE Inventory'), {
      'ced-8-s2': new Date('2026-03-04T15:30:00Z'),
    });

    const invalid = getGapAnalysis().invalid.map((item) => item.value);

    expect(invalid).toEqual(['2026-03-05', '2026-03-05']);
  });
});

describe('setThreshold', () => {
  it('stores the threshold in the sheet for the next analysis', () => {
    const { sheet } = ratedWorld({ 'ced-8-s1': 3 });

    const analysis = setThreshold(3, 'PaCE Inventory');

    expect(analysis.threshold).toBe(3);
    expect(analysis.flagged.map((item) => item.id)).toEqual(['ced-8-s1']);
    expect(sheet.getRange(layout.thresholdCell).getValue()).toBe(3);
    expect(getGapAnalysis().threshold).toBe(3);
  });

  it('tells a viewer to ask for edit access', () => {
    const { world } = ratedWorld({});
    world.spreadsheet.editable = false;

    expect(() => setThreshold(3)).toThrow(
      'Could not save the threshold: you may not edit this spreadsheet. ' +
        'Ask its owner for edit access, then try again.',
    );
  });

  it('refuses anything but 1-4 and leaves the cell alone', () => {
    const { sheet } = ratedWorld({});

    expect(() => setThreshold(0)).toThrow(/whole number from 1 to 4/);
    expect(() => setThreshold(2.5)).toThrow(/whole number from 1 to 4/);
    expect(sheet.getRange(layout.thresholdCell).getValue()).toBe(2);
  });
});

describe('selectBenchmark', () => {
  it('activates the rating cell of the benchmark, wherever its row went', () => {
    const { world, sheet } = ratedWorld({});
    sheet.insertRowsBefore(layout.headerRow + 2, 2);
    world.spreadsheet.sheet('Sheet1').activate();

    const cell = selectBenchmark('ced-12-k1', 'PaCE Inventory');

    expect(cell).toBe(`E${rowOf(sheet, 'ced-12-k1')}`);
    expect(world.spreadsheet.activeSheet).toBe(sheet);
    expect(sheet.selection).toBe(cell);
  });

  it('says the row is gone when it was deleted', () => {
    const { sheet } = ratedWorld({});
    sheet.deleteRow(rowOf(sheet, 'ced-9-s2'));

    expect(() => selectBenchmark('ced-9-s2')).toThrow(
      /ced-9-s2 has no row .* Refresh/,
    );
  });
});

describe('showGapAnalysis', () => {
  it('opens the Sidebar page titled "Gap analysis"', () => {
    const world = freshWorld();

    showGapAnalysis();

    expect(world.ui.sidebars).toEqual([
      { title: 'Gap analysis', file: 'Sidebar' },
    ]);
  });
});
