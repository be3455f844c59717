import type { ErrorParams } from '../errors';
import { isNum } from './input';
import type { Problem } from './problems';
import { BASE_METRICS, type Scheme, type ValidateOptions } from './scheme';
import { componentProblems } from './validate-component';

/**
 * Every problem of a scheme. Each has a code, its message's params (`component`, `index` and the like are
 * 1-based) and a `field`: the path of the wrong part of the scheme, 0-based — `cap`, `components[2].rate`,
 * `components[1].gate.metric`, `components[3].kpis[1].weight`, `components[0].tiers[1].from`. The edges map
 * paths to their cells. An empty list means the scheme can be evaluated.
 */
export function validateScheme(scheme: Scheme, opts: ValidateOptions = {}): Problem[] {
  const name = String(scheme?.name || scheme?.id || '?');
  const out: Problem[] = [];
  const top = (code: string, field: string, params: ErrorParams = {}) =>
    out.push({ code: `bonus.scheme.${code}`, params: { scheme: name, ...params }, field });
  if (typeof scheme?.id !== 'string' || scheme.id.trim() === '') top('noId', 'id');
  if (typeof scheme?.name !== 'string' || scheme.name.trim() === '') top('noName', 'name');
  if (scheme?.validFrom !== undefined && !Number.isInteger(scheme.validFrom))
    top('badDate', 'validFrom', { field: 'validFrom' });
  if (scheme?.cap !== undefined && (!isNum(scheme.cap) || scheme.cap < 0))
    top('badCap', 'cap', { cap: String(scheme.cap) });
  if (!Array.isArray(scheme?.components) || scheme.components.length === 0) {
    top('noComponents', 'components');
    return out;
  }
  const metrics = opts.metrics ?? BASE_METRICS;
  let draws = 0;
  scheme.components.forEach((c, i) => {
    if (c?.kind === 'draw') draws++;
    out.push(
      ...componentProblems(c, i, { scheme: name, metrics, secondDraw: c?.kind === 'draw' && draws === 2 }),
    );
  });
  return out;
}
