export type Lang = 'ru' | 'en';

/** A message in both languages; `{name}` marks a parameter. */
export interface Bilingual {
  ru: string;
  en: string;
}

/** Russian for Russian-speaking locales (ru, ru_RU, be, kk, uk…), English otherwise. */
export function langOfLocale(locale: string | undefined | null): Lang {
  const l = String(locale ?? '').toLowerCase();
  return /^(ru|be|kk|uk|ky|uz|tg|hy|az)([_-]|$)/.test(l) ? 'ru' : 'en';
}
