import { type Lang, messages, t } from '../../src/i18n';

/**
 * Every plural of every message, in both languages (issue 16: "every message key has both languages and
 * passes a plural check for 1, 2, 5, 21"). A plural `{n|…}` has exactly the forms its language's rules name
 * (ru: one, few, many; en: one, other), distinct where the rules need them to be; rendered for 1, 2, 5 and 21
 * it shows the form Intl.PluralRules picks for the count (21 takes the form of 1 in Russian); and a number
 * placed before a word ("{count} ошибок") goes through a plural, so "1 ошибок" cannot happen.
 */
const CATEGORIES: Record<Lang, string[]> = { ru: ['one', 'few', 'many'], en: ['one', 'other'] };
const COUNTS: Record<Lang, number[]> = { ru: [1, 2, 5, 21], en: [1, 2, 5, 21] };
const PLURAL = /\{(\w+)\|([^{}]*)\}/g;

const entries = (lang: Lang) => Object.entries(messages(lang));
const pluralsOf = (text: string) =>
  [...text.matchAll(PLURAL)].map((m) => ({ name: m[1], forms: m[2].split('|') }));

test('every message key has both languages, neither empty', () => {
  const ru = Object.keys(messages('ru')).sort();
  expect(Object.keys(messages('en')).sort()).toEqual(ru);
  const empty = (['ru', 'en'] as const).flatMap((lang) =>
    entries(lang).flatMap(([k, v]) => (v.trim() === '' ? [`${lang} ${k}`] : [])),
  );
  expect(empty).toEqual([]);
});

describe.each(['ru', 'en'] as const)('plurals in %s', (lang) => {
  const plurals = entries(lang).flatMap(([key, text]) => pluralsOf(text).map((p) => ({ key, ...p })));

  test('there are plurals to check, each with exactly the forms of the language', () => {
    expect(plurals.length).toBeGreaterThan(lang === 'ru' ? 10 : 5);
    const wrong = plurals.filter((p) => p.forms.length !== CATEGORIES[lang].length);
    expect(wrong.map((p) => `${p.key}: {${p.name}|${p.forms.join('|')}}`)).toEqual([]);
  });

  test('the form for one differs from the form for many (a plural that cannot change is a mistake)', () => {
    const same = plurals.filter((p) => p.forms[0] === p.forms[p.forms.length - 1]);
    expect(same.map((p) => `${p.key}: {${p.name}|${p.forms.join('|')}}`)).toEqual([]);
  });

  test.each(COUNTS[lang])('rendered for %d: the form Intl.PluralRules picks', (n) => {
    const category = new Intl.PluralRules(lang).select(n);
    const bad: string[] = [];
    for (const [key, text] of entries(lang)) {
      const found = pluralsOf(text);
      if (found.length === 0) continue;
      const params = Object.fromEntries(found.map((p) => [p.name, n]));
      const shown = t(key as Parameters<typeof t>[0], lang, params);
      for (const p of found) {
        const form = p.forms[CATEGORIES[lang].indexOf(category)];
        if (form === undefined || !shown.includes(form)) bad.push(`${key} (${n}): ${shown}`);
      }
      if (/\{\w+\|/.test(shown)) bad.push(`${key} (${n}): a plural left unrendered: ${shown}`);
    }
    expect(bad).toEqual([]);
  });

  test('a counted parameter (or a number before a counted noun) goes through a plural', () => {
    // `{count} ошибок` with no plural reads "1 ошибок"; a parameter some plural counts is a count, and so is
    // one followed by a noun that declines with its number.
    const word = lang === 'ru' ? '[а-яё]+' : '[a-z]+';
    const bad: string[] = [];
    for (const [key, text] of entries(lang)) {
      const counted = new Set(pluralsOf(text).map((p) => p.name));
      counted.add('count');
      for (const m of text.matchAll(new RegExp(`(№?)\\{(\\w+)\\} (${word})`, 'g'))) {
        const [whole, numero, name, after] = m;
        if (numero || EXCEPTIONS.has(`${key} ${after}`) || INVARIANT[lang].test(after)) continue;
        if (counted.has(name) || NOUNS[lang].test(after)) bad.push(`${key}: ${whole}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

test('a Russian fraction takes the "few" form (1,5 дня), an English one the plural', () => {
  expect(t('check.partialMonths', 'ru', { column: 'X', count: 1.5 })).toContain('1,5 месяца не заполнены');
  expect(t('check.partialMonths', 'en', { column: 'X', count: 1.5 })).toContain('1.5 months are blank');
});

/** Nouns that decline with a number before them (their stems), in either language. */
const NOUNS: Record<Lang, RegExp> = {
  ru: /^(значени|дн|этап|ячеe?к|ячейк|строк|балл|рабоч|сво|месяц|недел|ошиб|сделк|сделок|человек|лист|участник|менеджер|строк)/,
  en: /^(values?|days?|stages?|cells?|rows?|points?|months?|weeks?|problems?|deals?|managers?|members?)$/,
};
/** Words after a count that do not change with it: prepositions, abbreviations. */
const INVARIANT: Record<Lang, RegExp> = { ru: /^(из|нед|мес|дн|знач|чел)$/, en: /^(of|more|own)$/ };
/**
 * Checked by hand: `{to}` there is a date ("в периоде 01.11 — 30.11 дней: 30"); "daily" and "stage" stand
 * before the counted noun, which has its plural.
 */
const EXCEPTIONS = new Set([
  'planfact.factsLength дней',
  'planfact.factsLength days',
  'report.dailyLength daily',
  'report.funnelStages stage',
]);
