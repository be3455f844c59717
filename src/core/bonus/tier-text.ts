import { type AmbiguousParams, ambiguousParams, parseNumberText } from '../cells';
import { msgRef } from '../errors';
import type { CurvePoint } from './curve';
import type { Problem } from './problems';
import type { Band, SchemeTier } from './scheme';

/**
 * The tier grammar of the Motivation tab's «Ступени» cell: items separated by «;» or new lines, each
 * `threshold → value [+ extras]` («0 → 3 %; 500 000 → 5 %», «100 % → ×1,5», «750 000 → 7,5 % + 10 % оклада
 * + 5 000»). The arrow may be →, ->, => or «:». Numbers are read in the spreadsheet's number style.
 * Pure: an unreadable item becomes a Problem (a message code and its params, no text) and is left out; so
 * does an item with a number that reads two ways («1,500»: 1,5 or 1 500 in Russian, `number.ambiguous`).
 */

/** The number style of the text: ru «1 234,5», en «1,234.5». */
export type TierTextLang = 'ru' | 'en';

/** What a tier text gave: the items it could read and a problem for each item it could not. */
export interface TierTextResult<T> {
  items: T[];
  problems: Problem[];
}

/** A plain rate above 1 means percent (5 → 5 %); 0.05 is a fraction. */
export const asRate = (v: number): number => (v > 1 ? v / 100 : v);
/** A plain attainment above 3 means percent (80 → 80 %); 0.8 and 1.3 are fractions. */
export const asAttainment = (v: number): number => (v > 3 ? v / 100 : v);

interface Token {
  value: number;
  percent: boolean;
  mult: boolean;
  /** The number as typed and its two readings, when it reads two ways (ambiguousParams). */
  twoWays?: AmbiguousParams;
}

interface Pair {
  left: Token;
  value: Token;
  extras: { token: Token; salary: boolean }[];
  item: string;
  index: number;
}

const tokenRate = (tk: Token) => (tk.percent ? tk.value / 100 : asRate(tk.value));
const tokenAttainment = (tk: Token) => (tk.percent ? tk.value / 100 : asAttainment(tk.value));
const tokenFactor = (tk: Token) => (tk.percent ? tk.value / 100 : tk.value);

/** "500 000", "7,5 %", "×1,5", "1.5x" → a token; undefined when it is not a number. */
function parseToken(text: string, lang: TierTextLang): Token | undefined {
  let s = text.trim();
  let mult = false;
  if (/^[×xх*]/i.test(s)) {
    mult = true;
    s = s.slice(1);
  } else if (/[×xх]$/i.test(s)) {
    mult = true;
    s = s.slice(0, -1);
  }
  s = s.trim();
  const twoWays = ambiguousParams(s, lang);
  const percent = s.endsWith('%');
  if (percent) s = s.slice(0, -1);
  const value = parseNumberText(s, lang);
  if (value === undefined) return undefined;
  return { value, percent, mult, ...(twoWays ? { twoWays } : {}) };
}

/** "750 000 → 7,5 % + 10 % оклада + 5 000": a threshold, a value and extras (a share of salary, a fixed sum). */
function parsePair(item: string, lang: TierTextLang): Omit<Pair, 'item' | 'index'> | undefined {
  const sides = item.split(/→|->|=>|:/);
  if (sides.length !== 2) return undefined;
  const left = parseToken(sides[0], lang);
  const [first, ...rest] = sides[1].split('+');
  const value = parseToken(first, lang);
  if (!left || !value) return undefined;
  const extras: Pair['extras'] = [];
  for (const e of rest) {
    const salary = /оклад|salary/i.test(e);
    const token = parseToken(e.replace(/оклада?|of salary|salary/gi, ''), lang);
    if (!token || token.mult) return undefined;
    extras.push({ token, salary });
  }
  return { left, value, extras };
}

const badItem = (p: { index: number; item: string }, expected: string): Problem => ({
  code: 'motivation.badItem',
  params: { index: p.index, item: p.item, expected: msgRef(expected) },
});

/** A number of item `index` that reads two ways: which reading was meant is the question. */
function ambiguous(params: AmbiguousParams, index: number): Problem {
  return { code: 'number.ambiguous', params: { ...params, index } };
}

/** The items of the text as pairs; an item that is no pair is a problem naming the `expected` format. */
function parsePairs(text: string, lang: TierTextLang, expected: string, problems: Problem[]): Pair[] {
  const out: Pair[] = [];
  text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .forEach((item, i) => {
      const pair = parsePair(item, lang);
      const tokens = pair ? [pair.left, pair.value, ...pair.extras.map((e) => e.token)] : [];
      const twoWays = tokens.find((t) => t.twoWays)?.twoWays;
      if (!pair) problems.push(badItem({ index: i + 1, item }, expected));
      else if (twoWays) problems.push(ambiguous(twoWays, i + 1));
      else out.push({ ...pair, item, index: i + 1 });
    });
  return out;
}

/** Tiers of a «ступени» component: thresholds in money (`by` amount) or plan attainment; extras allowed. */
export function parseTierText(
  text: string,
  by: 'amount' | 'attainment',
  lang: TierTextLang,
): TierTextResult<SchemeTier> {
  const expected = by === 'amount' ? 'mot.format.tiers' : 'mot.format.tiersPlan';
  const problems: Problem[] = [];
  const items: SchemeTier[] = [];
  for (const p of parsePairs(text, lang, expected, problems)) {
    if (p.left.mult || p.value.mult) {
      problems.push(badItem(p, expected));
      continue;
    }
    if (by === 'amount' && p.left.percent) {
      problems.push({ code: 'motivation.percentThreshold', params: { index: p.index, item: p.item } });
      continue;
    }
    const tier: SchemeTier = {
      from: by === 'amount' ? p.left.value : tokenAttainment(p.left),
      rate: tokenRate(p.value),
    };
    for (const e of p.extras) {
      if (e.salary) tier.salaryRate = tokenRate(e.token);
      else tier.fixed = e.token.value;
    }
    items.push(tier);
  }
  return { items, problems };
}

/** Pairs of attainment → number with no extras and no multiplier on the left (bands, curve points). */
function parsePlain<T>(
  text: string,
  lang: TierTextLang,
  expected: string,
  make: (p: Pair) => T,
): TierTextResult<T> {
  const problems: Problem[] = [];
  const items: T[] = [];
  for (const p of parsePairs(text, lang, expected, problems)) {
    if (p.extras.length > 0 || p.left.mult) problems.push(badItem(p, expected));
    else items.push(make(p));
  }
  return { items, problems };
}

/** Multiplier bands by plan attainment: «100 % → ×1,5; 130 % → ×2». */
export function parseBandText(text: string, lang: TierTextLang): TierTextResult<Band> {
  return parsePlain(text, lang, 'mot.format.bands', (p) => ({
    from: tokenAttainment(p.left),
    multiplier: tokenFactor(p.value),
  }));
}

/** Curve points by plan attainment: «50 % → 0; 100 % → 1; 150 % → 2». */
export function parseCurveText(text: string, lang: TierTextLang): TierTextResult<CurvePoint> {
  return parsePlain(text, lang, 'mot.format.curve', (p) => ({
    x: tokenAttainment(p.left),
    y: tokenFactor(p.value),
  }));
}
