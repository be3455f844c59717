import { type Day, ymdOf } from '../dates';
import { DomainError } from '../errors';
import type { Problem } from './problems';
import type { Scheme } from './scheme';

const iso = (d: Day) => {
  const { year, month, day } = ymdOf(d);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

const covers = (s: Scheme, d: Day) =>
  (s.validFrom === undefined || s.validFrom <= d) && (s.validTo === undefined || d <= s.validTo);

/** Versions of one scheme id whose validity periods overlap (a day would have two schemes). */
export function schemeSetProblems(schemes: readonly Scheme[]): Problem[] {
  const out: Problem[] = [];
  for (let i = 0; i < schemes.length; i++) {
    for (let j = i + 1; j < schemes.length; j++) {
      const a = schemes[i];
      const b = schemes[j];
      if (a.id !== b.id) continue;
      const start = Math.max(
        a.validFrom ?? Number.NEGATIVE_INFINITY,
        b.validFrom ?? Number.NEGATIVE_INFINITY,
      );
      const end = Math.min(a.validTo ?? Number.POSITIVE_INFINITY, b.validTo ?? Number.POSITIVE_INFINITY);
      if (start <= end) {
        out.push({ code: 'bonus.schemes.overlap', params: { scheme: a.id, first: i + 1, second: j + 1 } });
      }
    }
  }
  return out;
}

/** The version of scheme `id` valid on `day`. */
export function pickScheme(schemes: readonly Scheme[], id: string, day: Day): Scheme {
  const versions = schemes.filter((s) => s.id === id);
  if (versions.length === 0) throw new DomainError('bonus.schemes.notFound', { scheme: id });
  const valid = versions.filter((s) => covers(s, day));
  if (valid.length === 0) throw new DomainError('bonus.schemes.notValidOn', { scheme: id, day: iso(day) });
  if (valid.length > 1) throw new DomainError('bonus.schemes.ambiguous', { scheme: id, day: iso(day) });
  return valid[0];
}
