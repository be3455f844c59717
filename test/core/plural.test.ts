import { num } from '../../src/core/bonus/trail';
import { pluralForm, t, written } from '../../src/i18n';
import { renderTrailLine } from '../../src/i18n/trail';

describe('Russian and English plurals', () => {
  const ru = ['ошибка', 'ошибки', 'ошибок'];
  test.each([
    [1, 'ошибка'],
    [2, 'ошибки'],
    [4, 'ошибки'],
    [5, 'ошибок'],
    [11, 'ошибок'],
    [12, 'ошибок'],
    [21, 'ошибка'],
    [22, 'ошибки'],
    [111, 'ошибок'],
  ])('%d → %s', (n, form) => {
    expect(pluralForm(n, 'ru', ru)).toBe(form);
  });

  test('the problems dialog heading agrees with its count (was "1 ошибок", "2 ошибок")', () => {
    expect(t('problems.heading', 'ru', { count: 1 })).toContain('1 ошибка');
    expect(t('problems.heading', 'ru', { count: 2 })).toContain('2 ошибки');
    expect(t('problems.heading', 'ru', { count: 5 })).toContain('5 ошибок');
    expect(t('problems.heading', 'en', { count: 1 })).toContain('1 problem;');
    expect(t('problems.heading', 'en', { count: 3 })).toContain('3 problems;');
  });
});

describe('plurals in the bonus trail', () => {
  test('a number the trail has written ("1 234") still picks the form of the word', () => {
    const line = (n: number) =>
      renderTrailLine({ code: 'problems.heading', params: { count: num(n) } }, 'ru');
    expect(line(3)).toBe(t('problems.heading', 'ru', { count: 3 }));
    expect(line(1234)).toMatch(/^В настройках 1\u00a0234 ошибки /);
    expect(renderTrailLine({ code: 'problems.heading', params: { count: num(1) } }, 'en')).toMatch(
      /^The settings have 1 problem;/,
    );
  });

  test('t() takes a written number too', () => {
    expect(t('problems.heading', 'ru', { count: written('5', 5) })).toMatch(/^В настройках 5 ошибок /);
  });
});
