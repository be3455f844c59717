import { type Inputs, metricName } from './input';
import { atLeast, kopecks, rubles } from './money';
import { poolShareLines, splitPoolDetail } from './pool';
import type { PoolComponent } from './scheme';
import { infoLine, money, num, pct, type TrailLine } from './trail';

/**
 * A team pool: its size (an amount, or a rate of the department's fact), paid when the department reaches
 * its threshold, and this person's share of it (pool.ts splits it).
 */
export function poolLines(inputs: Inputs, c: PoolComponent): TrailLine[] {
  const deptFact = inputs.fact(c.metric, 'department');
  const deptPlan = inputs.plan(c.metric, 'department');
  const a = deptFact / deptPlan;
  const threshold = c.threshold ?? 1;
  const metric = metricName(c.metric);
  const lines: TrailLine[] = [
    infoLine('bonus.trail.metricDept', {
      metric,
      plan: num(deptPlan),
      fact: num(deptFact),
      attainment: pct(a),
    }),
  ];
  const size = c.amount !== undefined ? c.amount : rubles(kopecks(c.rate! * deptFact));
  if (c.amount === undefined)
    lines.push(
      infoLine('bonus.trail.poolSize', { base: num(deptFact), rate: pct(c.rate!), pool: money(size) }),
    );
  if (!atLeast(deptFact, threshold * deptPlan)) {
    lines.push(infoLine('bonus.trail.poolDeptMissed', { attainment: pct(a), threshold: pct(threshold) }));
    return lines;
  }
  const { team, managerId } = inputs.input;
  if (!Array.isArray(team) || team.length === 0) inputs.fail('bonus.input.missingTeam');
  const index = team.findIndex((m) => m.id === managerId);
  if (index < 0) inputs.fail('bonus.input.notInTeam', { manager: String(managerId) });
  const plans = team.map((m) => inputs.teamValue(m.plan, m.id, c.metric, 'plan'));
  const facts = team.map((m) => inputs.teamValue(m.fact, m.id, c.metric, 'fact'));
  return [...lines, ...poolShareLines(splitPoolDetail(size, plans, facts), plans, facts, index)];
}
