import { sheetValuesToText } from '../../core/import';
import { type Lang, messageOf, t } from '../../i18n';
import { type ActionContext, notify } from '../context';
import { MONTH_TAG } from '../month-layout';
import { leftoverBase } from '../write-grid';
import { importRows } from './import-rows';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Menu: Import facts from this tab. The active tab holds an export the user brought in with File → Import
 * (or pasted): its values are read once, turned into text as the file had it, and imported. A tab the
 * add-on made or reads its settings from is refused with a message saying what to open instead.
 */
export function importFromTabAction(ctx: ActionContext): void {
  const sheet = ctx.ss.getActiveSheet();
  const name = sheet.getName();
  if (isAddonTab(ctx.ss, sheet, name)) {
    notify(ctx, t('importSheet.refuseTab', ctx.lang, { tab: name }));
    return;
  }
  const rows = sheetValuesToText(sheet.getDataRange().getValues(), ctx.timeZone);
  notify(ctx, importRows(ctx, rows, name).text);
}

/** Tabs named by the add-on, in either language: settings, logs, Today. */
const FIXED_TABS = [
  'tab.team',
  'tab.plan',
  'tab.funnel',
  'tab.motivation',
  'tab.calendar',
  'tab.import',
  'tab.importLog',
  'tab.factsLog',
  'tab.meetingLog',
  'tab.openDeals',
  'tab.today',
] as const;
/** Tabs named with a year or month: the month tab itself is "YYYY-MM". */
const PATTERN_TABS = ['tab.planYear', 'tab.bonus', 'tab.report'];

function isAddonTab(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheet: Sheet, name: string): boolean {
  const base = leftoverBase(name) ?? name;
  if (/^\d{4}-\d{2}$/.test(base)) return true;
  for (const lang of ['ru', 'en'] as Lang[]) {
    if (FIXED_TABS.some((key) => t(key, lang) === base)) return true;
    if (PATTERN_TABS.some((key) => patternOf(key, lang).test(base))) return true;
  }
  // A month tab a person renamed still carries its tag.
  const id = sheet.getSheetId();
  return ss
    .createDeveloperMetadataFinder()
    .withKey(MONTH_TAG)
    .find()
    .some((m) => m.getLocation().getSheet()?.getSheetId() === id);
}

function patternOf(key: string, lang: Lang): RegExp {
  const template = messageOf(key)?.[lang] ?? '';
  const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace('{year}', '\\d{4}').replace('{month}', '\\d{4}-\\d{2}')}$`);
}
