import { isDateValue } from '../../core/cells';
import { type KeySuffix, type Lang, t, tCode } from '../../i18n';
import { dateFormat, FORMAT } from '../formats';
import { Grid, rect } from '../grid';
import {
  DEFAULT_METRICS,
  MOT_COL,
  MOTIVATION_COLUMNS,
  metricName,
  type OptionGroup,
  optionLabel,
  optionLabels,
  type RowKind,
} from './motivation-columns';
import type { ConvertedMotivation } from './motivation-convert';
import { headerRow, TEMPLATE_ROWS } from './template';

/** A new Motivation tab: its example schemes, and the template that writes them with drop-downs. */

type Example = [
  scheme: KeySuffix<'mot.example.'>,
  kind: RowKind,
  cells: Partial<Record<string, string | number | boolean>>,
];

/**
 * The example schemes, matching the scheme ids of the Team template. «Как начислять» is left blank, the
 * default (each part at its rate), as the note says: its long words in every row would widen the tab past
 * an A3 page; short names for the same reason.
 */
function examples(lang: Lang): Example[] {
  const ru = lang === 'ru';
  const pool = { metric: 'revenue', gateMin: 1, amount: 50000 };
  return [
    ['S1', 'salary', {}],
    [
      'S1',
      'tiered',
      {
        metric: 'revenue',
        scope: 'own',
        tiers: ru ? '0 → 2 %; 2 000 000 → 4 %; 3 000 000 → 6 %' : '0 → 2%; 2,000,000 → 4%; 3,000,000 → 6%',
        gateMin: 0.8,
      },
    ],
    ['S1', 'pool', pool],
    ['S1', 'max', { cap: 250000 }],
    ['S2', 'salary', {}],
    [
      'S2',
      'target',
      {
        metric: 'revenue',
        scope: 'own',
        tiers: ru ? '100 % → ×1,5; 130 % → ×2' : '100% → ×1.5; 130% → ×2',
        attainmentCap: 2,
      },
    ],
    [
      'S2',
      'kpi',
      { amount: 10000, metric: 'deals', rate: 0.6, gateMin: 0.5, attainmentCap: 1.5, direction: 'up' },
    ],
    ['S2', 'kpi', { metric: 'calls', rate: 0.4, gateMin: 0.5, attainmentCap: 1.2, direction: 'up' }],
    ['S2', 'pool', pool],
    ['HEAD', 'salary', {}],
    [
      'HEAD',
      'tiered',
      {
        metric: 'revenue',
        scope: 'department',
        tiers: ru ? '100 % → 5 %' : '100% → 5%',
      },
    ],
  ];
}

const PERCENT_FIELDS = ['rate', 'gateMin', 'attainmentCap'];
const MONEY_FIELDS = ['cap', 'amount'];
const OPTION_FIELDS: readonly string[] = ['scope', 'mode', 'direction'];

/** A metric as listed (its id and shown name: the Contests template's `templateMetrics`). */
export type NamedMetric = { id: string; name: string };

/** The rows the examples take: one per component and a blank line between schemes. */
const exampleRows = (rows: Example[]) => rows.length + new Set(rows.map((r) => r[0])).size - 1;

/** Writes the example schemes below the header as blocks: id and name on the first row, a blank line after. */
function writeExamples(g: Grid, rows: Example[], lang: Lang, metrics: readonly NamedMetric[]): void {
  const named = (id: string) => metrics.find((m) => m.id === id)?.name ?? metricName(id, lang);
  let previous = '';
  let row = 1;
  rows.forEach(([scheme, kind, cells]) => {
    row += scheme !== previous && previous !== '' ? 2 : 1;
    if (scheme !== previous) {
      g.text(row, MOT_COL.scheme, scheme);
      g.text(row, MOT_COL.name, t(`mot.example.${scheme}`, lang));
    }
    previous = scheme;
    g.text(row, MOT_COL.component, optionLabel('kind', kind, lang));
    for (const [field, v] of Object.entries(cells)) {
      if (v === undefined) continue;
      const col = MOT_COL[field];
      if (field === 'metric') g.text(row, col, named(String(v)));
      else if (OPTION_FIELDS.includes(field))
        g.text(row, col, optionLabel(field as OptionGroup, String(v), lang));
      else if (typeof v === 'string') g.text(row, col, v);
      else g.set(row, col, v);
    }
  });
}

