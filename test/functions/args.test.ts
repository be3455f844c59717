import { DomainError, msgRef } from '../../src/core/errors';
import { ArgError, CellArg, choiceArg, commonShape, toMatrix } from '../../src/functions/args';
import { blame, cellOut, mapCells, runCustom } from '../../src/functions/runtime';
import { messageOf } from '../../src/i18n';
import { functionsMessages } from '../../src/i18n/messages/functions';
import { errorIn, useSpreadsheet } from './call';

useSpreadsheet('en');

describe('argument reading', () => {
  test('a value, a row and a block become matrices', () => {
    expect(toMatrix(5)).toEqual([[5]]);
    expect(toMatrix([1, 2])).toEqual([[1, 2]]);
    expect(toMatrix([[1], [2]])).toEqual([[1], [2]]);
  });

  test('a single cell applies everywhere; ranges must agree; all plain values give a plain value', () => {
    const a = new CellArg('a', [[1], [2]]);
    const b = new CellArg('b', 10);
    expect(commonShape([b, a])).toEqual({ rows: 2, cols: 1, scalar: false });
    expect(commonShape([b, new CellArg('c', '')])).toEqual({ rows: 1, cols: 1, scalar: true });
    expect(commonShape([b, new CellArg('c', [[1]])])).toEqual({ rows: 1, cols: 1, scalar: false });
    expect(b.number(1, 0)).toBe(10);
    expect(() => commonShape([a, new CellArg('c', [[1, 2]])])).toThrow(ArgError);
  });

  test('choices: case and spaces do not matter; blank is the default', () => {
    const table = { up: 'up', 'больше лучше': 'up', down: 'down' } as const;
    expect(choiceArg('  Больше   Лучше ', 'direction', table, ['up', 'down'], 'down')).toBe('up');
    expect(choiceArg('', 'direction', table, ['up', 'down'], 'down')).toBe('down');
    expect(() => choiceArg('left', 'direction', table, ['up', 'down'], 'down')).toThrow(ArgError);
  });
});

describe('runtime', () => {
  test('cellOut: blank for no result; float noise dropped', () => {
    expect(cellOut(null, {})).toBe('');
    expect(cellOut(undefined, {})).toBe('');
    expect(cellOut(0.1 + 0.2, {})).toBe(0.3);
    expect(cellOut(-0, {})).toBe(0);
  });

  test('cellOut: Infinity or NaN is an overflow naming the most extreme input, never a blank', () => {
    const inputs = { small: 2, huge: 1e200, tiny: 1e-300, none: null, zero: 0 };
    const over = (x: number) => errorIn('en', () => runCustom('F', () => cellOut(x, inputs)));
    expect(over(Number.POSITIVE_INFINITY)).toBe(
      'F: argument "tiny": with the value 1E-300 the result is too large for a spreadsheet number (beyond 1.8E+308)',
    );
    expect(over(Number.NaN)).toMatch(/^F: argument "tiny": /);
    expect(
      errorIn('ru', () => runCustom('F', () => cellOut(Number.NEGATIVE_INFINITY, { a: 1e200, b: 5 }))),
    ).toBe(
      'F: аргумент «a»: при значении 1E+200 результат слишком велик для числа таблицы (больше 1,8E+308)',
    );
  });

  test('mapCells places a core error in its cell; blame names the argument', () => {
    const fail = () =>
      runCustom('F', () =>
        mapCells({ rows: 2, cols: 2, scalar: false }, (i, j) => {
          if (i === 1 && j === 0)
            blame({ 'planfact.arg.fact': 'fact' }, () => {
              throw new DomainError('planfact.notFinite', { name: msgRef('planfact.arg.fact') });
            });
          return 0;
        }),
      );
    expect(errorIn('en', fail)).toBe(
      'F: argument "fact": the fact is not a finite number (row 2, column 1 of the range)',
    );
    expect(errorIn('ru', fail)).toBe(
      'F: аргумент «fact»: факт: не конечное число (строка 2, столбец 1 диапазона)',
    );
  });

  test('an error that is not a domain error keeps its text, prefixed with the function', () => {
    expect(
      errorIn('en', () =>
        runCustom('F', () => {
          throw new Error('boom');
        }),
      ),
    ).toBe('F: boom');
  });

  test('every message of the functions exists in Russian and English, in the shared catalog', () => {
    for (const [code, entry] of Object.entries(functionsMessages())) {
      expect(messageOf(code)).toEqual(entry);
      expect(entry.ru).not.toBe('');
      expect(entry.en).not.toBe('');
      expect(entry.ru.match(/\{\w+\}/g)?.sort()).toEqual(entry.en.match(/\{\w+\}/g)?.sort());
    }
  });
});
