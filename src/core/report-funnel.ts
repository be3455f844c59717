import { DomainError, msgRef } from './errors';
import { type Bottleneck, teamFunnel } from './funnel';
import type { MonthlyReportInput, ReportBottleneck, ReportFunnel, ReportManagerInput } from './report-types';

/** The report's funnel: the team's and each manager's conversions and bottleneck, stages named. */
export function reportFunnel(
  spec: NonNullable<MonthlyReportInput['funnel']>,
  managers: readonly ReportManagerInput[],
): ReportFunnel {
  const rows = funnelRows(spec, managers);
  const r = teamFunnel(
    rows.map((x) => x.counts),
    spec.benchmark,
  );
  const named = (b: Bottleneck | null): ReportBottleneck | null =>
    b ? { ...b, stageName: spec.stages[b.stage] } : null;
  return {
    stages: spec.stages.slice(),
    benchmark: r.benchmark,
    team: {
      counts: r.team.counts,
      conversions: r.team.conversions,
      overall: r.team.overall,
      bottleneck: named(r.team.bottleneck),
    },
    managers: rows.map((x, i) => ({
      id: x.id,
      name: x.name,
      counts: r.managers[i].counts,
      conversions: r.managers[i].conversions,
      overall: r.managers[i].overall,
      bottleneck: named(r.managers[i].bottleneck),
    })),
  };
}

/** The funnel's rows with the managers' names, each a known manager with a count per stage. */
function funnelRows(
  spec: NonNullable<MonthlyReportInput['funnel']>,
  managers: readonly ReportManagerInput[],
) {
  const byId = new Map(managers.map((m) => [m.id, m]));
  const rows = spec.counts.map((row) => {
    const m = byId.get(row.id);
    if (!m)
      throw new DomainError('report.unknownManager', { id: row.id, part: msgRef('report.part.funnel') });
    if (row.counts.length !== spec.stages.length) {
      throw new DomainError('report.funnelStages', {
        name: m.name,
        expected: spec.stages.length,
        actual: row.counts.length,
      });
    }
    return { id: row.id, name: m.name, counts: row.counts };
  });
  if (rows.length === 0) throw new DomainError('report.funnelEmpty');
  return rows;
}
