/** The benchmark result as a readable report for the terminal. */
import type { BenchResult } from './run';
import { scaleSections, table, timeSection } from './table-scale';
import { round } from './timing';

const ms = (x: number) => (x >= 1000 ? `${round(x / 1000, 2)} s` : `${round(x)} ms`);
const kib = (b: number) => `${round(b / 1024, 1)} KiB`;

/** The menu actions' calls, the formulas and the recalculation (absent with --only functions). */
function actionSections(r: BenchResult): string[] {
  const out: string[] = [];
  const sizes = r.config.teamSizes.map(String);
  out.push('', 'Service calls per menu action (builder calls apart), by team size; reads and payload apart');
  out.push(
    table(
      ['action', ...sizes.map((s) => `${s} mgrs`), 'builder calls', 'reads', 'payload KiB'],
      Object.keys(r.serviceCalls).map((a) => [
        a,
        ...sizes.map((s) => {
          const n = r.serviceCalls[a][s];
          return n === null || n === undefined ? 'n/a' : n;
        }),
        sizes.map((s) => r.builderCalls[a][s] ?? '-').join('/'),
        sizes.map((s) => r.reads[a][s] ?? '-').join('/'),
        sizes.map((s) => Math.round((r.payloadBytes[a][s] ?? 0) / 1024)).join('/'),
      ]),
    ),
  );

  out.push(...timeSection(r));

  out.push('', `Formulas per tab the add-on wrote (team of ${r.formulasTeam})`);
  out.push(
    table(
      ['tab', 'native formulas', 'custom-function cells'],
      Object.keys(r.formulas).map((t) => [t, r.formulas[t], r.customFunctionCells[t]]),
    ),
  );

  out.push('', 'Recalculation of the month tab after one fact cell changes (HyperFormula)');
  out.push(
    table(
      ['team', 'ms'],
      Object.keys(r.recalcMs).map((s) => [`${s} managers`, round(r.recalcMs[s])]),
    ),
  );
  out.push(...scaleSections(r));
  return out;
}

export function formatReport(r: BenchResult): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(`Sales Plan Kit benchmark — ${r.date}`);
  out.push(`${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, node ${m.node}, ${m.platform}`);
  out.push(`medians of ${r.config.runs} runs; cold start: median of ${r.bundle.samples} samples`);

  if (r.config.only !== 'functions') out.push(...actionSections(r));

  const b = r.bundle;
  out.push('', 'Bundle (dist/Code.js or --code)');
  out.push(
    table(
      ['size', 'gzip', 'cold start', 'empty script', 'ratio'],
      [
        [
          kib(b.bytes),
          kib(b.gzipBytes),
          ms(b.coldStartMs),
          ms(b.emptyScriptMs),
          `${round(b.coldStartRatio, 1)}×`,
        ],
      ],
    ),
  );

  out.push(
    '',
    `Vectorized functions: one call over ${r.config.rows} rows vs one execution per row (estimate); ` +
      'in vm: a node:vm context as Apps Script loads the file, outside: plain globals',
  );
  out.push(
    table(
      ['function', 'one call (in vm)', 'outside vm', 'per-row call', 'naive', 'speed-up'],
      Object.keys(r.vectorized).map((f) => {
        const v = r.vectorized[f];
        const o = r.vectorizedOutsideVm[f];
        return [f, ms(v.ms), o ? ms(o.ms) : '-', ms(v.perRowMs), ms(v.naiveMs), `${Math.round(v.speedup)}×`];
      }),
    ),
  );

  out.push('', 'SpreadsheetApp calls per custom-function execution (a fresh execution each)');
  const base = r.baseline;
  out.push(
    table(
      ['case', 'calls', ...(base ? ['baseline'] : []), 'methods'],
      Object.keys(r.functionCalls).map((c) => {
        const n = r.functionCalls[c];
        const methods = n.methods.map((m) => m.split('.')[1]).join(', ');
        const shown = n.unexpected ? `${n.calls} (${n.unexpected})` : n.calls;
        return [c, shown, ...(base ? [base.functionCalls[c]?.calls ?? '-'] : []), methods || '-'];
      }),
    ),
  );

  if (base) {
    out.push('', `Against the baseline ${base.label}, same run (this ÷ baseline; below 1 is faster)`);
    const rows: (string | number)[][] = [
      [
        'cold start',
        ms(r.bundle.coldStartMs),
        ms(base.bundle.coldStartMs),
        `${round(base.ratios.coldStart, 2)}×`,
        '-',
      ],
    ];
    for (const f of Object.keys(base.ratios.vectorized)) {
      rows.push([
        f,
        ms(r.vectorized[f].ms),
        ms(base.vectorized[f].ms),
        `${round(base.ratios.vectorized[f], 2)}×`,
        `${round(base.ratios.vectorizedOutsideVm[f], 2)}×`,
      ]);
    }
    out.push(table(['figure', 'this (in vm)', 'baseline (in vm)', 'ratio in vm', 'ratio outside vm'], rows));
  }

  const n = r.nativeFormula;
  if (n) {
    out.push(
      '',
      `The same commission as a native formula, ${n.rows} rows, recalculated after a rate changes`,
    );
    out.push(`  ${n.formula}`);
    out.push(
      table(
        ['native formulas', 'BONUS_TIERS', 'native ÷ BONUS_TIERS', 'equal to the kopeck'],
        [
          [
            ms(n.nativeMs),
            ms(n.customMs),
            `${round(n.ratio, 2)}×`,
            n.equal ? 'yes' : `no (${n.mismatches} rows)`,
          ],
        ],
      ),
    );
    out.push(
      `  without the +0.000000001 guard (a plain ROUND) ${n.unguardedMismatches} of ${n.rows} rows miss by a kopeck in HyperFormula`,
    );
  }

  const imp = r.import;
  if (imp) {
    out.push('', 'Import: an amoCRM export through the core (bytes → facts → merge → totals)');
    out.push(
      table(
        ['rows', 'size', 'ms', 'log records', 'totals'],
        imp.core.map((c) => [c.rows, kib(c.bytes), round(c.ms), c.records, c.totals]),
      ),
    );
    out.push('', 'Import facts from this tab: service calls (builder calls apart), by rows in the tab');
    out.push(
      table(
        ['rows', 'service calls', 'builder calls'],
        imp.fromTab.map((f) => [f.rows, f.serviceCalls ?? 'n/a', f.builderCalls]),
      ),
    );
  }

  if (r.notes.length) out.push('', 'Notes', ...r.notes.map((s) => `- ${s}`));
  return out.join('\n');
}
