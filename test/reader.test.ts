import fc from 'fast-check';
import { DEFAULT_FRAMEWORK, listBenchmarks } from '../src/framework';
import {
  analyzeInventory,
  buildLayout,
  END_TEXT,
  InventoryError,
  looksLikeInventory,
  readInventory,
  type CellValue,
} from '../src/inventory';
import { layoutGrid, putCell } from './support/layout-grid';
import { syntheticFramework } from './support/synthetic-framework';

const LAYOUT = buildLayout(DEFAULT_FRAMEWORK);
const ID_COLUMN = 10;

/** The A1 rating cell of a benchmark in the fresh default layout. */
function ratingCell(id: string): string {
  const index = listBenchmarks(DEFAULT_FRAMEWORK).findIndex((b) => b.id === id);
  const cell = LAYOUT.ratingCells[index];
  if (cell === undefined) throw new Error(`no rating cell for ${id}`);
  return cell;
}

/** A fresh default inventory with a school, a year and a few ratings. */
function ratedGrid(): CellValue[][] {
  const grid = layoutGrid(LAYOUT);
  putCell(grid, 'C2', '  Lincoln High ');
  putCell(grid, 'F2', '2024-25');
  const ratings: [string, CellValue][] = [
    ['ced-8-s1', 1],
    ['ced-8-s2', ' 3 '],
    ['ced-9-s1', 5],
    ['ced-10-k1', 4],
    ['ced-12-k1', 'abc'],
  ];
  for (const [id, value] of ratings) putCell(grid, ratingCell(id), value);
  return grid;
}

const analyze = (grid: CellValue[][]) =>
  analyzeInventory(DEFAULT_FRAMEWORK, readInventory(grid));

/** The error of reading a grid that is no readable inventory. */
function inventoryError(grid: CellValue[][]): InventoryError | null {
  try {
    readInventory(grid);
    return null;
  } catch (error) {
    if (error instanceof InventoryError) return error;
    throw error;
  }
}

const rowOf = (grid: CellValue[][], id: string) =>
  grid.findIndex((row) => row[ID_COLUMN] === id);

describe('readInventory of a fresh layout', () => {
  const content = readInventory(layoutGrid(LAYOUT));

  it('finds every benchmark row with its rating cell, nothing rated', () => {
    expect(content.ratings).toEqual(
      listBenchmarks(DEFAULT_FRAMEWORK).map((b, index) => ({
        id: b.id,
        value: null,
        cell: LAYOUT.ratingCells[index],
        wording: {
          text: b.text,
          cell: LAYOUT.ratingCells[index]?.replace('E', 'C'),
        },
      })),
    );
  });

  it('finds the threshold cell with 2 and empty School fields', () => {
    expect(content.threshold).toEqual({ value: 2, cell: 'H2' });
    expect(content.school).toBe('');
    expect(content.schoolYear).toBe('');
  });

  it('analyzes as all unrated, with no warning', () => {
    const result = analyzeInventory(DEFAULT_FRAMEWORK, content);
    expect(result.overall).toEqual({ average: null, rated: 0, total: 20 });
    expect(result.unrated.map((item) => item.cell)).toEqual(LAYOUT.ratingCells);
    expect(result.school).toBeNull();
    expect(result.warnings).toEqual([]);
  });
});

describe('readInventory of a rated sheet', () => {
  const result = analyze(ratedGrid());

  it('gives the analysis of those ratings', () => {
    expect(result.school).toBe('Lincoln High');
    expect(result.schoolYear).toBe('2024-25');
    expect(result.threshold).toBe(2);
    expect(result.overall).toEqual({ average: 13 / 4, rated: 4, total: 20 });
    expect(result.grades.map((g) => [g.grade, g.average, g.rated])).toEqual([
      [8, 2, 2],
      [9, 5, 1],
      [10, 4, 1],
      [11, null, 0],
      [12, null, 0],
    ]);
    expect(result.flagged.map((i) => [i.id, i.rating, i.cell])).toEqual([
      ['ced-8-s1', 1, 'E16'],
    ]);
    expect(result.invalid.map((i) => [i.id, i.value, i.cell])).toEqual([
      ['ced-12-k1', 'abc', 'E52'],
    ]);
    expect(result.unrated).toHaveLength(15);
    expect(result.warnings).toEqual([]);
  });

  it('uses the threshold typed into the sheet', () => {
    const grid = ratedGrid();
    putCell(grid, 'H2', ' 3 ');
    expect(analyze(grid).flagged.map((i) => i.id)).toEqual([
      'ced-8-s1',
      'ced-8-s2',
    ]);
  });

  it('reads an id with spaces around it as that id', () => {
    const grid = ratedGrid();
    const row = grid[rowOf(grid, 'ced-9-s1')] ?? [];
    row[ID_COLUMN] = '  ced-9-s1 ';
    expect(analyze(grid).grades[1]).toMatchObject({ average: 5, rated: 1 });
  });
});

