import { MAX_NUMBER_TEXT, parseNumberText, readNumber } from '../../src/core/cells';
import { DomainError, msgRef } from '../../src/core/errors';
import { shownValue } from '../../src/functions/args';
import { overrideContext } from '../../src/functions/context';
import { errorText, isMessageKey, messageOf, t, tCode } from '../../src/i18n';
import { cutText, formatDate, formatNumber } from '../../src/i18n/format';
import { msk, useSpreadsheet } from './call';

useSpreadsheet('en');

const NB = '\u00a0';

describe('numbers typed as text', () => {
  test.each([
    ['1 234,56', 'ru', 1234.56],
    ['1,234.56', 'en', 1234.56],
    ['1,5', 'ru', 1.5],
    ['1,234', 'en', 1234],
    ['1.234.567', 'ru', 1234567],
    ['1,234,567', 'en', 1234567],
    ['−5', 'ru', -5],
    ['(5)', 'ru', -5],
    ['1 234 ₽', 'ru', 1234],
    ['.5', 'en', 0.5],
    ['5.', 'en', 5],
    ['1e3', 'en', 1000],
    ['+7', 'en', 7],
  ] as const)('%s (%s) → %d', (text, lang, value) => {
    expect(parseNumberText(text, lang)).toBe(value);
  });

  test.each(['abc', '1.2.3x', '1,23,4', '()', '(', '--5', '1e', 'e5', '1e400'])(
    '%s is not a number',
    (text) => {
      expect(parseNumberText(text, 'en')).toBeUndefined();
    },
  );

  test('percents: "25%", "7,5 %"', () => {
    expect(readNumber('25%', 'en')).toEqual({ ok: true, value: 0.25 });
    expect(readNumber(' 7,5 % ', 'ru')).toEqual({ ok: true, value: 0.075 });
    expect(readNumber('%', 'ru')).toEqual({ ok: false, blank: false });
  });

  test('text longer than MAX_NUMBER_TEXT is not a number, however it looks', () => {
    expect(MAX_NUMBER_TEXT).toBe(100);
    expect(readNumber(`1${' '.repeat(98)}2`, 'en').ok).toBe(true);
    expect(readNumber('1'.repeat(101), 'en').ok).toBe(false);
  });

  test('a 50 000-character cell is rejected in linear time (it took 2.8 s with a backtracking pattern)', () => {
    const cells = [
      `${'1'.repeat(49_999)}x`,
      `1.${'1'.repeat(49_998)}x`,
      `${' '.repeat(49_999)}%`,
      '1,'.repeat(25_000),
    ];
    for (const cell of cells) {
      const started = Date.now();
      for (let k = 0; k < 20; k++) expect(readNumber(cell, 'en').ok).toBe(false);
      expect(Date.now() - started).toBeLessThan(100);
    }
  });
});

describe('message parameters', () => {
  test('a string parameter is inserted literally, even when it equals a message code', () => {
    expect(t('arg.notNumber', 'en', { value: 'app.name' })).toBe('"app.name" is not a number');
    expect(t('arg.notNumber', 'ru', { value: 'toString' })).toBe('«toString» не число');
    expect(t('arg.notNumber', 'en', { value: '__proto__' })).toBe('"__proto__" is not a number');
  });

  test('a msgRef parameter is translated', () => {
    expect(t('split.notFinite', 'en', { name: msgRef('split.name.total') })).toBe(
      'the total is not a finite number',
    );
    expect(t('split.notFinite', 'ru', { name: msgRef('split.name.total') })).toBe('сумма: не конечное число');
    const e = new DomainError('planfact.negative', { name: msgRef('planfact.arg.fact'), value: -2 });
    expect(errorText(e, 'en')).toBe('the actual is negative (−2); it must be ≥ 0');
  });

  test('Object.prototype names are no messages', () => {
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(messageOf(name)).toBeUndefined();
      expect(isMessageKey(name)).toBe(false);
      expect(tCode(name, 'en')).toBe(`internal error: there is no text for the message "${name}"`);
    }
  });

  test('a code from data with no message names itself in an internal error, in the language', () => {
    expect(errorText(new DomainError('no.such.code'), 'ru')).toBe(
      'внутренняя ошибка: нет текста для сообщения «no.such.code»',
    );
    expect(tCode('split.notFinite', 'en', { name: msgRef('split.name.total') })).toBe(
      'the total is not a finite number',
    );
  });

  test('a placeholder without a parameter stays visible rather than turning into "undefined"', () => {
    expect(t('arg.notNumber', 'en', {})).toBe('"{value}" is not a number');
  });
});

describe('numbers, dates and text in messages', () => {
  test.each([
    [1.8e302, '1.8E+302', `1,8E+302`],
    [1e308, '1E+308', '1E+308'],
    [-1.25e20, '−1.25E+20', '−1,25E+20'],
    [1e15, '1E+15', '1E+15'],
    [999_999_999_999_999, '999,999,999,999,999', `999${NB}999${NB}999${NB}999${NB}999`],
    [1e-12, '1E-12', '1E-12'],
    [-3.5e-9, '−3.5E-9', '−3,5E-9'],
    [0.000001, '0.000001', '0,000001'],
    [0, '0', '0'],
    [-1234.5, '−1,234.5', `−1${NB}234,5`],
  ])('%d → %s / %s', (n, en, ru) => {
    expect(formatNumber(n, 'en', 6)).toBe(en);
    expect(formatNumber(n, 'ru', 6)).toBe(ru);
  });

  test('never "Infinity" or "NaN"', () => {
    expect(formatNumber(Number.POSITIVE_INFINITY, 'en')).toBe('∞');
    expect(formatNumber(Number.NEGATIVE_INFINITY, 'ru')).toBe('−∞');
    expect(formatNumber(Number.NaN, 'en')).toBe('?');
  });

  test('money keeps its kopecks; tiny money is not 0,00', () => {
    expect(formatNumber(9100, 'ru', 2, true)).toBe(`9${NB}100,00`);
    expect(formatNumber(0.001, 'en', 2, true)).toBe('1E-3');
  });

  test('dates as the language writes them', () => {
    expect(formatDate(2026, 3, 1, 'ru')).toBe('01.03.2026');
    expect(formatDate(2026, 3, 1, 'en')).toBe('1 Mar 2026');
    expect(formatDate(2026, 11, 20, 'en')).toBe('20 Nov 2026');
  });

  test('a cell value echoed: a date in the spreadsheet zone and language, TRUE/FALSE, text cut to 60', () => {
    expect(shownValue(msk('2026-03-01'))).toBe('1 Mar 2026');
    overrideContext({ lang: 'ru', timeZone: 'Europe/Moscow' });
    expect(shownValue(msk('2026-03-01'))).toBe('01.03.2026');
    expect(shownValue(false)).toBe('ЛОЖЬ');
    overrideContext({ lang: 'en', timeZone: 'Europe/Moscow' });
    expect(shownValue(true)).toBe('TRUE');
    expect(shownValue(12.5)).toBe(12.5);
    expect(shownValue(`  ${'a'.repeat(100)}`)).toBe(`${'a'.repeat(60)}…`);
  });

  test('cutText never splits a character made of two UTF-16 units', () => {
    const text = `${'a'.repeat(59)}😀tail`;
    expect(cutText(text)).toBe(`${'a'.repeat(59)}…`);
    expect(cutText('short')).toBe('short');
  });
});
