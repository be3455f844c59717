import { type Day, firstOfMonth, isoWeekday, lastOfMonth, ymdOf } from '../../core/dates';
import { type Lang, monthName, t } from '../../i18n';
import type { ActionContext } from '../context';
import { dateFormat, FORMAT } from '../formats';
import { Grid, rect, serialOf } from '../grid';
import { metricLabel } from '../labels';
import { Problems } from '../problems';
import {
  CONTEST_COL,
  CONTEST_COLUMNS,
  contestMetrics,
  RULE_KINDS,
  type RuleKind,
  ruleLabel,
} from './contests-columns';
import { type FunnelStage, readFunnel } from './funnel';
import { readTabValues } from './index';
import { readPlan } from './plan';
import { headerRow, TEMPLATE_ROWS } from './template';

/** A new Contests tab: header with notes, drop-downs, and example contests a head of sales edits. */

/** The plan's metrics (ids and shown names) as the Plan and Funnel tabs are now, for the drop-down. */
export function templateMetrics(ctx: ActionContext): { id: string; name: string }[] {
  const problems = new Problems(); // the actions that use those tabs report their problems
  const tabs = readTabValues(ctx, ['plan', 'funnel'], problems);
  const table = (name: string) => ({ tab: name, lang: ctx.lang, timeZone: ctx.timeZone, problems });
  const funnel = tabs.funnel ? readFunnel(tabs.funnel.values, table(tabs.funnel.name)) : [];
  const plan = tabs.plan ? readPlan(tabs.plan.values, table(tabs.plan.name)) : null;
  return namedMetrics(contestMetrics(plan, funnel), funnel, ctx.lang);
}

export function namedMetrics(ids: readonly string[], funnel: readonly FunnelStage[], lang: Lang) {
  return ids.map((id) => ({ id, name: metricLabel(id, funnel, lang) }));
}

type Cells = Partial<Record<string, string | number | boolean>>;

/** «Ноябрьский спринт»: the month as an adjective, which monthName does not give. */
const MONTHS_RU = [
  'Январский',
  'Февральский',
  'Мартовский',
  'Апрельский',
  'Майский',
  'Июньский',
  'Июльский',
  'Августовский',
  'Сентябрьский',
  'Октябрьский',
  'Ноябрьский',
  'Декабрьский',
];

/** Up to three counted metrics for the activity example: calls, meetings, deals when the funnel has them. */
function countedMetrics(metrics: { id: string; name: string }[]) {
  const counted = metrics.filter((m) => m.id !== 'revenue' && m.id !== 'receipts');
  const usual = counted.filter((m) => ['calls', 'meetings', 'deals'].includes(m.id));
  return usual.length > 0 ? usual : counted.slice(-3);
}

/**
 * The examples, dated from the day the tab is made so they are live at once: this month's plan-points sprint,
 * last week's activity contest (finished, so its money prizes reach this month's Bonus tab) and this month's
 * race of groups.
 */
function examples(lang: Lang, today: Day, metrics: { id: string; name: string }[]): Cells[] {
  const ru = lang === 'ru';
  const counted = countedMetrics(metrics);
  const points = [1, 5, 20].slice(-counted.length);
  const weights = counted.length
    ? counted.map((m, i) => `${m.name} × ${points[i]}`).join('; ')
    : `${metrics[0].name} × 1`;
  const all = ru ? 'все' : 'all';
  const rule = (kind: RuleKind) => ruleLabel(kind, lang);
  const { year, month } = ymdOf(today);
  const lastMonday = today - isoWeekday(today) + 1 - 7;
  const sprint = ru ? `${MONTHS_RU[month - 1]} спринт` : `${monthName(month, 'en')} sprint`;
  return [
    {
      name: sprint,
      from: serialOf(firstOfMonth(year, month)),
      to: serialOf(lastOfMonth(year, month)),
      participants: all,
      rule: rule('planPoints'),
      metric: metrics[0].name,
      minimum: 0.9,
      rate: 300,
      rateAbove: 600,
      prizes: ru ? '10 000 ₽; 5 000 ₽; выходной день' : '10,000; 5,000; a day off',
      showTop: 3,
    },
    {
      name: ru ? 'Неделя активности' : 'Activity week',
      from: serialOf(lastMonday),
      to: serialOf(lastMonday + 6),
      participants: all,
      rule: rule('activity'),
      weights,
      multipliers: ru ? 'пт × 2' : 'Fri × 2',
      prizes: ru ? '3 000 ₽; 2 000 ₽' : '3,000; 2,000',
    },
    {
      name: ru ? 'Гонка групп' : 'Group race',
      from: serialOf(firstOfMonth(year, month)),
      to: serialOf(lastOfMonth(year, month)),
      participants: all,
      teams: true,
      rule: rule('race'),
      metric: (counted[counted.length - 1] ?? metrics[0]).name,
      target: 20,
      prizes: ru ? 'ужин для группы' : 'a group dinner',
    },
  ];
}

/** A new Contests tab. `metrics`: the plan's metrics with their shown names (revenue first). */
export function contestsTemplate(lang: Lang, today: Day, metrics: { id: string; name: string }[]): Grid {
  const g = new Grid(TEMPLATE_ROWS, CONTEST_COLUMNS.length);
  headerRow(g, CONTEST_COLUMNS, lang);
  examples(lang, today, metrics).forEach((cells, i) => {
    for (const [field, v] of Object.entries(cells)) {
      if (v === undefined) continue;
      if (typeof v === 'string') g.text(i + 2, CONTEST_COL[field], v);
      else g.set(i + 2, CONTEST_COL[field], v);
    }
  });
  const body = (field: string, cols = 1) => rect(2, CONTEST_COL[field], TEMPLATE_ROWS - 1, cols);
  const note = (field: 'rule' | 'metric' | 'from') => t(`note.contest.${field}`, lang);
  g.validations.push(
    { rect: body('from', 2), rule: { kind: 'date', help: note('from') } },
    { rect: body('teams'), rule: { kind: 'checkbox' } },
    {
      rect: body('rule'),
      rule: { kind: 'list', values: RULE_KINDS.map((k) => ruleLabel(k, lang)), help: note('rule') },
    },
    {
      rect: body('metric'),
      // Not strict: a funnel stage added after Set up may be typed (the reader checks it against the facts).
      rule: { kind: 'list', values: metrics.map((m) => m.name), help: note('metric'), strict: false },
    },
  );
  g.format(body('from', 2), dateFormat(lang));
  g.format(body('target'), FORMAT.points);
  g.format(body('minimum'), FORMAT.completion);
  g.format(body('rate', 2), FORMAT.points);
  g.frozenCols = 1;
  return g;
}
