import { type Day, dayOf, lastOfMonth } from '../dates';
import { pickScheme } from './dated';
import type {
  Eligibility,
  PayrollException,
  PayrollFigures,
  PayrollInput,
  PayrollPerson,
  PayrollProblem,
  PayrollRow,
} from './payroll';
import { sameValue } from './payroll-figures';
import type { Problem } from './problems';
import { BASE_METRICS, type PoolComponent, type Scheme } from './scheme';
import { validateScheme } from './validate';

/** Who is paid in a month, on which version of which scheme, and what blocks the whole payroll. */

/** How scheme ids are matched everywhere (the Team tab, the Motivation tab): case and spaces aside. */
export const schemeKey = (id: string) => id.trim().toLowerCase();
/** The scheme's team pool, if it has one. */
export const poolOf = (s: Scheme) => s.components.find((c): c is PoolComponent => c.kind === 'pool');

/** Employed on some day from `first` to `last` (null start or end: open on that side). */
export function employedBetween(p: Pick<PayrollPerson, 'start' | 'end'>, first: Day, last: Day): boolean {
  return (p.start === null || p.start <= last) && (p.end === null || p.end >= first);
}

/** Who is paid: employed in the month, active, in the month's figures (managers), on a valid known scheme. */
export function whoIsPaid<P extends PayrollPerson>(input: PayrollInput<P>): Eligibility<P> {
  const first = dayOf(input.year, input.month, 1);
  const last = lastOfMonth(input.year, input.month);
  const schemeOf = schemeFinder(input.schemes, first, factMetrics(input.figures));
  const exceptions: PayrollRow<P>[] = [];
  const paid: { person: P; scheme: Scheme }[] = [];
  for (const p of input.people) {
    if (!employedBetween(p, first, last)) continue;
    const found = schemeOf(p, input.figures);
    if (!found) continue;
    if ('exception' in found) {
      exceptions.push({
        person: p,
        plan: null,
        fact: null,
        scheme: null,
        result: null,
        exception: found.exception,
      });
    } else paid.push({ person: p, scheme: found.scheme });
  }
  const problems: PayrollProblem[] =
    paid.length === 0 && exceptions.length === 0 ? [{ code: 'payroll.nobody', params: {} }] : [];
  problems.push(...poolProblems(paid.map((x) => x.scheme)));
  return { paid, exceptions, problems };
}

type Found = { scheme: Scheme } | { exception: PayrollException } | undefined;

/** The metrics a scheme may use: the built-in ones and any the month has figures of (a custom funnel stage). */
function factMetrics(figures: PayrollFigures): string[] {
  const out = new Set(BASE_METRICS);
  for (const m of [...figures.byPerson.values(), figures.department])
    for (const id of m?.keys() ?? []) out.add(id);
  return [...out];
}

/**
 * A person's scheme for the month (the version in force on its first day), or why there is none; undefined
 * for those not paid at all (inactive, or a manager not in the month's figures and not active). Each scheme
 * is validated once per run.
 */
function schemeFinder(schemes: PayrollInput['schemes'], first: Day, metrics: readonly string[]) {
  const byId = new Map<string, readonly Scheme[]>();
  for (const [id, versions] of schemes) byId.set(schemeKey(id), versions);
  const checked = new Map<Scheme, Problem | undefined>();
  const problemOf = (s: Scheme) => {
    if (!checked.has(s)) checked.set(s, validateScheme(s, { metrics })[0]);
    return checked.get(s);
  };
  return (p: PayrollPerson, figures: PayrollFigures): Found => {
    const { name } = p;
    if (p.role === 'manager' && (!p.id || !figures.byPerson.has(p.id)))
      return p.active
        ? { exception: { code: 'payroll.notInMonth', params: { name }, field: 'name' } }
        : undefined;
    if (p.role === 'head' && !p.active) return undefined;
    if (!p.scheme) return { exception: { code: 'payroll.noScheme', params: { name }, field: 'scheme' } };
    const versions = byId.get(schemeKey(p.scheme));
    const params = { name, scheme: p.scheme };
    if (!versions) return { exception: { code: 'payroll.unknownScheme', params, field: 'scheme' } };
    const scheme = pickScheme(versions, first);
    if (!scheme) return { exception: { code: 'payroll.schemeNotYet', params, field: 'scheme' } };
    const problem = problemOf(scheme);
    if (!problem) return { scheme };
    const cause = { code: problem.code, params: problem.params };
    return { exception: { code: 'payroll.evaluation', params: { name }, field: 'scheme', cause } };
  };
}

/** One team, one pool: those whose scheme has a pool share it, and every such scheme must describe it alike. */
function poolProblems(schemes: readonly Scheme[]): PayrollProblem[] {
  const out: PayrollProblem[] = [];
  let poolScheme: Scheme | undefined;
  for (const scheme of schemes) {
    const pool = poolOf(scheme);
    if (!pool) continue;
    if (!poolScheme) poolScheme = scheme;
    else if (poolScheme !== scheme && !sameValue(poolOf(poolScheme), pool)) {
      out.push({ code: 'payroll.poolsDiffer', params: { first: poolScheme.id, second: scheme.id } });
      poolScheme = scheme;
    }
  }
  return out;
}
