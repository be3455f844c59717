import { roundMoney } from '../allocate';
import { atLeast, hundredth, kopecks, minus, rubles } from './money';
import { type Problem, thresholdProblems, throwFirst } from './problems';
import { infoLine, moneyLine, note, num, pct, sumLines, type TrailLine, type TrailValue } from './trail';

/** A tier starts at `from` (inclusive) and runs to the next tier's `from`; the last one is open. */
export interface Tier {
  from: number;
  rate: number;
}

/** marginal: each rate on the part inside its band; retro: the whole amount at the highest band reached. */
export type TierMode = 'marginal' | 'retro';

export function tierProblems(tiers: readonly Tier[] | undefined): Problem[] {
  return thresholdProblems(
    'tiers',
    tiers,
    (t) => t?.from,
    (t) => t?.rate,
    'rate',
  );
}

export interface TierOptions {
  /** When given, thresholds are fractions of this plan (attainment) and the amount is in plan units. */
  plan?: number;
}

/**
 * The lines of a tiered commission on `amount`. Nothing is paid below the first threshold.
 * With `plan`, thresholds are attainment fractions: a band runs from `from × plan` to `next × plan`.
 * Thresholds are rounded to the hundredth and compared exactly, as the rest of the engine does (money.ts),
 * so a tier the next steps show as reached is the tier paid.
 */
export function tierLines(
  amount: number,
  tiers: readonly Tier[],
  mode: TierMode,
  opts: TierOptions = {},
): TrailLine[] {
  const scale = opts.plan ?? 1;
  const edge = (from: number): TrailValue => (opts.plan === undefined ? num(from) : pct(from));
  const bound = (i: number) => hundredth(tiers[i].from * scale);
  if (!atLeast(amount, bound(0))) {
    return [infoLine('bonus.trail.belowFirst', { value: num(amount), threshold: num(bound(0)) })];
  }
  if (mode === 'retro') {
    let top = 0;
    for (let i = 1; i < tiers.length; i++) if (atLeast(amount, bound(i))) top = i;
    const t = tiers[top];
    return [
      moneyLine(
        'bonus.trail.rate',
        { base: num(amount), rate: pct(t.rate) },
        amount * t.rate,
        note(opts.plan === undefined ? 'bonus.note.reached' : 'bonus.note.reachedPlan', {
          from: edge(t.from),
        }),
      ),
    ];
  }
  const lines: TrailLine[] = [];
  for (let i = 0; i < tiers.length && atLeast(amount, bound(i)); i++) {
    const last = i === tiers.length - 1;
    const part = minus(last ? amount : Math.min(amount, bound(i + 1)), bound(i));
    // Two thresholds a hair apart meet at the same kopeck: the lower tier's band is empty, the next is paid.
    if (part <= 0) continue;
    const bandNote = last
      ? note(opts.plan === undefined ? 'bonus.note.bandFrom' : 'bonus.note.bandPlanFrom', {
          from: edge(tiers[i].from),
        })
      : note(opts.plan === undefined ? 'bonus.note.band' : 'bonus.note.bandPlan', {
          from: edge(tiers[i].from),
          to: edge(tiers[i + 1].from),
        });
    lines.push(
      moneyLine(
        'bonus.trail.rate',
        { base: num(part), rate: pct(tiers[i].rate) },
        part * tiers[i].rate,
        bandNote,
      ),
    );
  }
  return lines;
}

/**
 * Commission on `amount` by tiers: 0 below the first threshold; 'marginal' pays each rate on the part
 * inside its band, 'retro' the whole amount at the rate of the highest band reached. Each band's line is
 * rounded to the kopeck, and the result is the sum of the lines.
 */
export function tieredCommission(
  amount: number,
  tiers: readonly Tier[],
  mode: TierMode = 'marginal',
): number {
  assertAmount(amount);
  throwFirst(tierProblems(tiers));
  if (mode !== 'marginal' && mode !== 'retro')
    throwFirst([{ code: 'bonus.tiers.badMode', params: { mode: String(mode) }, field: 'mode' }]);
  return sumLines(tierLines(amount, tiers, mode));
}

/**
 * A tier table checked once (tierProblems) and its thresholds rounded once, as tierLines rounds them (`bound`):
 * what a column of amounts over one table (BONUS_TIERS) computes per row with checkedCommission.
 */
export interface PreparedTiers {
  tiers: readonly Tier[];
  /** Each threshold to the hundredth, in units and in kopecks. */
  bounds: number[];
  boundKopecks: number[];
  /** Whether each bound is its own hundredth (the test `minus` makes). */
  boundExact: boolean[];
  /** The largest rate's size (at least 1): how far a commission can outgrow its amount. */
  rateScale: number;
}

/**
 * Amounts × rate beyond this (100 billion) leave the shortcut: near 2^53 kopecks a kopeck is close to a double's
 * resolution and one rounding instead of the trail's three can land a kopeck apart (a property test found it).
 */
const SHORTCUT_LIMIT = 1e11;

export function prepareTiers(tiers: readonly Tier[]): PreparedTiers {
  const bounds = tiers.map((t) => hundredth(t.from));
  return {
    tiers,
    bounds,
    boundKopecks: bounds.map(kopecks),
    boundExact: bounds.map((b) => hundredth(b) === b),
    rateScale: tiers.reduce((m, t) => Math.max(m, Math.abs(t.rate)), 1),
  };
}

/**
 * tieredCommission on inputs already checked (a finite amount, prepared tiers, a known mode), without the trail:
 * the kopecks tierLines's lines add up to, in the same operations (a property test holds them equal to
 * `sumLines(tierLines(…))`), but each threshold rounded once per table and no line objects made per row.
 */
export function checkedCommission(amount: number, p: PreparedTiers, mode: TierMode): number {
  const { tiers, bounds, boundKopecks, boundExact } = p;
  if (Math.abs(amount) * p.rateScale > SHORTCUT_LIMIT) return sumLines(tierLines(amount, tiers, mode));
  const amountKopecks = kopecks(amount);
  if (!(amountKopecks >= boundKopecks[0])) return 0;
  if (mode === 'retro') {
    let top = 0;
    for (let i = 1; i < tiers.length; i++) if (amountKopecks >= boundKopecks[i]) top = i;
    return rubles(roundedKopecks(amount * tiers[top].rate));
  }
  const amountExact = hundredth(amount) === amount;
  let total = 0;
  for (let i = 0; i < tiers.length && amountKopecks >= boundKopecks[i]; i++) {
    const last = i === tiers.length - 1;
    const upTo = last ? amount : Math.min(amount, bounds[i + 1]);
    const upToExact = upTo === amount ? amountExact : boundExact[i + 1];
    // minus(upTo, bound): noise-free when both are to the hundredth.
    const part = upToExact && boundExact[i] ? hundredth(upTo - bounds[i]) : upTo - bounds[i];
    if (part <= 0) continue;
    total += roundedKopecks(part * tiers[i].rate);
  }
  return rubles(total);
}

/**
 * A money line's kopecks as the trail counts them, kopecks(roundMoney(exact)): that is kopecks(exact) itself
 * whenever it is a safe integer (k / 100 read back to the kopeck is k), one rounding instead of three.
 */
function roundedKopecks(exact: number): number {
  const k = kopecks(exact);
  return Number.isSafeInteger(k) ? k : kopecks(roundMoney(exact));
}

function assertAmount(amount: number): void {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) {
    throwFirst([{ code: 'bonus.value.notNumber', params: { name: 'amount' }, field: 'amount' }]);
  }
}
