import { Workbook, type Worksheet } from 'exceljs';
import {
  deleteRows,
  insertRows,
  pasteRow,
  sortRows,
} from '../support/sheet-edits';
import { followRows, shiftRelative } from '../support/summary-references';

const insert = (before: number, count: number) => (row: number) =>
  row >= before ? row + count : row;

function sheetOf(rows: (string | number | { formula: string })[][]) {
  const sheet = new Workbook().addWorksheet('edits');
  rows.forEach((values, index) => {
    values.forEach((value, column) => {
      sheet.getRow(index + 1).getCell(column + 1).value = value;
    });
  });
  return sheet;
}

function column(sheet: Worksheet, letter: string, rows: number) {
  return Array.from({ length: rows }, (_, index) => {
    const value = sheet.getCell(`${letter}${index + 1}`).value;
    return value !== null && typeof value === 'object' && 'formula' in value
      ? `=${value.formula}`
      : value;
  });
}

describe('references after rows are inserted before row 30', () => {
  const follow = (formula: string) => followRows(formula, insert(30, 3));

  test('a range spanning row 30 grows; one above it stays', () => {
    expect(follow('COUNTIFS($K$13:$K$54,"*-8-*",$J$13:$J$54,">0")')).toBe(
      'COUNTIFS($K$13:$K$57,"*-8-*",$J$13:$J$57,">0")',
    );
    expect(follow('SUM(A1:B29)+$J$2')).toBe('SUM(A1:B29)+$J$2');
  });

  test('references at or below row 30 move, relative or absolute', () => {
    expect(follow('IF(K30="",E$31,$E31)&$F$40')).toBe(
      'IF(K33="",E$34,$E34)&$F$43',
    );
  });

  test('text in quotes and function names stay as they are', () => {
    expect(follow('LOG10(E30)&"E30 and $J$54"')).toBe(
      'LOG10(E33)&"E30 and $J$54"',
    );
  });
});

describe('references after row 30 is deleted', () => {
  const follow = (formula: string) =>
    followRows(formula, (row) =>
      row < 30 ? row : row === 30 ? null : row - 1,
    );

  test('a range spanning it shrinks and the rows below move up', () => {
    expect(follow('AVERAGE($J$13:$J$54)+E31')).toBe('AVERAGE($J$13:$J$53)+E30');
  });

  test('a reference to the deleted row is lost', () => {
    expect(follow('E30+1')).toBe('#REF!+1');
  });
});

test('a moved formula keeps its $ rows and moves its relative rows', () => {
  expect(shiftRelative(4)('COUNTIF(K$13:K16,K16)>1,J16<=$J$2')).toBe(
    'COUNTIF(K$13:K20,K20)>1,J20<=$J$2',
  );
  expect(shiftRelative(-20)('E16')).toBe('#REF!');
});

test('inserting rows moves the rows below and rewrites every formula', () => {
  const sheet = sheetOf([
    ['top', { formula: 'SUM(B2:B4)' }],
    ['a', 1],
    ['b', 2],
    ['end', { formula: 'B3*2' }],
  ]);
  insertRows(sheet, 3, 2);
  expect(column(sheet, 'A', 6)).toEqual(['top', 'a', null, null, 'b', 'end']);
  expect(column(sheet, 'B', 6)).toEqual([
    '=SUM(B2:B6)',
    1,
    null,
    null,
    2,
    '=B5*2',
  ]);
});

test('deleting a row moves the rows below up', () => {
  const sheet = sheetOf([
    ['top', { formula: 'SUM(B2:B4)' }],
    ['a', 1],
    ['b', 2],
    ['c', { formula: 'B3*2' }],
  ]);
  deleteRows(sheet, 2, 1);
  expect(column(sheet, 'A', 4)).toEqual(['top', 'b', 'c', null]);
  expect(column(sheet, 'B', 4)).toEqual(['=SUM(B2:B3)', 2, '=B2*2', null]);
});

test('sorting moves whole rows, formulas as if copied', () => {
  const sheet = sheetOf([
    ['head', 'x'],
    ['b', 2, { formula: 'B2*$B$1' }],
    ['c', 3, { formula: 'B3*$B$1' }],
    ['a', 1, { formula: 'B4*$B$1' }],
  ]);
  sortRows(sheet, 2, 4, (row) => String(row.getCell(1).value));
  expect(column(sheet, 'A', 4)).toEqual(['head', 'a', 'b', 'c']);
  expect(column(sheet, 'C', 4)).toEqual([
    null,
    '=B2*$B$1',
    '=B3*$B$1',
    '=B4*$B$1',
  ]);
  sortRows(sheet, 2, 4, (row) => -row.number);
  expect(column(sheet, 'A', 4)).toEqual(['head', 'c', 'b', 'a']);
});

test('numbers sort before text, and blanks go last', () => {
  const sheet = sheetOf([['x'], [2], [''], ['abc'], [1]]);
  sortRows(sheet, 1, 5, (row) => {
    const value = row.getCell(1).value;
    if (value === '' || value === null) return null;
    return typeof value === 'number' ? value : String(value);
  });
  expect(column(sheet, 'A', 5)).toEqual([1, 2, 'abc', 'x', '']);
});

test('a pasted row carries its values and its moved formulas', () => {
  const sheet = sheetOf([['a', 1, { formula: 'B1+$B$1' }], ['b', 2], []]);
  pasteRow(sheet, 1, 3);
  expect(column(sheet, 'A', 3)).toEqual(['a', 'b', 'a']);
  expect(column(sheet, 'C', 3)).toEqual(['=B1+$B$1', null, '=B3+$B$1']);
});