describe('a rated sheet after people edited its rows', () => {
  /*
   * Fresh rows: ced-8-s1 16, ced-8-s2 17, ced-9-s1 23, ced-10-k1 34,
   * ced-12-k1 52, end 54. The edits below move them as the comments say.
   */
  function editedGrid(): CellValue[][] {
    const grid = ratedGrid();
    const width = grid[0]?.length ?? 0;
    const blank = (): CellValue[] => Array(width).fill(null);
    grid.splice(0, 0, blank()); // row 1 inserted: all +1, threshold H3
    const extra = blank();
    extra[2] = 'our own extra row';
    grid.splice(LAYOUT.headerRow + 1, 0, extra); // under the header: +1
    grid.splice(rowOf(grid, 'ced-9-s1'), 1); // row 25 deleted
    const [moved] = grid.splice(rowOf(grid, 'ced-8-s1'), 1); // from 18
    grid.splice(rowOf(grid, 'ced-12-k1') + 1, 0, moved ?? blank());
    const copy = [...(grid[rowOf(grid, 'ced-10-k1')] ?? [])];
    copy[4] = 1;
    const end = grid.findIndex((row) => row[0] === END_TEXT);
    grid.splice(end, 0, copy); // pasted just above the end row
    return grid;
  }

  const grid = editedGrid();
  const result = analyze(grid);

  it('moves the rows where the comments say', () => {
    const at = (id: string) => rowOf(grid, id) + 1;
    expect(at('ced-8-s2')).toBe(18);
    expect(at('ced-10-k1')).toBe(34);
    expect(at('ced-12-k1')).toBe(52);
    expect(at('ced-8-s1')).toBe(53);
    expect(grid).toHaveLength(56);
  });

  it('keeps each rating with its benchmark id', () => {
    expect(result.overall).toEqual({ average: 8 / 3, rated: 3, total: 20 });
    expect(result.flagged.map((i) => [i.id, i.rating, i.cell])).toEqual([
      ['ced-8-s1', 1, 'E53'],
    ]);
    expect(result.invalid.map((i) => [i.id, i.value, i.cell])).toEqual([
      ['ced-12-k1', 'abc', 'E52'],
    ]);
    expect(result.grades[2]).toEqual({
      grade: 10,
      average: 4,
      rated: 1,
      total: 4,
    });
  });

  it('still finds the threshold and the school above the header', () => {
    expect(readInventory(grid).threshold).toEqual({ value: 2, cell: 'H3' });
    expect(result.school).toBe('Lincoln High');
  });

  it('counts the deleted benchmark as unrated and warns', () => {
    const deleted = result.unrated.find((i) => i.id === 'ced-9-s1');
    expect(deleted?.cell).toBeNull();
    expect(result.grades[1]).toMatchObject({ grade: 9, rated: 0 });
    expect(result.warnings.some((w) => w.includes('ced-9-s1'))).toBe(true);
  });

  it('counts the topmost pasted row and names both in a warning', () => {
    const warning = result.warnings.find((w) => w.includes('ced-10-k1'));
    expect(warning).toContain('E34');
    expect(warning).toContain('E55');
    expect(result.warnings).toHaveLength(2);
  });
});

describe('rows the summary does not count', () => {
  it('leaves out a row pasted below the end row, and says so', () => {
    const grid = ratedGrid();
    const copy = [...(grid[rowOf(grid, 'ced-8-s1')] ?? [])];
    grid.splice(rowOf(grid, 'ced-8-s1'), 1);
    grid.push(copy);

    const result = analyze(grid);

    expect(result.overall.rated).toBe(3);
    expect(result.unrated.find((i) => i.id === 'ced-8-s1')?.cell).toBeNull();
    expect(result.warnings).toEqual([
      'Rows below the "End of inventory" row are not counted: ' +
        'ced-8-s1 (E54). Move them above that row.',
    ]);
  });

  it('warns when the visible columns were sorted without the hidden ids', () => {
    const grid = ratedGrid();
    const first = grid[rowOf(grid, 'ced-8-s1')] ?? [];
    const second = grid[rowOf(grid, 'ced-8-s2')] ?? [];
    for (let c = 0; c < ID_COLUMN - 1; c++) {
      [first[c], second[c]] = [second[c] ?? null, first[c] ?? null];
    }

    const result = analyze(grid);

    expect(result.warnings).toEqual([
      expect.stringMatching(
        /^The wording in C16, C17 is not that of the benchmark .* Were rows sorted without the hidden columns\?/,
      ),
    ]);
  });
});

