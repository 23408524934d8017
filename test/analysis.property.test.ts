import fc from 'fast-check';
import { DEFAULT_FRAMEWORK, listBenchmarks } from '../src/framework';
import {
  analyzeInventory,
  type CellValue,
  type Coverage,
  type GapAnalysis,
  type RatingCell,
} from '../src/inventory';
import { syntheticFramework } from './support/synthetic-framework';

const FRAMEWORKS = [
  { name: 'the default framework', framework: DEFAULT_FRAMEWORK },
  { name: 'a synthetic framework', framework: syntheticFramework(37, [6, 7]) },
];

const spaces = fc.string({ unit: fc.constantFrom(' ', '\t'), maxLength: 3 });

/** Anything a person or a paste may leave in a rating cell. */
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.integer({ min: -3, max: 9 }),
  fc.double({ min: -10, max: 10, noNaN: true }),
  fc
    .tuple(spaces, fc.integer({ min: 0, max: 9 }), spaces)
    .map(([before, digit, after]) => `${before}${digit}${after}`),
  fc.string({ maxLength: 6 }),
  fc.constantFrom('', '   ', '#N/A', '3.0', '2,5', '1 2'),
  fc.boolean(),
  fc.constant(null),
);

/** The independent reading of CONTRACT.md's rule for a valid rating. */
function validRating(value: CellValue): number | null {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 1 && value <= 5 ? value : null;
  }
  if (typeof value !== 'string') return null;
  const match = /^ *([1-5]) *$/.exec(value);
  return match ? Number(match[1]) : null;
}

interface Sheet {
  rows: RatingCell[];
  threshold: number;
}

/** Rows of some benchmarks (others deleted), pasted copies, any order;
 *  each rating cell is addressed by its final position. */
function sheets(ids: string[], copies: boolean): fc.Arbitrary<Sheet> {
  const kept = fc.array(
    fc.record({ present: fc.nat(6).map((n) => n > 0), value: cellValue }),
    { minLength: ids.length, maxLength: ids.length },
  );
  const pasted = copies
    ? fc.array(fc.record({ index: fc.nat(ids.length - 1), value: cellValue }), {
        maxLength: 5,
      })
    : fc.constant([]);
  return fc
    .tuple(kept, pasted, fc.integer({ min: 1, max: 4 }))
    .chain(([own, extra, threshold]) => {
      const rows = [
        ...own.flatMap((row, i) =>
          row.present ? [{ id: ids[i] ?? '', value: row.value }] : [],
        ),
        ...extra.map((row) => ({ id: ids[row.index] ?? '', value: row.value })),
      ];
      return fc
        .shuffledSubarray(rows, {
          minLength: rows.length,
          maxLength: rows.length,
        })
        .map((order) => ({
          rows: order.map((row, i) => ({ ...row, cell: `E${14 + i}` })),
          threshold,
        }));
    });
}

function analyzeSheet(
  framework: typeof DEFAULT_FRAMEWORK,
  sheet: Sheet,
): GapAnalysis {
  return analyzeInventory(framework, {
    school: null,
    schoolYear: null,
    threshold: { value: sheet.threshold, cell: 'H2' },
    ratings: sheet.rows,
  });
}

/** The rating each benchmark gets from its topmost row, by the oracle. */
function topmostRatings(ids: string[], rows: RatingCell[]) {
  return ids.map((id) => {
    const row = rows.find((r) => r.id === id);
    return { id, row, rating: row ? validRating(row.value) : null };
  });
}

