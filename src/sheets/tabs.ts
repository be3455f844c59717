import { cutText, type Lang, t } from '../i18n';

/** The add-on's own tabs. Settings tabs are found under their Russian or English name. */
export type SettingsTab = 'team' | 'plan' | 'funnel' | 'motivation' | 'calendar' | 'contests';

/** The settings tabs in the order a problem list goes through them (Team first). */
export const SETTINGS_TABS: readonly SettingsTab[] = [
  'team',
  'plan',
  'funnel',
  'calendar',
  'motivation',
  'contests',
];

export function settingsTabName(tab: SettingsTab, lang: Lang): string {
  return t(`tab.${tab}`, lang);
}

/** The settings tab in this spreadsheet's language, or the same tab made under the other language. */
export function findSettingsSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tab: SettingsTab,
  lang: Lang,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  return findSettingsTab(ss, tab, lang)?.sheet ?? null;
}

/** `findSettingsSheet` with the name it was found under (a reader names the tab in its problems). */
export function findSettingsTab(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tab: SettingsTab,
  lang: Lang,
): FoundTab | null {
  return findGeneratedTab(ss, (l) => settingsTabName(tab, l), lang);
}

/** A tab and the name it has now (known from the lookup: no `getName` call to ask it again). */
export interface FoundTab {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  name: string;
}

/**
 * A generated tab under its name in this spreadsheet's language, or the same tab made when the spreadsheet
 * had the other language (a locale change must not lose last month's Bonus tab), with the name found.
 */
export function findGeneratedTab(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  nameIn: (lang: Lang) => string,
  lang: Lang,
): FoundTab | null {
  for (const l of lang === 'ru' ? (['ru', 'en'] as const) : (['en', 'ru'] as const)) {
    const name = nameIn(l);
    const sheet = ss.getSheetByName(name);
    if (sheet) return { sheet, name };
  }
  return null;
}

/** `findGeneratedTab`'s sheet, for a caller that does not need its name. */
export function findGeneratedSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  nameIn: (lang: Lang) => string,
  lang: Lang,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  return findGeneratedTab(ss, nameIn, lang)?.sheet ?? null;
}

/** "2026-11" */
export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function planTabName(year: number, lang: Lang): string {
  return t('tab.planYear', lang, { year });
}

export function monthTabName(year: number, month: number): string {
  return monthKey(year, month);
}

export function bonusTabName(year: number, month: number, lang: Lang): string {
  return t('tab.bonus', lang, { month: monthKey(year, month) });
}

export function reportTabName(year: number, month: number, lang: Lang): string {
  return t('tab.report', lang, { month: monthKey(year, month) });
}

/** "Неделя 2026-W48" / "Week 2026-W48": `isoWeek` as weekKey writes it. */
export function weekTabName(isoWeek: string, lang: Lang): string {
  return t('tab.week', lang, { week: isoWeek });
}

export function todayTabName(lang: Lang): string {
  return t('tab.today', lang);
}

/**
 * «Конкурс «Ноябрьский спринт»» / "Contest “November sprint”": no colon (Excel and xlsx exports refuse it in a
 * tab name); the contest's name cut so the whole stays within the 100 characters Sheets allows.
 */
export function leaderboardTabName(contest: string, lang: Lang): string {
  return t('tab.leaderboard', lang, { name: cutText(contest, 80) });
}

/** `name`, or `name 2`, `name 3`… when a tab has it already: a name free for a tab set aside or renamed. */
export function freeTabName(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): string {
  let candidate = name;
  for (let i = 2; ss.getSheetByName(candidate); i++) candidate = `${name} ${i}`;
  return candidate;
}