describe('a sheet whose fields row was deleted', () => {
  it('reads School as null and warns that there is no threshold cell', () => {
    const grid = ratedGrid();
    grid.splice(1, 1);
    const result = analyze(grid);
    expect(result.school).toBeNull();
    expect(result.threshold).toBe(2);
    expect(result.warnings).toEqual([
      'This inventory has no threshold cell, so 2 is used.',
    ]);
    expect(result.flagged.map((i) => i.cell)).toEqual(['E15']);
  });
});

describe('sheets that cannot be read', () => {
  it('tells that the id column is missing when it was deleted', () => {
    const grid = ratedGrid().map((row) => row.slice(0, ID_COLUMN));
    expect(() => readInventory(grid)).toThrow(InventoryError);
    expect(() => readInventory(grid)).toThrow(
      /hidden "Benchmark id" column of this inventory is missing/,
    );
    expect(looksLikeInventory(grid)).toBe(false);
    expect(inventoryError(grid)?.damaged).toBe(true);
  });

  it('calls a sheet with only a "Rating (1-5)" cell no inventory', () => {
    const grid: CellValue[][] = [['Budget'], ['Item', 'Rating (1-5)']];
    expect(() => readInventory(grid)).toThrow(
      'This sheet is not a PaCE inventory: it has no header row with ' +
        '"Rating (1-5)" and "Benchmark id". Create an inventory first.',
    );
    expect(inventoryError(grid)?.damaged).toBe(false);
  });

  it('tells that an empty sheet is not a PaCE inventory', () => {
    expect(() => readInventory([])).toThrow(
      /This sheet is not a PaCE inventory/,
    );
  });

  it('tells that any other sheet is not a PaCE inventory', () => {
    const cell: fc.Arbitrary<CellValue> = fc.oneof(
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom('Grade', 'Benchmark', 'Rating', 'Benchmark ID'),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 12 })), (grid) => {
        expect(() => readInventory(grid)).toThrow(
          'This sheet is not a PaCE inventory: it has no header row with ' +
            '"Rating (1-5)" and "Benchmark id". Create an inventory first.',
        );
        expect(looksLikeInventory(grid)).toBe(false);
      }),
    );
  });

  it('knows a fresh inventory when it sees one', () => {
    expect(looksLikeInventory(layoutGrid(LAYOUT))).toBe(true);
  });
});

describe('an inventory of 2,000 benchmarks', () => {
  const framework = syntheticFramework(2000);
  const layout = buildLayout(framework);
  const grid = layoutGrid(layout);
  layout.ratingCells.forEach((cell, index) => {
    putCell(grid, cell, (index % 5) + 1);
  });
  const result = analyzeInventory(framework, readInventory(grid));

  it('rates every benchmark: 400 of each rating, 800 flagged', () => {
    expect(result.overall).toEqual({ average: 3, rated: 2000, total: 2000 });
    expect(result.grades.map((g) => [g.grade, g.total, g.average])).toEqual([
      [8, 400, 3],
      [9, 400, 3],
      [10, 400, 3],
      [11, 400, 3],
      [12, 400, 3],
    ]);
    expect(result.flagged).toHaveLength(800);
    expect(result.flagged.slice(0, 2).map((i) => i.id)).toEqual([
      'syn-8-s1',
      'syn-8-s6',
    ]);
    expect(result.unrated).toEqual([]);
    expect(result.warnings).toEqual([]);
  });
});

describe('the fields at the top', () => {
  it('reads School and School year typed next to their labels', () => {
    const grid = ratedGrid();
    putCell(grid, 'C2', null);
    putCell(grid, 'B2', 'Lincoln High');
    putCell(grid, 'E2', '2026-27');
    putCell(grid, 'F2', null);

    const result = analyze(grid);

    expect([result.school, result.schoolYear]).toEqual([
      'Lincoln High',
      '2026-27',
    ]);
  });
});
