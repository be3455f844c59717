import { pluralForm, t } from '../../src/i18n';

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
