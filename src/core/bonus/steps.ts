import { type MsgRef, msgRef } from '../errors';
import { drawStep } from './draw';
import { type Inputs, isNum } from './input';
import { type Kopecks, kopecks, rubles } from './money';
import type { ComponentKind, DrawComponent } from './scheme';
import { infoLine, lineKopecks, money, moneyLine, note, type TrailLine } from './trail';

/** The steps after the components (evaluate.ts runs them): the scheme's cap, then the draw. Amounts in kopecks. */

export type ResultKind = ComponentKind | 'cap';

/** One part of the pay while the steps run: a component, the scheme's cap or the draw. */
export interface Part {
  kind: ResultKind;
  /** The component's own label, or its kind's name (`bonus.kind.*`) as a message. */
  label: string | MsgRef;
  kopecks: Kopecks;
  trail: TrailLine[];
}

export const partOf = (kind: ResultKind, label: string | undefined, trail: TrailLine[]): Part => ({
  kind,
  label: label || msgRef(`bonus.kind.${kind}`),
  kopecks: lineKopecks(trail),
  trail,
});

const isVariable = (p: Part) => p.kind !== 'salary';
/** Everything but salary: commissions, bonuses, the scheme's cap. */
export const variableKopecks = (parts: readonly Part[]): Kopecks =>
  parts.filter(isVariable).reduce((s, p) => s + p.kopecks, 0);

/** The scheme's cap (максимум премии): variable pay above it is taken back by a 'cap' part. */
export function schemeCap(parts: Part[], cap: number | undefined): Part[] {
  if (cap === undefined) return parts;
  const before = variableKopecks(parts);
  const most = kopecks(cap);
  if (before <= most) return parts;
  const line = moneyLine(
    'bonus.trail.schemeCap',
    { before: money(rubles(before)), cap: money(cap) },
    rubles(most - before),
  );
  return [...parts, partOf('cap', undefined, [line])];
}

/**
 * The draw against the period's variable pay: a top-up to the draw, a recovery of an earlier top-up, or
 * nothing; and what a recoverable draw still has to recover after the period.
 */
export function drawn(
  parts: Part[],
  draw: DrawComponent | undefined,
  inputs: Inputs,
): { parts: Part[]; balance: Kopecks } {
  if (!draw) return { parts, balance: 0 };
  const before = inputs.input.drawBalance ?? 0;
  if (!isNum(before)) inputs.fail('bonus.input.badDrawBalance');
  const commission = rubles(variableKopecks(parts));
  const step = drawStep(commission, draw.amount, before, draw.recoverable);
  const params = { draw: money(draw.amount), commission: money(commission) };
  let line: TrailLine;
  if (step.topUp > 0) {
    const carry = draw.recoverable
      ? note('bonus.note.drawCarry', { balance: money(step.balance) })
      : note('bonus.note.drawNonRecoverable');
    line = moneyLine('bonus.trail.drawTopUp', params, step.topUp, carry);
  } else if (step.recovered > 0) {
    const left = note('bonus.note.drawLeft', { balance: money(step.balance) });
    line = moneyLine(
      'bonus.trail.drawRecover',
      { ...params, before: money(rubles(kopecks(before))) },
      -step.recovered,
      left,
    );
  } else line = infoLine('bonus.trail.drawNone', params);
  return { parts: [...parts, partOf('draw', draw.label, [line])], balance: kopecks(step.balance) };
}
