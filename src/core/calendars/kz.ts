import type { CountryTable } from '../calendar';

/**
 * Kazakhstan, five-day week. Holidays: Law "On holidays in the Republic of Kazakhstan"; a state or
 * national holiday falling on a Saturday or Sunday gives the next working day off (art. 5 of that law).
 * Religious days off (Orthodox Christmas Jan 7, first day of Kurban Ait) are not moved. The Kurban Ait
 * date is fixed each year by a separate decision (the religious-affairs authority, on the proposal of
 * the Spiritual Administration of Muslims), not by the law. Kazakhstan has no shortened pre-holiday
 * days: the Ministry of Labour's balance of working time counts 8 h for every working day. The years
 * after the last table are built from these rules (rules.ts), provisionally and without Kurban Ait.
 */
export const KZ: CountryTable = {
  // Production calendar and balance of working time 2026 of the Ministry of Labour and Social
  // Protection (news.mail.ru/El.kz 10.12.2025, prg.kz 05.12.2025); transfers for the five-day week:
  // Sun Mar 8 → Mon Mar 9, Sat Mar 21 → Tue Mar 24, Sun Mar 22 → Wed Mar 25 (Nauryz, Mar 21–23),
  // Sat May 9 → Mon May 11, Sun Oct 25 → Mon Oct 26. Kurban Ait: Wed May 27, 2026.
  // Cross-checked: alau.kz 02.01.2026, mgorod.kz, lugasoft.ru (May 2026: 17 working days),
  // xmlcalendar.ru kz/2026.
  // CHANGE after the calendar was published: the Constitution adopted at the referendum of 15.03.2026
  // moves Constitution Day to Mar 15 (celebrated from 2027), so Aug 30, 2026 is no holiday and Mon
  // Aug 31 is a working day (taspanews.kz 18.03.2026 citing the Ministry of Labour; the Minister of
  // Justice and the Senate speaker announced the same rule before the vote: alau.kz, lada.kz,
  // zakon.kz). Only one source states the outcome; the Ministry's December table (and xmlcalendar)
  // still show Aug 31 off, August 20 days and 246 for the year.
  // 247 working days (19,20,18,22,17,22,22,21,22,21,21,22).
  2026: {
    off: '01-01 01-02 01-07 03-09 03-23 03-24 03-25 05-01 05-07 05-11 05-27 07-06 10-26 12-16',
    work: '',
    short: '',
  },
};
