/** The scale sections of the terminal report: action times, the year of facts, cells and limits. */
import type { BenchResult } from './run';
import type { TabKind } from './scale';
import { round } from './timing';

export function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) =>
    r.map((v, c) => (c === 0 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

const ms = (x: number | undefined) =>
  x === undefined || Number.isNaN(x) ? '-' : x >= 1000 ? `${round(x / 1000, 2)} s` : `${round(x)} ms`;
const big = (x: number) => Math.round(x).toLocaleString('en-US');

/** Wall time in the vm and the add-on's JavaScript part, per action and team size. */
export function timeSection(r: BenchResult): string[] {
  const sizes = r.config.teamSizes.map(String);
  return [
    '',
    'Time per menu action: wall in the vm / the add-on’s JavaScript (the rest is the in-memory spreadsheet)',
    table(
      ['action', ...sizes.map((s) => `${s} mgrs`)],
      Object.keys(r.actionMs).map((a) => [
        a,
        ...sizes.map((s) => {
          const t = r.actionMs[a][s];
          return t ? `${ms(t.wallMs)} / ${ms(t.addonMs)}` : '-';
        }),
      ]),
    ),
  ];
}

export function scaleSections(r: BenchResult): string[] {
  const sc = r.scale;
  if (!sc) return [];
  const out: string[] = [];
  out.push('', 'A year of daily facts (clock at 2026-12-30, twelve month tabs filled), actions on December');
  const actions = Object.keys(sc.year[0]?.calls ?? {});
  out.push(
    table(
      ['action', ...sc.year.map((y) => `${y.managers} mgrs: calls, wall / JS`)],
      actions.map((a) => [
        a,
        ...sc.year.map((y) => `${y.calls[a] ?? 'n/a'}, ${ms(y.ms[a]?.wallMs)} / ${ms(y.ms[a]?.addonMs)}`),
      ]),
    ),
  );
  out.push(
    table(
      ['team', 'Create month Jan … Dec, wall in the vm', 'recalc per edit', 'cells (grid)'],
      sc.year.map((y) => [
        y.managers,
        y.createMonthMs.map((c) => ms(c.wallMs)).join(' '),
        ms(y.recalcMs),
        big(y.totalCells),
      ]),
    ),
  );
  const m = sc.cellsModel;
  out.push('', 'Cells (rows × columns of each grid) per tab of a kind: fixed + per manager; tabs per month');
  out.push(
    table(
      [
        'kind',
        ...Object.keys(m.kinds.month.bySize).map((s) => `${s} mgrs`),
        'fixed',
        'per manager',
        'per month',
      ],
      (Object.keys(m.kinds) as TabKind[]).map((k) => {
        const c = m.kinds[k];
        return [
          k === 'other' ? 'other (all, once)' : k,
          ...Object.values(c.bySize).map(big),
          big(c.fixed),
          round(c.perManager, 1),
          round(c.perMonth, 2),
        ];
      }),
    ),
  );
  out.push(
    `  per manager-month: ${round(m.perManagerMonth, 1)} cells (+ ${big(m.perMonthFixed)} a month whatever the team); ` +
      `once: ${round(m.oncePerManager, 1)} per manager + ${big(m.onceFixed)}`,
  );
  const l = sc.limits;
  out.push('', `Sheets' limits (times allowed ${l.margin}× less than the limit: real Sheets is slower)`);
  out.push(
    `  10 million cells: largest team by months kept: ${Object.entries(l.cells.maxTeamByMonths)
      .map(([mo, n]) => `${mo} mo → ${big(n)}`)
      .join(', ')}`,
  );
  out.push(
    `  10 million cells: months kept by team: ${Object.entries(l.cells.maxMonthsByTeam)
      .map(([n, mo]) => `${n} → ${mo}`)
      .join(', ')}`,
  );
  out.push(
    `  6 minutes: slowest action ${l.execution.slowestAction} (JS ${Object.entries(l.execution.addonMsBySize)
      .map(([n, t]) => `${n}: ${ms(t)}`)
      .join(', ')}) → largest team ${big(l.execution.maxTeam)}`,
  );
  if (sc.customFunctionRows)
    out.push(
      `  30 s per custom function: rows per call ${Object.entries(sc.customFunctionRows)
        .map(([f, n]) => `${f} ${big(n)}`)
        .join(', ')}`,
    );
  const b = sc.baseline;
  if (b) {
    out.push('', `Against the baseline ${b.label}, team of ${b.managers}: wall / JS (calls)`);
    out.push(
      table(
        ['action', 'this', 'baseline'],
        Object.keys(b.ms).map((a) => [
          a,
          `${ms(r.actionMs[a]?.[b.managers]?.wallMs)} / ${ms(r.actionMs[a]?.[b.managers]?.addonMs)} (${r.serviceCalls[a]?.[b.managers] ?? '-'})`,
          `${ms(b.ms[a].wallMs)} / ${ms(b.ms[a].addonMs)} (${b.calls[a] ?? '-'})`,
        ]),
      ),
    );
    out.push(`  Create month JavaScript: ${round(b.createMonthAddonRatio, 2)}× of the baseline's`);
  }
  return out;
}
