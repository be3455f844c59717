import { t } from '../../i18n';
import { quotedList } from '../../i18n/format';
import { type ActionContext, notify } from '../context';
import { findImportTab } from '../import/import-tab-writes';
import { Problems } from '../problems';
import { settingsTabValues } from '../settings';
import { checkedSettings } from '../settings-plan';
import { SETTINGS_TABS } from '../tabs';

/**
 * Menu: Check settings. Reads every settings tab — Team, Plan, Funnel, Calendar (the plan decomposed too),
 * Motivation, Contests and the Import tab when there is one — runs every check the actions run and lists
 * every problem at once, grouped by tab, each at its cell with a fix where one helps; or says all is well.
 * Writes nothing (not even the ids a new person on the Team tab would get).
 */
export function checkSettingsAction(ctx: ActionContext): void {
  const problems = new Problems();
  // The prologue every action runs (without its dialog), strict: the Import tab too, and a Motivation tab in
  // the old layout is a problem. A problem in the first four tabs does not stop the check of the others.
  checkedSettings(ctx, problems, undefined, true);
  if (!problems.empty) {
    notify(ctx, problems.text(ctx.lang, 'check'));
    return;
  }
  // The names as found, read a moment ago (the memo): no call but the Import tab's lookup.
  const names = SETTINGS_TABS.flatMap((tab) => settingsTabValues(ctx, tab)?.name ?? []);
  const importTab = findImportTab(ctx);
  if (importTab) names.push(importTab.name);
  notify(ctx, t('check.allGood', ctx.lang, { tabs: quotedList(names, ctx.lang) }));
}
