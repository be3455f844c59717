import { type Inputs, metricName } from './input';
import { atLeast, hundredth, minus } from './money';
import type { Band, Scope } from './scheme';
import type { TierMode } from './tiers';
import { infoLine, note, num, pct, type TrailLine, type TrailNote } from './trail';

/** The metric a component counts: its header line, and the fact that counts (limited by an attainment cap). */
export function counted(
  inputs: Inputs,
  c: { metric: string; scope?: Scope; attainmentCap?: number },
  needPlan: boolean,
): { fact: number; plan: number | undefined; lines: TrailLine[] } {
  const fact = inputs.fact(c.metric, c.scope);
  const plan = needPlan || c.attainmentCap !== undefined ? inputs.plan(c.metric, c.scope) : undefined;
  const code = c.scope === 'department' ? 'bonus.trail.metricDept' : 'bonus.trail.metric';
  const metric = metricName(c.metric);
  const lines: TrailLine[] = [
    plan === undefined
      ? infoLine(`${code}Fact`, { metric, fact: num(fact) })
      : infoLine(code, { metric, plan: num(plan), fact: num(fact), attainment: pct(fact / plan) }),
  ];
  if (plan === undefined || c.attainmentCap === undefined) return { fact, plan, lines };
  const limit = hundredth(plan * c.attainmentCap);
  if (fact <= limit) return { fact, plan, lines };
  lines.push(infoLine('bonus.trail.attainmentCapped', { cap: pct(c.attainmentCap), counted: num(limit) }));
  return { fact: limit, plan, lines };
}

/** Bands with the implicit ×1 band from 0 when the first band starts above 0. */
export function withBase(bands: readonly Band[]): Band[] {
  return bands[0].from > 0 ? [{ from: 0, multiplier: 1 }, ...bands] : [...bands];
}

export interface BandPart {
  band: Band;
  next?: Band;
  /** The part of the fact in the band (retro: the whole fact), in the metric's units. */
  part: number;
}

/**
 * The parts of `fact` by band: marginal, the part inside each band reached; retro, the whole fact in the
 * highest band reached. Band edges are attainment × plan, to the hundredth, so the parts are exact.
 */
export function bandParts(fact: number, bands: readonly Band[], mode: TierMode, plan: number): BandPart[] {
  const lo = (i: number) => hundredth(bands[i].from * plan);
  if (!atLeast(fact, lo(0))) return [];
  if (mode === 'retro') {
    let top = 0;
    for (let i = 1; i < bands.length; i++) if (atLeast(fact, lo(i))) top = i;
    return [{ band: bands[top], next: bands[top + 1], part: fact }];
  }
  const out: BandPart[] = [];
  for (let i = 0; i < bands.length && atLeast(fact, lo(i)); i++) {
    const top = i + 1 < bands.length ? Math.min(fact, lo(i + 1)) : fact;
    const part = minus(top, lo(i));
    if (part > 0) out.push({ band: bands[i], next: bands[i + 1], part });
  }
  return out;
}

export function bandNote(band: Band, next: Band | undefined, mode: TierMode): TrailNote {
  if (mode === 'retro') return note('bonus.note.reachedPlan', { from: pct(band.from) });
  if (!next) return note('bonus.note.bandPlanFrom', { from: pct(band.from) });
  if (band.from === 0) return note('bonus.note.bandPlanUpTo', { to: pct(next.from) });
  return note('bonus.note.bandPlan', { from: pct(band.from), to: pct(next.from) });
}
