import { ymdOf } from '../core/dates';
import { type MessageKey, t } from '../i18n';
import type { ActionContext } from './context';
import { monthKey } from './tabs';

/** "2026-11", "11.2026", "11/2026" or a month number of the default year → [year, month]. */
export function parseMonth(text: string, defaultYear: number): [number, number] | null {
  const s = text.trim();
  let m = /^(\d{4})[-./](\d{1,2})$/.exec(s);
  if (m) return valid(+m[1], +m[2]);
  m = /^(\d{1,2})[-./](\d{4})$/.exec(s);
  if (m) return valid(+m[2], +m[1]);
  m = /^(\d{1,2})$/.exec(s);
  if (m) return valid(defaultYear, +m[1]);
  return null;
}

function valid(year: number, month: number): [number, number] | null {
  return month >= 1 && month <= 12 && year >= 2000 && year <= 2100 ? [year, month] : null;
}

/** Asks which month; the current month is the default (an empty answer). Null when cancelled or invalid. */
export function askMonth(ctx: ActionContext, titleKey: MessageKey): [number, number] | null {
  const today = ymdOf(ctx.today);
  const current = monthKey(today.year, today.month);
  const answer = ctx.ui.prompt(
    t(titleKey, ctx.lang),
    t('month.prompt', ctx.lang, { current }),
    ctx.ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ctx.ui.Button.OK) return null;
  const text = answer.getResponseText().trim() || current;
  const parsed = parseMonth(text, today.year);
  if (!parsed) ctx.ui.alert(t('month.invalid', ctx.lang, { value: text }));
  return parsed;
}
