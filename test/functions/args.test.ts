import { DomainError, msgRef } from '../../src/core/errors';
import { toMatrix } from '../../src/functions/args';
import { choice, declare, each, NUMBER, one } from '../../src/functions/declare';
import { run } from '../../src/functions/run';
import { cellOut } from '../../src/functions/runtime';
import { messages } from '../../src/i18n';
import { errorIn, useSpreadsheet } from './call';

useSpreadsheet('en');

const SUM = declare({
  name: 'SUM_OF',
  args: [each('a', NUMBER), each('b', NUMBER, { optional: true, blank: 0 })],
  cell: (v) => v.a + v.b,
});
const sum = (a: unknown, b?: unknown) => run(SUM, [a, b]);

const DIRECTION = declare({
  name: 'DIRECTION',
  args: [
    one('direction', choice({ up: 'больше лучше', down: '' }), {
      blank: 'down',
    }),
  ],
  once: (v) => v.direction,
});

describe('argument reading', () => {
  test('a value, a row and a block become matrices', () => {
    expect(toMatrix(5)).toEqual([[5]]);
    expect(toMatrix([1, 2])).toEqual([[1, 2]]);
    expect(toMatrix([[1], [2]])).toEqual([[1], [2]]);
  });

  test('a single cell applies everywhere; ranges must agree; all plain values give a plain value', () => {
    expect(sum([[1], [2]], 10)).toEqual([[11], [12]]);
    expect(sum(10, '')).toBe(10);
    expect(sum(10, [[1]])).toEqual([[11]]);
    expect(sum([[1], ['']], 1)).toEqual([[2], ['']]);
    expect(errorIn('en', () => sum([[1], [2]], [[1, 2]]))).toBe(
      'SUM_OF: argument "b": its size 1×2 does not match "a", 2×1 (or give a single cell)',
    );
  });

  test('choices: case and spaces do not matter; blank is the default', () => {
    expect(run(DIRECTION, ['  Больше   Лучше '])).toBe('up');
    expect(run(DIRECTION, [''])).toBe('down');
    expect(errorIn('en', () => run(DIRECTION, ['left']))).toBe(
      'DIRECTION: argument "direction": "left": use one of: up, down',
    );
  });
});

describe('runtime', () => {
  test('cellOut: blank for no result; float noise dropped', () => {
    expect(cellOut(null, {})).toBe('');
    expect(cellOut(undefined, {})).toBe('');
    expect(cellOut(0.1 + 0.2, {})).toBe(0.3);
    expect(cellOut(-0, {})).toBe(0);
  });

  test('a result past ±1.8E+308 is an overflow naming the most extreme input, never a blank', () => {
    const over = declare({
      name: 'F',
      args: [one('small', NUMBER), one('huge', NUMBER), one('tiny', NUMBER), each('x', NUMBER)],
      // x chooses the result: +∞, −∞ or NaN (its own size, 1, is never the most extreme).
      cell: (v) => [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY][v.x],
    });
    expect(errorIn('en', () => run(over, [2, 1e200, 1e-300, 1]))).toBe(
      'F: argument "tiny": with the value 1E-300 the result is too large for a spreadsheet number (beyond 1.8E+308)',
    );
    expect(errorIn('en', () => run(over, [2, 1e200, 1e-300, 0]))).toMatch(/^F: argument "tiny": /);
    expect(errorIn('ru', () => run(over, [5, 1e200, 1, 2]))).toBe(
      'F: аргумент «huge»: при значении 1E+200 результат слишком велик для числа таблицы (больше 1,8E+308)',
    );
  });

  test('a core error is placed in its cell and named by its field (through `fields`, or as the argument itself)', () => {
    const fail = (field: string) =>
      declare({
        name: 'F',
        args: [each('fact', NUMBER)],
        fields: { theFact: 'fact' },
        cell: (v) => {
          if (v.fact < 0)
            throw new DomainError('planfact.notFinite', { name: msgRef('planfact.arg.fact') }, field);
          return v.fact;
        },
      });
    for (const field of ['theFact', 'fact']) {
      const call = () =>
        run(fail(field), [
          [
            [1, 2],
            [-1, 3],
          ],
        ]);
      expect(errorIn('en', call)).toBe(
        'F: argument "fact": the actual is not a finite number (row 2, column 1 of the range)',
      );
      expect(errorIn('ru', call)).toBe(
        'F: аргумент «fact»: факт: не конечное число (строка 2, столбец 1 диапазона)',
      );
    }
  });

  test('an error that is not a domain error keeps its text, prefixed with the function', () => {
    const boom = declare({
      name: 'F',
      args: [],
      once: () => {
        throw new Error('boom');
      },
    });
    expect(errorIn('en', () => run(boom, []))).toBe('F: boom');
  });

  test('every message (those of the functions among them) has text in Russian and English with the same parameters', () => {
    const ru = messages('ru');
    const en = messages('en');
    const params = (text: string) => [...new Set([...text.matchAll(/\{(\w+)[}|]/g)].map((m) => m[1]))].sort();
    for (const code of Object.keys(ru) as (keyof typeof ru)[]) {
      expect([code, ru[code] !== '', en[code] !== '']).toEqual([code, true, true]);
      expect([code, params(ru[code])]).toEqual([code, params(en[code])]);
    }
    expect(ru['fn.argError']).toBe('{fn}: аргумент «{arg}»: {problem}');
  });
});
