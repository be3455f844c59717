import { openDealsBetween } from '../../core/import/open-deals';
import { meetingMonths, meetingWeek, parseWeek, shiftWeek } from '../../core/week-view';
import { type IsoWeek, type RangePlan, weekKey, weekPlan } from '../../core/weeks';
import { t } from '../../i18n';
import { type Action, type ActionContext, notify, toast } from '../context';
import { readOpenDeals } from '../import/open-deals';
import { type MeetingEntry, type MeetingLog, readMeetingLog, recordMeeting, textsOf } from '../meeting-log';
import { settingsAndPlan } from '../settings-plan';
import { findGeneratedSheet, weekTabName } from '../tabs';
import { memberOfLogId, readWeekTexts, WEEK, weekEntries, weekNoteLogId } from '../week-layout';
import { writeGrid } from '../write-grid';
import { readWeekMonths, weekManagers } from './week-data';
import { type WeekTexts, weekGrid } from './week-grid';

/** Menu: Weekly meeting… → the tab "Неделя 2026-W48" / "Week 2026-W48" for the week asked. */
export const weekAction: Action<IsoWeek> = {
  ask: askWeek,
  run: weekTab,
};

/** Asks which week; the default (an empty answer) is the week the meeting reviews today. */
function askWeek(ctx: ActionContext): IsoWeek | null {
  const current = weekKey(meetingWeek(ctx.today));
  const answer = ctx.ui.prompt(
    t('menu.weeklyMeeting', ctx.lang),
    t('week.prompt', ctx.lang, { current }),
    ctx.ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ctx.ui.Button.OK) return null;
  const text = answer.getResponseText().trim() || current;
  const parsed = parseWeek(text, ctx.today);
  if (!parsed) ctx.ui.alert(t('week.invalid', ctx.lang, { value: text }));
  return parsed;
}

/**
 * Writes the Week tab: settings and plan first, then every month tab the formulas point to (one read
 * each); the texts typed on this week's and last week's tabs go to the meeting log before the tab is
 * replaced (a fault later leaves each text in its tab or the log).
 */
export function weekTab(ctx: ActionContext, week: IsoWeek): void {
  const planned = settingsAndPlan(ctx, undefined, { months: meetingMonths(week) });
  if (!planned?.plan) return;
  const { settings, plan } = planned;
  const range = (w: IsoWeek) => weekPlan(plan, w);
  const plans = { week: range(week), prev: range(shiftWeek(week, -1)), next: range(shiftWeek(week, 1)) };
  if (!plans.week.parts.length && !plans.prev.parts.length && !plans.next.parts.length) {
    notify(ctx, t('week.notPlanYear', ctx.lang, { week: weekKey(week), year: plan.year }));
    return;
  }
  const months = readWeekMonths(ctx.ss, week, settings.calendar);
  const log = readMeetingLog(ctx.ss, ctx.lang);
  recordMeeting(ctx, log, [...typedOn(ctx, week), ...typedOn(ctx, shiftWeek(week, -1))]);
  const deals = readOpenDeals(ctx.ss, ctx.lang);
  const grid = weekGrid({
    lang: ctx.lang,
    settings,
    plan,
    week,
    plans,
    months,
    managers: weekManagers(plan, Object.values(plans), months.current),
    texts: loggedTexts(log, plans.week, plans.prev),
    deals: deals.length ? openDealsBetween(deals, plans.next.from, plans.next.to) : null,
  });
  const name = weekTabName(weekKey(week), ctx.lang);
  writeGrid(ctx.ss, name, grid, {
    protectionNote: t('protect.generated', ctx.lang),
    written: ctx.written,
  }).activate();
  toast(ctx, 'toast.weekDone', { week: weekKey(week) });
}

/** The texts typed on a week's tab (in either language), as meeting-log entries; none without the tab. */
function typedOn(ctx: ActionContext, week: IsoWeek): MeetingEntry[] {
  const sheet = findGeneratedSheet(ctx.ss, (lang) => weekTabName(weekKey(week), lang), ctx.lang);
  if (!sheet) return [];
  const texts = readWeekTexts(sheet.getDataRange().getValues(), ctx.timeZone, ctx.lang);
  return texts ? weekEntries(texts) : [];
}

/** This week's texts as last logged, and last week's commitments and notes. */
function loggedTexts(log: MeetingLog, week: RangePlan, prev: RangePlan): WeekTexts {
  const byMember = (day: number) => {
    const out = new Map<string, string>();
    for (const [id, text] of textsOf(log, day)) {
      const member = memberOfLogId(id);
      if (member !== undefined) out.set(member, text);
    }
    return out;
  };
  const notes = (day: number) =>
    Array.from({ length: WEEK.noteRows }, (_, k) => textsOf(log, day).get(weekNoteLogId(k + 1)) ?? '');
  return {
    commitment: byMember(week.from),
    promised: byMember(prev.from),
    notes: notes(week.from),
    promisedNotes: notes(prev.from),
  };
}