describe.each(FRAMEWORKS)('the gap analysis of $name', ({ framework }) => {
  const benchmarks = listBenchmarks(framework);
  const ids = benchmarks.map((b) => b.id);

  it('keeps every average null or within 1-5', () => {
    fc.assert(
      fc.property(sheets(ids, true), (sheet) => {
        const result = analyzeSheet(framework, sheet);
        const all: Coverage[] = [
          result.overall,
          ...result.grades,
          ...result.sections,
        ];
        for (const coverage of all) {
          if (coverage.average === null) {
            expect(coverage.rated).toBe(0);
            continue;
          }
          expect(coverage.average).toBeGreaterThanOrEqual(1);
          expect(coverage.average).toBeLessThanOrEqual(5);
        }
      }),
    );
  });

  it('counts every benchmark once: rated + unrated + invalid = total', () => {
    fc.assert(
      fc.property(sheets(ids, true), (sheet) => {
        const result = analyzeSheet(framework, sheet);
        const inGroup = (grade?: number, section?: string) => {
          const match = (item: { grade: number; section: string }) =>
            (grade === undefined || item.grade === grade) &&
            (section === undefined || item.section === section);
          return {
            unrated: result.unrated.filter(match).length,
            invalid: result.invalid.filter(match).length,
            total: benchmarks.filter(match).length,
          };
        };
        const check = (coverage: Coverage, grade?: number, s?: string) => {
          const group = inGroup(grade, s);
          expect(coverage.total).toBe(group.total);
          expect(coverage.rated + group.unrated + group.invalid).toBe(
            coverage.total,
          );
        };
        check(result.overall);
        result.grades.forEach((g) => check(g, g.grade));
        result.sections.forEach((s) => check(s, s.grade, s.section));
        expect(result.overall.total).toBe(benchmarks.length);
      }),
    );
  });

  it('flags exactly the ratings at or below the threshold, in order', () => {
    fc.assert(
      fc.property(sheets(ids, true), (sheet) => {
        const result = analyzeSheet(framework, sheet);
        const expected = topmostRatings(ids, sheet.rows)
          .map((entry, order) => ({ ...entry, order }))
          .filter((e) => e.rating !== null && e.rating <= sheet.threshold)
          .sort(
            (a, b) => (a.rating ?? 0) - (b.rating ?? 0) || a.order - b.order,
          )
          .map((e) => [e.id, e.rating, e.row?.cell]);
        expect(result.threshold).toBe(sheet.threshold);
        expect(
          result.flagged.map((item) => [item.id, item.rating, item.cell]),
        ).toEqual(expected);
      }),
    );
  });

  it('averages the valid ratings of the topmost rows', () => {
    fc.assert(
      fc.property(sheets(ids, true), (sheet) => {
        const result = analyzeSheet(framework, sheet);
        const ratings = topmostRatings(ids, sheet.rows).flatMap((e) =>
          e.rating === null ? [] : [e.rating],
        );
        expect(result.overall.rated).toBe(ratings.length);
        if (ratings.length === 0) {
          expect(result.overall.average).toBeNull();
          return;
        }
        const mean = ratings.reduce((a, b) => a + b, 0) / ratings.length;
        expect(Math.abs((result.overall.average ?? NaN) - mean)).toBeLessThan(
          1e-9,
        );
      }),
    );
  });

  it('warns once for deleted rows and once per duplicated benchmark', () => {
    fc.assert(
      fc.property(sheets(ids, true), (sheet) => {
        const result = analyzeSheet(framework, sheet);
        const counts = new Map<string, number>();
        for (const row of sheet.rows) {
          counts.set(row.id, (counts.get(row.id) ?? 0) + 1);
        }
        const duplicated = [...counts.values()].filter((n) => n > 1).length;
        const deleted = ids.filter((id) => !counts.has(id));
        expect(result.warnings).toHaveLength(
          duplicated + (deleted.length > 0 ? 1 : 0),
        );
        const nullCells = result.unrated.filter((i) => i.cell === null);
        expect(nullCells.map((i) => i.id)).toEqual(deleted);
      }),
    );
  });

  it('does not depend on row order when no row is duplicated', () => {
    const twoOrders = sheets(ids, false).chain((sheet) =>
      fc
        .shuffledSubarray(sheet.rows, {
          minLength: sheet.rows.length,
          maxLength: sheet.rows.length,
        })
        .map((rows) => [sheet, { ...sheet, rows }] as const),
    );
    fc.assert(
      fc.property(twoOrders, ([sheet, moved]) => {
        expect(analyzeSheet(framework, moved)).toEqual(
          analyzeSheet(framework, sheet),
        );
      }),
    );
  });

  it('returns plain JSON data', () => {
    fc.assert(
      fc.property(sheets(ids, true), (sheet) => {
        const result = analyzeSheet(framework, sheet);
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }),
    );
  });
});
