import type { CountryTable } from '../calendar';

/**
 * Belarus, five-day week. Holidays (Decree of the President No. 157 of 26.03.1998 as amended; Jan 2
 * since 2020): Jan 1, 2, 7, Mar 8, Radunitsa (the ninth day after Orthodox Easter), May 1, May 9,
 * Jul 3, Nov 7, Dec 25. A holiday falling on a weekend is NOT moved. Instead the Council of Ministers
 * moves working days: a working day between a holiday and a weekend becomes a day off and a Saturday
 * becomes a working day in exchange. The day before a holiday is one hour shorter (Labour Code
 * art. 116); a working Saturday that replaces such an eve is shortened as well. The years after the last
 * table are built from these rules (rules.ts), provisionally and without the Council's transfers.
 */
export const BY: CountryTable = {
  // Resolution of the Council of Ministers of 22.07.2025 No. 397: Mon Apr 20 (eve of Radunitsa,
  // Tue Apr 21; Orthodox Easter Apr 12) moves to Sat Apr 25. Holidays on weekends: Mar 8 (Sun),
  // May 9 (Sat), Nov 7 (Sat). Cross-checked: onliner.by 22.07.2025, news.mail.ru/BelTA 15.08.2025,
  // novosti-belarusi.com 23.07.2025, xmlcalendar.ru by/2026. Yearly norm 2024 h (Ministry of Labour
  // resolution of 16.09.2025 No. 95, via zara.by/Myfin) = 254 days × 8 h − 8 shortened days, which
  // confirms the shortened list below including Sat Apr 25.
  // 254 working days (19,20,22,21,20,22,22,21,22,22,21,22).
  2026: {
    off: '01-01 01-02 01-07 04-20 04-21 05-01 07-03 12-25',
    work: '04-25',
    short: '01-06 04-25 04-30 05-08 07-02 11-06 12-24 12-31',
  },
};
