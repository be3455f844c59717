import { findChoice, normalizeChoice } from '../../src/core/choice';
import { readChoice } from '../../src/sheets/settings/table';

describe('one reading of a typed choice', () => {
  const modes = [
    { value: 'marginal', names: ['marginal', 'по частям'] },
    { value: 'retro', names: ['retro', 'на весь объём'] },
  ];

  test('case, spaces, ё and dashes do not matter', () => {
    expect(normalizeChoice('  На  весь\u00a0ОБЪЁМ ')).toBe('на весь объем');
    expect(findChoice('  На  весь  объём ', modes)).toBe('retro');
    expect(findChoice('По частям', modes)).toBe('marginal');
    expect(normalizeChoice('план–факт')).toBe(normalizeChoice('план-факт'));
  });

  test('blank and unknown text match nothing; Object.prototype names are no choices', () => {
    expect(findChoice('', modes)).toBeUndefined();
    expect(findChoice('toString', modes)).toBeUndefined();
    expect(findChoice('step', modes)).toBeUndefined();
  });

  test('the settings tabs read a choice the same way (spaces inside no longer refused there)', () => {
    expect(readChoice('  менеджер ', ['manager', 'head'])).toBe('manager');
    expect(readChoice('HEAD', ['manager', 'head'])).toBe('head');
  });
});
