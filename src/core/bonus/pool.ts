import { roundMoney, splitExact } from '../allocate';
import { type Problem, throwFirst } from './problems';
import { infoLine, money, moneyLine, num, pct, type TrailLine } from './trail';

export interface PoolSplit {
  /** Each person's share, to the kopeck; the shares sum exactly to the pool (or are all 0). */
  shares: number[];
  /** Who met their plan (fact ≥ plan, fact > 0) and so shares the pool. */
  qualified: boolean[];
  /** The pool as paid (rounded to the kopeck). */
  pool: number;
  /** Σ fact of those who qualified. */
  qualifiedFact: number;
}

export function poolProblems(pool: number, plans: readonly number[], facts: readonly number[]): Problem[] {
  const out: Problem[] = [];
  if (typeof pool !== 'number' || !Number.isFinite(pool))
    out.push({ code: 'bonus.pool.notNumber', params: {}, field: 'pool' });
  else if (pool < 0) out.push({ code: 'bonus.pool.negative', params: { pool }, field: 'pool' });
  if (!Array.isArray(plans) || !Array.isArray(facts) || plans.length !== facts.length) {
    out.push({
      code: 'bonus.pool.lengthMismatch',
      params: {
        plans: Array.isArray(plans) ? plans.length : 0,
        facts: Array.isArray(facts) ? facts.length : 0,
      },
      field: 'facts',
    });
    return out;
  }
  plans.forEach((p, i) => {
    if (typeof p !== 'number' || !Number.isFinite(p))
      out.push({
        code: 'bonus.pool.badValue',
        params: { which: 'plan', index: i + 1 },
        field: `plans[${i}]`,
      });
  });
  facts.forEach((f, i) => {
    if (typeof f !== 'number' || !Number.isFinite(f))
      out.push({
        code: 'bonus.pool.badValue',
        params: { which: 'fact', index: i + 1 },
        field: `facts[${i}]`,
      });
  });
  return out;
}

/**
 * Splits a pool among those whose fact ≥ plan (and fact > 0), in proportion to their fact, to the
 * kopeck, summing exactly; the others get 0. When nobody qualifies every share is 0.
 */
export function splitPoolDetail(pool: number, plans: readonly number[], facts: readonly number[]): PoolSplit {
  throwFirst(poolProblems(pool, plans, facts));
  const paid = roundMoney(pool);
  const qualified = facts.map((f, i) => f > 0 && f >= plans[i]);
  const weights = facts.map((f, i) => (qualified[i] ? f : 0));
  const qualifiedFact = weights.reduce((a, b) => a + b, 0);
  const shares = qualifiedFact > 0 ? splitExact(paid, weights, 0.01) : facts.map(() => 0);
  return { shares, qualified, pool: paid, qualifiedFact };
}

/** `pool` split among those with fact ≥ plan in proportion to fact, to the kopeck, summing exactly. */
export function splitPool(pool: number, plans: readonly number[], facts: readonly number[]): number[] {
  return splitPoolDetail(pool, plans, facts).shares;
}

/** The trail of one person's share of a split pool (`index` 0-based). */
export function poolShareLines(
  split: PoolSplit,
  plans: readonly number[],
  facts: readonly number[],
  index: number,
): TrailLine[] {
  const count = split.qualified.filter(Boolean).length;
  if (count === 0) return [infoLine('bonus.trail.poolNobody', { pool: money(split.pool) })];
  const header = infoLine('bonus.trail.poolQualified', {
    pool: money(split.pool),
    count: num(count),
    total: num(split.qualified.length),
  });
  if (!split.qualified[index]) {
    return [
      header,
      infoLine('bonus.trail.poolNotQualified', { fact: num(facts[index]), plan: num(plans[index]) }),
    ];
  }
  // The share is already whole kopecks from the exact split: the line carries it as is.
  return [
    header,
    moneyLine(
      'bonus.trail.poolShare',
      {
        pool: money(split.pool),
        fact: num(facts[index]),
        totalFact: num(split.qualifiedFact),
        share: pct(facts[index] / split.qualifiedFact),
      },
      split.shares[index],
    ),
  ];
}
