import type { Problem } from '../bonus/problems';
import { ambiguousParams, parseNumberText } from '../cells';
import { findChoice, normalizeChoice } from '../choice';
import type { ImprovementRule, Multiplier, Prize } from './types';

/**
 * The short texts a head of sales types on the Contests tab, read into a contest's parts: weights
 * «звонки × 1; встречи × 5», multipliers «пт × 2; сделки × 2», a baseline «4 недели», prizes
 * «10 000 ₽; 5 000 ₽; выходной день», participants «Анна; m2». Items are separated by «;» or a new line;
 * a name and its number by ×, x (Latin or Cyrillic), *, = or :. Metric and person names are resolved by the
 * caller (`resolve`): a name it does not know is kept as typed, so the contest's own check reports it at the
 * same path. A piece that fits no grammar is a problem with its path (`rule.weights[1]`); so is a number
 * that reads two ways («10,000»: 10 or ten thousand, `ambiguousNumber`), whichever reading it is kept as.
 */

type Lang = 'ru' | 'en';

/** The items of a list cell; blanks between separators kept (a prize place may be left empty). */
export function items(text: string, separators = /[;\n]/): string[] {
  return text.split(separators).map((s) => s.trim());
}

/**
 * The problem of a number typed so that it reads two ways in `lang` (separatorReadings), at `field`;
 * undefined when it reads one way.
 */
export function ambiguousNumber(text: string, lang: Lang, field?: string): Problem | undefined {
  const params = ambiguousParams(text, lang);
  if (!params) return undefined;
  return { code: 'number.ambiguous', params, ...(field ? { field } : {}) };
}

/** «name × number» → its parts; undefined when the text does not end in an operator and a number. */
function pairOf(text: string, lang: Lang): { key: string; value: number; number: string } | undefined {
  const m = /^(.*?\S)\s*[×xXхХ*=:]\s*([-+−]?[\d\s\u00a0\u202f.,]*\d)$/u.exec(text);
  if (!m) return undefined;
  const value = parseNumberText(m[2], lang);
  return value === undefined ? undefined : { key: m[1].trim(), value, number: m[2] };
}

/** Weights «звонки × 1; встречи × 5; сделки × 20»: metric by `resolve` (unknown kept as typed). */
export function parseWeights(
  text: string,
  resolve: (name: string) => string | undefined,
  lang: Lang,
): { weights: { metric: string; points: number }[]; problems: Problem[] } {
  const weights: { metric: string; points: number }[] = [];
  const problems: Problem[] = [];
  items(text)
    .filter(Boolean)
    .forEach((item, i) => {
      const pair = pairOf(item, lang);
      if (!pair) {
        problems.push({
          code: 'contest.text.badWeight',
          params: { value: item },
          field: `rule.weights[${i}]`,
        });
        return;
      }
      const twoWays = ambiguousNumber(pair.number, lang, `rule.weights[${i}].points`);
      if (twoWays) problems.push(twoWays);
      weights.push({ metric: resolve(pair.key) ?? pair.key, points: pair.value });
    });
  return { weights, problems };
}

const WEEKDAYS: readonly (readonly string[])[] = [
  ['пн', 'пон', 'понедельник', 'mon', 'monday'],
  ['вт', 'вто', 'вторник', 'tue', 'tues', 'tuesday'],
  ['ср', 'сре', 'среда', 'wed', 'wednesday'],
  ['чт', 'чет', 'четверг', 'thu', 'thur', 'thurs', 'thursday'],
  ['пт', 'пят', 'пятница', 'fri', 'friday'],
  ['сб', 'суб', 'суббота', 'sat', 'saturday'],
  ['вс', 'вос', 'воскресенье', 'sun', 'sunday'],
];

/** An ISO weekday (1 = Monday) from its short or full name in Russian or English («пт», "Fri.", «пятница»). */
export function weekdayOf(text: string): number | undefined {
  return findChoice(
    text.replace(/\.$/, ''),
    WEEKDAYS.map((names, i) => ({ value: i + 1, names })),
  );
}

/**
 * Multipliers «пт × 2; сделки × 2; пт сделки × 3»: a weekday, a metric, or a weekday and a metric (either
 * order) times a factor. A key that is neither is kept as a metric name, so the check reports it.
 */
