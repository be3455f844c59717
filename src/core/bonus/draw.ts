import { kopecks as kop, rubles as rub } from './money';
import { type Problem, throwFirst } from './problems';

export interface DrawStep {
  /** What is paid this period. */
  pay: number;
  /** What is still to be recovered after this period (0 for a non-recoverable draw). */
  balance: number;
  /** Paid on top of the commission to reach the draw. */
  topUp: number;
  /** Taken back from commission above the draw. */
  recovered: number;
}

/**
 * One period of a draw. Commission below the draw is topped up to the draw; a recoverable draw carries
 * the top-up and takes it back from later commission above the draw (never paying below the draw);
 * a non-recoverable draw pays max(draw, commission) and carries nothing.
 */
export function drawStep(commission: number, draw: number, balance: number, recoverable: boolean): DrawStep {
  const c = kop(commission);
  const d = kop(draw);
  let b = recoverable ? kop(balance) : 0;
  let pay = c;
  let topUp = 0;
  let recovered = 0;
  if (c < d) {
    topUp = d - c;
    pay = d;
    if (recoverable) b += topUp;
  } else if (recoverable && b > 0) {
    recovered = Math.min(c - d, b);
    pay = c - recovered;
    b -= recovered;
  }
  return { pay: rub(pay), balance: rub(b), topUp: rub(topUp), recovered: rub(recovered) };
}

export function drawProblems(commissions: readonly number[], draw: number): Problem[] {
  const out: Problem[] = [];
  if (typeof draw !== 'number' || !Number.isFinite(draw))
    out.push({ code: 'bonus.draw.notNumber', params: {}, field: 'draw' });
  else if (draw < 0) out.push({ code: 'bonus.draw.negative', params: { draw }, field: 'draw' });
  if (!Array.isArray(commissions))
    return [...out, { code: 'bonus.draw.noCommissions', params: {}, field: 'commissions' }];
  commissions.forEach((c, i) => {
    if (typeof c !== 'number' || !Number.isFinite(c))
      out.push({ code: 'bonus.draw.badCommission', params: { index: i + 1 }, field: `commissions[${i}]` });
  });
  return out;
}

/** Pay per period under a draw, and the balance still to recover after each period. */
export function applyDraw(
  commissions: readonly number[],
  draw: number,
  recoverable = true,
): { pay: number[]; balance: number[] } {
  throwFirst(drawProblems(commissions, draw));
  const pay: number[] = [];
  const balance: number[] = [];
  let b = 0;
  for (const c of commissions) {
    const step = drawStep(c, draw, b, recoverable);
    pay.push(step.pay);
    balance.push(step.balance);
    b = step.balance;
  }
  return { pay, balance };
}
