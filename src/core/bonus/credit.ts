import { roundMoney, splitExact } from '../allocate';
import { type Problem, throwFirst } from './problems';

export interface CreditShare {
  manager: string;
  /** A fraction; the shares of one deal sum to 1 (100 %). */
  share: number;
}

export function creditProblems(amount: number, shares: readonly CreditShare[]): Problem[] {
  const out: Problem[] = [];
  if (typeof amount !== 'number' || !Number.isFinite(amount))
    out.push({ code: 'bonus.credit.badAmount', params: {}, field: 'amount' });
  if (!Array.isArray(shares) || shares.length === 0)
    return [...out, { code: 'bonus.credit.noShares', params: {}, field: 'shares' }];
  let sum = 0;
  shares.forEach((s, i) => {
    if (typeof s?.share !== 'number' || !Number.isFinite(s.share)) {
      out.push({ code: 'bonus.credit.badShare', params: { index: i + 1 }, field: `shares[${i}].share` });
    } else if (s.share < 0) {
      out.push({
        code: 'bonus.credit.negativeShare',
        params: { index: i + 1, share: s.share * 100 },
        field: `shares[${i}].share`,
      });
    } else sum += s.share;
  });
  if (out.length === 0 && Math.abs(sum - 1) > 1e-9)
    out.push({ code: 'bonus.credit.sharesSum', params: { sum: sum * 100 }, field: 'shares' });
  return out;
}

/**
 * Split credit of a deal shared among managers: the deal amount (to the kopeck) split by the shares,
 * each part to the kopeck, summing exactly to the deal.
 */
export function splitCredit(amount: number, shares: readonly CreditShare[]): number[] {
  throwFirst(creditProblems(amount, shares));
  return splitExact(
    roundMoney(amount),
    shares.map((s) => s.share),
    0.01,
  );
}
