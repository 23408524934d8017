import { DEFAULT_FRAMEWORK } from '../src/framework';
import {
  analyzeInventory,
  type CellValue,
  type GapAnalysis,
  type InventoryContent,
} from '../src/inventory';

const FIRST_ROW = 14;

/** Rating rows in the order given, in column E from row 14 down. */
function rows(entries: [string, CellValue][]): InventoryContent['ratings'] {
  return entries.map(([id, value], index) => ({
    id,
    value,
    cell: `E${FIRST_ROW + index}`,
  }));
}

function content(
  entries: [string, CellValue][],
  more: Partial<InventoryContent> = {},
): InventoryContent {
  return {
    school: null,
    schoolYear: null,
    threshold: { value: 2, cell: 'H2' },
    ratings: rows(entries),
    ...more,
  };
}

/** A mix: valid, text, blank, invalid and one deleted row (ced-11-s1). */
const MIXED: [string, CellValue][] = [
  ['ced-8-s1', 1],
  ['ced-8-s2', ' 3 '],
  ['ced-8-k1', null],
  ['ced-9-s1', 5],
  ['ced-9-s2', 2.5],
  ['ced-9-k1', 'abc'],
  ['ced-10-s1', 2],
  ['ced-10-s2', '2'],
  ['ced-10-s3', ''],
  ['ced-10-k1', 4],
  ['ced-11-s2', 4],
  ['ced-11-s3', true],
  ['ced-11-s4', '   '],
  ['ced-11-k1', 1],
  ['ced-11-k2', 5],
  ['ced-12-s1', null],
  ['ced-12-s2', null],
  ['ced-12-s3', null],
  ['ced-12-k1', null],
];

const analyze = (c: InventoryContent, threshold?: number) =>
  analyzeInventory(
    DEFAULT_FRAMEWORK,
    c,
    threshold === undefined ? {} : { threshold },
  );

/** Row of an id in MIXED, as its A1 rating cell. */
const cellOf = (id: string) =>
  `E${FIRST_ROW + MIXED.findIndex(([rowId]) => rowId === id)}`;

describe('analyzeInventory on a mixed inventory', () => {
  const result = analyze(content(MIXED));

  it('names the framework', () => {
    expect(result.framework).toEqual({
      id: 'ced',
      name: 'Career Exploration and Development',
      version: DEFAULT_FRAMEWORK.version,
    });
  });

  it('averages the valid ratings overall: 27 / 9', () => {
    expect(result.overall).toEqual({ average: 3, rated: 9, total: 20 });
  });

  it('averages every grade, by hand', () => {
    expect(result.grades).toEqual([
      { grade: 8, average: 2, rated: 2, total: 3 },
      { grade: 9, average: 5, rated: 1, total: 3 },
      { grade: 10, average: 8 / 3, rated: 3, total: 4 },
      { grade: 11, average: 10 / 3, rated: 3, total: 6 },
      { grade: 12, average: null, rated: 0, total: 4 },
    ]);
  });

  it('lists only sections with benchmarks, grade then supported/know', () => {
    expect(result.sections).toEqual([
      { grade: 8, section: 'supported', average: 2, rated: 2, total: 2 },
      { grade: 8, section: 'know', average: null, rated: 0, total: 1 },
      { grade: 9, section: 'supported', average: 5, rated: 1, total: 2 },
      { grade: 9, section: 'know', average: null, rated: 0, total: 1 },
      { grade: 10, section: 'supported', average: 2, rated: 2, total: 3 },
      { grade: 10, section: 'know', average: 4, rated: 1, total: 1 },
      { grade: 11, section: 'supported', average: 4, rated: 1, total: 4 },
      { grade: 11, section: 'know', average: 3, rated: 2, total: 2 },
      { grade: 12, section: 'supported', average: null, rated: 0, total: 3 },
      { grade: 12, section: 'know', average: null, rated: 0, total: 1 },
    ]);
  });

  it('flags ratings at or below 2, lowest first, then framework order', () => {
    expect(result.threshold).toBe(2);
    expect(result.flagged.map((item) => [item.id, item.rating])).toEqual([
      ['ced-8-s1', 1],
      ['ced-11-k1', 1],
      ['ced-10-s1', 2],
      ['ced-10-s2', 2],
    ]);
  });

  it('gives a flagged item its wording, place and cell', () => {
    expect(result.flagged[1]).toEqual({
      id: 'ced-11-k1',
      domain: 'Career Exploration and Development',
      grade: 11,
      section: 'know',
      text:
        'application deadlines, test timing, cost, and preparation for ' +
        'industry-based certification for CP',
      cell: cellOf('ced-11-k1'),
      rating: 1,
    });
  });

  it('lists blank cells and the deleted row as unrated', () => {
    expect(result.unrated.map((item) => [item.id, item.cell])).toEqual([
      ['ced-8-k1', cellOf('ced-8-k1')],
      ['ced-10-s3', cellOf('ced-10-s3')],
      ['ced-11-s1', null],
      ['ced-11-s4', cellOf('ced-11-s4')],
      ['ced-12-s1', cellOf('ced-12-s1')],
      ['ced-12-s2', cellOf('ced-12-s2')],
      ['ced-12-s3', cellOf('ced-12-s3')],
      ['ced-12-k1', cellOf('ced-12-k1')],
    ]);
  });

  it('lists invalid cells with what they held', () => {
    expect(result.invalid).toEqual([
      {
        id: 'ced-9-s2',
        domain: 'Career Exploration and Development',
        grade: 9,
        section: 'supported',
        text: 'complete an orientation to career clusters',
        cell: cellOf('ced-9-s2'),
        value: '2.5',
      },
      expect.objectContaining({ id: 'ced-9-k1', value: 'abc' }),
      expect.objectContaining({ id: 'ced-11-s3', value: 'TRUE' }),
    ]);
  });

  it('warns once about the deleted row, naming it', () => {
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain('1 benchmark has no row');
    expect(result.warnings[0]).toContain('ced-11-s1');
  });

  it('is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(findUndefined(result)).toEqual([]);
  });
});

