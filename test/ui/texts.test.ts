import { DomainError, msgRef } from '../../src/core/errors';
import { t, textsFor } from '../../src/i18n';
import { errorTextOf, textOf } from '../../src/ui/texts';

const config = { lang: 'ru' as const, texts: textsFor('ru', ['dlg.', 'import.', 'importField.']) };

describe('texts on a dialog page', () => {
  test('a core error reads as the server would write it, a message parameter by its text', () => {
    const e = new DomainError('import.mappedHeaderMissing', {
      field: msgRef('importField.amount'),
      header: 'Цена',
    });
    expect(errorTextOf(config, e)).toBe(t('import.mappedHeaderMissing', 'ru', e.params));
    expect(errorTextOf(config, e)).not.toContain('importField');
  });

  test('numbers as the server writes them (a non-breaking space between groups); anything else thrown says what it was', () => {
    expect(textOf(config, 'dlg.import.sending', { done: 1200, parts: 3 })).toBe(
      'Отправляю… часть 1\u00a0200 из 3',
    );
    expect(errorTextOf(config, new Error('сеть'))).toBe(t('dlg.failed', 'ru', { message: 'сеть' }));
  });
});
