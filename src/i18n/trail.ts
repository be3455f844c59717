import type { TrailLine, TrailValue } from '../core/bonus/trail';
import { formatMoney, formatNumber, formatPercent } from './format';
import { isMsgRef, type MsgRef, tCode, type Written, written } from './index';
import type { Lang } from './lang';

/**
 * One trail parameter as text: a message in the reader's language, any other text as written (a label or
 * KPI id that happens to equal a message code stays what was typed), money with kopecks and the plan's
 * currency sign when given ("9 100,00 ₽"), numbers up to 2 decimals, percents, multipliers (the template
 * writes the ×).
 */
function formatTrailValue(v: TrailValue, lang: Lang, currency?: string): string {
  if (typeof v === 'string') return v;
  if (isMsgRef(v)) return tCode(v.msgRef, lang);
  if ('money' in v) return formatMoney(v.money, lang, currency);
  if ('pct' in v) return formatPercent(v.pct, lang, 2);
  if ('mult' in v) return formatNumber(v.mult, lang, 4);
  return formatNumber(v.num, lang, 2);
}

/** The parameters as text; a number stays countable, so a plural in the message picks its form from it. */
function formatParams(
  params: Record<string, TrailValue>,
  lang: Lang,
  currency?: string,
): Record<string, string | Written> {
  const out: Record<string, string | Written> = {};
  for (const [k, v] of Object.entries(params)) {
    const text = formatTrailValue(v, lang, currency);
    out[k] = typeof v === 'object' && !isMsgRef(v) ? written(text, countOf(v)) : text;
  }
  return out;
}

function countOf(v: Exclude<TrailValue, string | MsgRef>): number {
  if ('money' in v) return v.money;
  if ('pct' in v) return v.pct;
  if ('mult' in v) return v.mult;
  return v.num;
}

/**
 * A trail line as text, e.g. "130 000 × 7 % = 9 100,00 ₽ (от 100 % плана)": its amounts in `currency`
 * (the Plan tab's) when given, as the money cells beside it show them.
 */
export function renderTrailLine(line: TrailLine, lang: Lang, currency?: string): string {
  const params = formatParams(line.params, lang, currency);
  if (line.amount !== undefined) params.amount = formatMoney(line.amount, lang, currency);
  let text = tCode(line.code, lang, params);
  if (line.note) text += ` (${tCode(line.note.code, lang, formatParams(line.note.params, lang, currency))})`;
  return text;
}

/** Every line of a trail as text, in order. */
export function renderTrail(lines: readonly TrailLine[], lang: Lang, currency?: string): string[] {
  return lines.map((l) => renderTrailLine(l, lang, currency));
}

/** A component's label: its own text as written, or its kind's name in the reader's language. */
export function componentLabel(label: string | MsgRef, lang: Lang): string {
  return typeof label === 'string' ? label : tCode(label.msgRef, lang);
}
