import {
  cellText,
  isThreshold,
  parseRating,
  parseThreshold,
  type CellValue,
} from '../src/inventory';

describe('parseRating', () => {
  it.each([1, 2, 3, 4, 5])('takes the number %i as a rating', (n) => {
    expect(parseRating(n)).toEqual({ kind: 'valid', rating: n });
  });

  it.each([
    ['3', 3],
    [' 3 ', 3],
    ['   5', 5],
    ['1   ', 1],
  ])('takes the text %j as the rating %i', (text, rating) => {
    expect(parseRating(text)).toEqual({ kind: 'valid', rating });
  });

  it.each<[CellValue, string]>([
    [null, 'nothing'],
    ['', 'empty text'],
    ['   ', 'only spaces'],
  ])('reads %j (%s) as empty', (value) => {
    expect(parseRating(value)).toEqual({ kind: 'empty' });
  });

  it.each<[CellValue, string]>([
    ['3.0', '3.0'],
    [2.5, '2.5'],
    [0, '0'],
    [6, '6'],
    [-1, '-1'],
    [7, '7'],
    [1e21, '1e+21'],
    ['abc', 'abc'],
    ['3 3', '3 3'],
    ['03', '03'],
    ['+3', '+3'],
    ['three', 'three'],
    [true, 'TRUE'],
    [false, 'FALSE'],
    [new Date(Date.UTC(2024, 2, 5)), '2024-03-05'],
    ['#N/A', '#N/A'],
    ['#VALUE!', '#VALUE!'],
    ['\t3', '\t3'],
    ['3\t', '3\t'],
    ['\u00a03', '\u00a03'],
    ['３', '３'],
  ])('finds %j invalid and reports it as %j', (value, text) => {
    expect(parseRating(value)).toEqual({ kind: 'invalid', value: text });
  });
});

describe('parseThreshold', () => {
  it.each([
    [1, 1],
    [2, 2],
    [4, 4],
    [' 3 ', 3],
    ['4', 4],
  ])('reads %j as %i', (value, threshold) => {
    expect(parseThreshold(value)).toBe(threshold);
  });

  it.each<CellValue>([null, '', 0, 5, 2.5, '5', '2.0', 'two', true, -1])(
    'refuses %j',
    (value) => {
      expect(parseThreshold(value)).toBeNull();
    },
  );

  it('accepts the same thresholds a person may choose', () => {
    expect([0, 1, 2, 3, 4, 5, 2.5, '2'].filter(isThreshold)).toEqual([
      1, 2, 3, 4,
    ]);
  });
});

describe('cellText', () => {
  it('writes a date that cannot be read as "invalid date"', () => {
    expect(cellText(new Date(Number.NaN))).toBe('invalid date');
  });

  it('writes nothing for an empty cell', () => {
    expect(cellText(null)).toBe('');
  });
});