export function parseMultipliers(
  text: string,
  resolve: (name: string) => string | undefined,
  lang: Lang,
): { multipliers: Multiplier[]; problems: Problem[] } {
  const multipliers: Multiplier[] = [];
  const problems: Problem[] = [];
  items(text)
    .filter(Boolean)
    .forEach((item, i) => {
      const pair = pairOf(item, lang);
      if (!pair) {
        const code = 'contest.text.badMultiplier';
        problems.push({ code, params: { value: item }, field: `rule.multipliers[${i}]` });
        return;
      }
      const twoWays = ambiguousNumber(pair.number, lang, `rule.multipliers[${i}].factor`);
      if (twoWays) problems.push(twoWays);
      multipliers.push({ factor: pair.value, ...multiplierKey(pair.key, resolve) });
    });
  return { multipliers, problems };
}

function multiplierKey(
  key: string,
  resolve: (name: string) => string | undefined,
): Omit<Multiplier, 'factor'> {
  const weekday = weekdayOf(key);
  if (weekday !== undefined) return { weekday };
  const metric = resolve(key);
  if (metric !== undefined) return { metric };
  const words = key.split(/\s+/);
  if (words.length > 1) {
    const first = weekdayOf(words[0]);
    const rest = resolve(words.slice(1).join(' '));
    if (first !== undefined && rest !== undefined) return { weekday: first, metric: rest };
    const last = weekdayOf(words[words.length - 1]);
    const before = resolve(words.slice(0, -1).join(' '));
    if (last !== undefined && before !== undefined) return { weekday: last, metric: before };
  }
  return { metric: key };
}

/** A baseline «4 недели», «3 мес.», "4 weeks", "1 month"; undefined when it is none. */
export function parseBaseline(text: string): ImprovementRule['baseline'] | undefined {
  const m = /^(\d+)\s*(\p{L}+)\.?$/u.exec(normalizeChoice(text));
  if (!m) return undefined;
  const word = m[2];
  const unit = /^(нед|week|wk|w$)/.test(word) ? 'week' : /^(мес|month|mo)/.test(word) ? 'month' : undefined;
  return unit ? { unit, count: Number(m[1]) } : undefined;
}

/**
 * Prizes by place «10 000 ₽; 5 000 ₽; выходной день»: a number (a currency sign or code allowed) is money in
 * the plan's currency, in kopecks; anything else a text prize; an empty place between separators no prize.
 * A sum that reads two ways («10,000 ₽» in Russian) is a problem at `prizes[i]`.
 */
export function parsePrizes(text: string, lang: Lang): { prizes: Prize[]; problems: Problem[] } {
  const places = items(text);
  while (places.length > 0 && places[places.length - 1] === '') places.pop();
  const problems: Problem[] = [];
  const prizes = places.map((item, i): Prize => {
    if (item === '') return { kopecks: 0 };
    const n = parseNumberText(item, lang);
    if (n === undefined) return { text: item };
    const twoWays = ambiguousNumber(item, lang, `prizes[${i}]`);
    if (twoWays) problems.push(twoWays);
    return { kopecks: Math.round(n * 100) };
  });
  return { prizes, problems };
}

const EVERYONE = ['все', 'всех', 'всем', 'all', 'everyone', 'everybody'];

/**
 * Participants «все» / "all", or names and ids separated by «;» or «,» (each resolved by `resolve`, an
 * unknown one kept as typed for the check to report at `participants[i]`).
 */
export function parseParticipants(
  text: string,
  resolve: (name: string) => string | undefined,
): 'all' | string[] {
  if (text.trim() === '' || EVERYONE.includes(normalizeChoice(text))) return 'all';
  return items(text, /[;,\n]/)
    .filter(Boolean)
    .map((name) => resolve(name) ?? name);
}

/**
 * Who the leaderboard publishes: blank or «все» / "all" — everyone; a number, «первые 3», «топ-3» or
 * "top 3" / "first 3" — the top places; «без последних 2», «кроме последних 2» or "all but the last 2" —
 * all but the bottom places. Undefined when the text is none of these.
 */
export function parsePublishing(text: string): { showTop?: number; hideBottom?: number } | undefined {
  const t = normalizeChoice(text);
  if (t === '' || EVERYONE.includes(t)) return {};
  const n = /(\d+)/.exec(t);
  if (!n || /\d+\D+\d/.test(t)) return undefined;
  const count = Number(n[1]);
  if (/^\d+$/.test(t) || /(перв|топ|top|first)/.test(t)) return { showTop: count };
  if (/(последн|last|bottom)/.test(t)) return { hideBottom: count };
  return undefined;
}
