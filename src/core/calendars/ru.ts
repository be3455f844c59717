import type { CountryTable } from '../calendar';

/**
 * Russia, five-day week. Public holidays: Labour Code art. 112 (Jan 1–6 and 8 New Year holidays,
 * Jan 7, Feb 23, Mar 8, May 1, May 9, Jun 12, Nov 4). A holiday on a weekend moves to the next working
 * day (art. 112 part 2), except the January ones, whose days the government moves by decree — often
 * into another month or to the last day of the year. A working day before a holiday is one hour
 * shorter (art. 95), including a working Saturday that precedes a transferred day off. The years after
 * the last table are built from these rules (rules.ts), provisionally.
 *
 * `off` lists only weekdays, `work` only weekend days (test/core/calendar.data.test.ts checks this).
 */
export const RU: CountryTable = {
  // Decree of the Government of the RF of 10.08.2023 No. 1314. Transfers: Sat Jan 6 → Fri May 10,
  // Sun Jan 7 → Tue Dec 31, Sat Apr 27 → Mon Apr 29, Sat Nov 2 → Tue Apr 30, Sat Dec 28 → Mon Dec 30.
  // Cross-checked: ConsultantPlus production calendar 2024 (as quoted by skb.tarusa.ru and
  // tls-cons.ru), xmlcalendar.ru (github xmlcalendar/data ru/2024), python-holidays (vacanza) 2024
  // substitutions. 248 working days (17,20,20,21,20,19,23,22,21,23,21,21), 1979 h at 40 h/week;
  // shortened: Feb 22, Mar 7, May 8, Jun 11 and Sat Nov 2.
  2024: {
    off: '01-01 01-02 01-03 01-04 01-05 01-08 02-23 03-08 04-29 04-30 05-01 05-09 05-10 06-12 11-04 12-30 12-31',
    work: '04-27 11-02 12-28',
    short: '02-22 03-07 05-08 06-11 11-02',
  },
  // Decree of 04.10.2024 No. 1335. Transfers: Sat Jan 4 → Fri May 2, Sun Jan 5 → Wed Dec 31,
  // Sun Feb 23 → Thu May 8, Sat Mar 8 → Fri Jun 13, Sat Nov 1 → Mon Nov 3 (so Feb 24 and Mar 10 are
  // working days). Cross-checked: xmlcalendar.ru ru/2025, python-holidays 2025 substitutions,
  // Kommersant 01.10.2025 and RIA Novosti 30.10.2025 (Sat Nov 1 working and shortened).
  // 247 working days (17,20,21,22,18,19,23,21,22,23,19,22), 1972 h; shortened: Mar 7, Apr 30,
  // Jun 11, Sat Nov 1.
  2025: {
    off: '01-01 01-02 01-03 01-06 01-07 01-08 05-01 05-02 05-08 05-09 06-12 06-13 11-03 11-04 12-31',
    work: '11-01',
    short: '03-07 04-30 06-11 11-01',
  },
  // Decree of 24.09.2025 No. 1466. Transfers: Sat Jan 3 → Fri Jan 9, Sun Jan 4 → Thu Dec 31; by
  // art. 112: Sun Mar 8 → Mon Mar 9, Sat May 9 → Mon May 11. No working weekend days.
  // Cross-checked: xmlcalendar.ru ru/2026 and ConsultantPlus 2026 monthly table as carried by several
  // public repositories (247 days, 1972 h). 247 working days (15,19,21,22,19,21,23,21,22,22,20,22);
  // shortened: Apr 30, May 8, Jun 11, Nov 3.
  2026: {
    off: '01-01 01-02 01-05 01-06 01-07 01-08 01-09 02-23 03-09 05-01 05-11 06-12 11-04 12-31',
    work: '',
    short: '04-30 05-08 06-11 11-03',
  },
  // Decree of 17.09.2026 No. 1187 (published 18.09.2026). Transfers: Sat Jan 2 → Fri Nov 5, Sun Jan 3 →
  // Fri Dec 31, Sat Feb 20 → Mon Feb 22; by art. 112: Sat May 1 → Mon May 3, Sun May 9 → Mon May 10,
  // Sat Jun 12 → Mon Jun 14. The decree's text itself was not read by us: its transfers as ConsultantPlus
  // quotes them ("с субботы 2 января на пятницу 5 ноября; с воскресенья 3 января на пятницу 31 декабря;
  // с субботы 20 февраля на понедельник 22 февраля") agree in four independent public repositories (a
  // Rust crate's 2027 data, a Python and a Java calendar, a ConsultantPlus page parser's test) and with
  // xmlcalendar.ru ru/2027. (A deputy's forecast of Dec 2025 — Nov 4–7 off, Sat Nov 13 working — came
  // before the decree; the transfers quoted above are the decree's.)
  // 247 working days (15,19,22,22,19,21,22,22,22,21,20,22); shortened: Sat Feb 20, Apr 30, Jun 11, Nov 3.
  2027: {
    off: '01-01 01-04 01-05 01-06 01-07 01-08 02-22 02-23 03-08 05-03 05-10 06-14 11-04 11-05 12-31',
    work: '02-20',
    short: '02-20 04-30 06-11 11-03',
  },
};