/** Drop-downs with their notes and the number formats of the body. */
function addRules(g: Grid, lang: Lang, metrics: readonly NamedMetric[]): void {
  const body = (field: string) => rect(2, MOT_COL[field], g.rows - 1, 1);
  const list = (field: KeySuffix<'note.mot.'>, values: string[], strict = true) =>
    g.validations.push({
      rect: body(field),
      rule: { kind: 'list', values, help: t(`note.mot.${field}`, lang), ...(strict ? {} : { strict }) },
    });
  list('component', optionLabels('kind', lang));
  // Not strict: a funnel stage added after Set up may be typed (the reader checks it against the facts).
  const names = metrics.map((m) => m.name);
  list('metric', names, false);
  list('gateMetric', names, false);
  list('scope', optionLabels('scope', lang));
  list('mode', optionLabels('mode', lang));
  list('direction', optionLabels('direction', lang));
  for (const f of PERCENT_FIELDS) g.format(body(f), '0.##%');
  for (const f of MONEY_FIELDS) g.format(body(f), FORMAT.count);
  g.format(body('from'), dateFormat(lang));
}

const defaultMetrics = (lang: Lang): NamedMetric[] =>
  DEFAULT_METRICS.ids.map((id) => ({ id, name: metricName(id, lang) }));

/** The tab's frame for `bodyRows` rows below the header: header with notes, drop-downs, formats. */
function motivationGrid(lang: Lang, metrics: readonly NamedMetric[], bodyRows: number): Grid {
  const g = new Grid(Math.max(TEMPLATE_ROWS, bodyRows + 1), MOTIVATION_COLUMNS.length);
  headerRow(g, MOTIVATION_COLUMNS, lang);
  addRules(g, lang, metrics);
  g.frozenCols = 2;
  return g;
}

/**
 * A new Motivation tab: header with notes, choices as drop-downs, and the example schemes. `metrics`: the
 * plan's metrics as the Plan and Funnel tabs name them now (blank: a new workbook's).
 */
export function motivationTemplate(lang: Lang, metrics: readonly NamedMetric[] = defaultMetrics(lang)): Grid {
  const rows = examples(lang);
  const g = motivationGrid(lang, metrics, exampleRows(rows));
  writeExamples(g, rows, lang, metrics);
  return g;
}

/**
 * The Motivation tab with the schemes of a tab in the old layout (motivation-convert.ts): its rows as they
 * are, text kept as text, and a note at each cell left to decide (several at one cell: one per line).
 */
export function convertedMotivationTab(
  lang: Lang,
  converted: ConvertedMotivation,
  metrics: readonly NamedMetric[] = defaultMetrics(lang),
): Grid {
  const g = motivationGrid(lang, metrics, converted.rows.length);
  converted.rows.forEach((cells, i) => {
    cells.forEach((v, c) => {
      if (typeof v === 'string') g.text(i + 2, c + 1, v);
      else if (typeof v === 'number' || typeof v === 'boolean' || isDateValue(v)) g.set(i + 2, c + 1, v);
      else if (v !== null && v !== undefined) g.text(i + 2, c + 1, String(v));
    });
  });
  for (const n of converted.notes) {
    if (n.row === 0) continue; // about the old tab as a whole: the notice says it
    const col = MOT_COL[n.field];
    const before = g.notes[n.row - 1][col - 1];
    g.note(n.row, col, [before, tCode(n.code, lang, n.params)].filter(Boolean).join('\n'));
  }
  return g;
}
