import type { ErrorParams } from '../errors';
import { isNum } from './input';
import type { Problem } from './problems';

/** Collects one component's problems: codes `bonus.component.*`, fields under `components[i]`. */
export class ComponentCheck {
  readonly out: Problem[] = [];
  readonly params: ErrorParams;

  constructor(
    private readonly index: number,
    readonly kind: string,
    scheme: string,
    readonly metrics: readonly string[],
  ) {
    this.params = { scheme, component: index + 1, kind };
  }

  path(field: string): string {
    return field ? `components[${this.index}].${field}` : `components[${this.index}]`;
  }

  add(code: string, field: string, params: ErrorParams = {}): void {
    this.out.push({
      code: `bonus.component.${code}`,
      params: { ...this.params, ...params },
      field: this.path(field),
    });
  }

  /**
   * A primitive's problems (tiers, bands, curve points), codes `bonus.<family>.*` as the primitive gives
   * them: its field (`tiers[1].from`; `fallback` if it gives none) under `at` says which component and KPI.
   */
  addAll(problems: Problem[], fallback: string, at = '', extra: ErrorParams = {}): void {
    for (const p of problems) {
      const own = p.field ?? fallback;
      const field = this.path(at ? `${at}.${own}` : own);
      this.out.push({ code: p.code, params: { ...this.params, ...extra, ...p.params }, field });
    }
  }

  /** A non-negative amount (`amount`, `target`, `cap`) when given. */
  amount(value: unknown, field: 'amount' | 'target'): void {
    if (value !== undefined && (!isNum(value) || value < 0))
      this.add('badAmount', field, { field, value: String(value) });
  }

  rate(value: unknown): void {
    if (!isNum(value)) this.add('badRate', 'rate', { value: String(value) });
    else if (value < 0) this.add('negativeRate', 'rate', { rate: value * 100 });
  }

  metric(metric: unknown, field: string, code = 'unknownMetric', params: ErrorParams = {}): void {
    if (typeof metric !== 'string' || !this.metrics.includes(metric))
      this.add(code, field, { ...params, metric: String(metric), known: this.metrics.join(', ') });
  }

  scope(scope: unknown, field: string): void {
    if (scope !== undefined && scope !== 'own' && scope !== 'department')
      this.add('badScope', field, { scope: String(scope) });
  }

  mode(mode: unknown, field: string): void {
    if (mode !== undefined && mode !== 'marginal' && mode !== 'retro')
      this.add('badMode', field, { field, mode: String(mode) });
  }
}