/** Paths of every undefined value inside a value. */
function findUndefined(value: unknown, path = '$'): string[] {
  if (value === undefined) return [path];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    findUndefined(inner, `${path}.${key}`),
  );
}

describe('analyzeInventory on an empty inventory', () => {
  const all = DEFAULT_FRAMEWORK.domains[0]?.grades.flatMap((g) =>
    g.sections.flatMap((s) => s.benchmarks.map((b) => b.id)),
  );
  const result = analyze(content((all ?? []).map((id) => [id, null])));

  it('has no averages, nothing flagged, all 20 unrated, no warning', () => {
    expect(result.overall).toEqual({ average: null, rated: 0, total: 20 });
    expect(result.grades.every((g) => g.average === null)).toBe(true);
    expect(result.flagged).toEqual([]);
    expect(result.unrated).toHaveLength(20);
    expect(result.invalid).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('counts every benchmark as unrated when no row is left', () => {
    const none = analyze(content([]));
    expect(none.unrated.map((item) => item.cell)).toEqual(Array(20).fill(null));
    expect(none.warnings).toHaveLength(1);
    expect(none.warnings[0]).toContain('20 benchmarks have no row');
  });
});

describe('duplicate rows', () => {
  const entries: [string, CellValue][] = [
    ...MIXED,
    ['ced-8-s1', 5],
    ['ced-11-s1', 1],
  ];
  const result = analyze(content(entries));

  it('counts the topmost row and ignores the copy', () => {
    expect(result.grades[0]).toEqual({
      grade: 8,
      average: 2,
      rated: 2,
      total: 3,
    });
    expect(result.flagged[0]).toMatchObject({
      id: 'ced-8-s1',
      rating: 1,
      cell: 'E14',
    });
  });

  it('names both cells in a warning', () => {
    const warning = result.warnings.find((w) => w.includes('ced-8-s1'));
    expect(warning).toContain('E14');
    expect(warning).toContain(`E${FIRST_ROW + MIXED.length}`);
  });

  it('names every copy of a benchmark pasted twice, in plural', () => {
    const twice = analyze(
      content([...MIXED, ['ced-9-s1', 1], ['ced-9-s1', 2]]),
    );
    const warning = twice.warnings.find((w) => w.includes('ced-9-s1'));
    expect(warning).toBe(
      'Benchmark ced-9-s1 has more than one row: the one in E17 ' +
        'counts, the copies in E33, E34 are ignored. Delete the copies to ' +
        'clear this warning.',
    );
    expect(twice.grades[1]).toMatchObject({ average: 5, rated: 1 });
  });

  it('keeps a blank topmost row over a rated copy and says so', () => {
    const blankFirst = analyze(content([...MIXED, ['ced-8-k1', 5]]));
    expect(blankFirst.grades[0]).toMatchObject({ average: 2, rated: 2 });
    const warning = blankFirst.warnings.find((w) => w.includes('ced-8-k1'));
    expect(warning).toContain('the one in E16 counts');
    expect(warning).toContain('the copy in E33 is ignored');
  });

  it('takes a row pasted where the deleted one was as that benchmark', () => {
    expect(result.flagged.map((item) => item.id)).toContain('ced-11-s1');
    expect(result.unrated.map((item) => item.id)).not.toContain('ced-11-s1');
    expect(result.warnings).toHaveLength(1);
  });
});

describe('the threshold', () => {
  const threeBad = (value: CellValue, cell: string | null = 'H2') =>
    analyze(content(MIXED, { threshold: { value, cell } }));

  it('comes from the threshold cell', () => {
    const result = threeBad(3);
    expect(result.threshold).toBe(3);
    expect(result.flagged.map((item) => item.rating)).toEqual([1, 1, 2, 2, 3]);
    expect(result.warnings).toHaveLength(1);
  });

  it('reads a bad cell as 2 and warns, naming the cell and its content', () => {
    const result = threeBad('abc');
    expect(result.threshold).toBe(2);
    expect(result.flagged).toHaveLength(4);
    const warning = result.warnings.find((w) => w.includes('threshold'));
    expect(warning).toContain('H2');
    expect(warning).toContain('"abc"');
    expect(warning).toContain('2 is used');
  });

  it.each<CellValue>([5, 0, 2.5, true])('reads %j as 2', (value) => {
    expect(threeBad(value).threshold).toBe(2);
    expect(threeBad(value).warnings).toHaveLength(2);
  });

  it('says an empty threshold cell is empty', () => {
    const warning = threeBad(null).warnings.find((w) => w.includes('H2'));
    expect(warning).toContain('is empty');
  });

  it('says so when the inventory has no threshold cell at all', () => {
    const result = threeBad(null, null);
    expect(result.threshold).toBe(2);
    const warning = result.warnings.find((w) => w.includes('threshold'));
    expect(warning).toBe('This inventory has no threshold cell, so 2 is used.');
  });

  it('takes an explicit threshold over the cell', () => {
    const result = analyze(
      content(MIXED, { threshold: { value: 1, cell: 'H2' } }),
      4,
    );
    expect(result.threshold).toBe(4);
    expect(result.flagged.map((item) => item.rating)).toEqual([
      1, 1, 2, 2, 3, 4, 4,
    ]);
  });

  it('still reports a bad cell under an explicit threshold, truthfully', () => {
    const result = analyze(
      content(MIXED, { threshold: { value: 'x', cell: 'H2' } }),
      3,
    );
    expect(result.threshold).toBe(3);
    const warning = result.warnings.find((w) => w.includes('H2')) ?? '';
    expect(warning).toContain('"x"');
    expect(warning).not.toContain('2 is used');
  });

  it.each([0, 5, 2.5, Number.NaN])(
    'refuses an explicit threshold of %d with a message',
    (threshold) => {
      expect(() => analyze(content(MIXED), threshold)).toThrow(
        /whole number from 1 to 4/,
      );
    },
  );
});

describe('school, school year and stray rows', () => {
  it('trims school and school year', () => {
    const result = analyze(
      content(MIXED, { school: '  Lincoln High ', schoolYear: '2024-25 ' }),
    );
    expect(result.school).toBe('Lincoln High');
    expect(result.schoolYear).toBe('2024-25');
  });

  it.each<CellValue>([null, '', '   '])('reads %j as null', (value) => {
    const result = analyze(
      content(MIXED, { school: value, schoolYear: value }),
    );
    expect(result.school).toBeNull();
    expect(result.schoolYear).toBeNull();
  });

  it('writes a school year typed as a number as text', () => {
    expect(analyze(content(MIXED, { schoolYear: 2024 })).schoolYear).toBe(
      '2024',
    );
  });

  it('ignores rows whose id the framework does not know, and says so', () => {
    const stray: [string, CellValue][] = [
      ['ced-13-s1', 1],
      ['xyz', 'abc'],
      ['xyz', 1],
      ['CED-8-S1', 1],
    ];
    const base = analyze(content(MIXED));
    const result = analyze(content([...stray, ...MIXED]));
    const strip = (r: GapAnalysis) =>
      JSON.parse(JSON.stringify(r).replace(/"E\d+"/g, '"cell"'));
    const [unknown, ...rest] = result.warnings;
    expect(strip({ ...result, warnings: rest })).toEqual(strip(base));
    expect(unknown).toBe(
      'Rows with a benchmark id this framework does not list are not ' +
        'counted: ced-13-s1 (E14), xyz (E15), xyz (E16), CED-8-S1 (E17).',
    );
  });
});
