import { findChoice } from '../../core/choice';
import type { ColumnMapping, DateKind, ImportSettings, PersonLink, StageLink } from '../../core/import';
import type { ImportField } from '../../core/import/aliases';
import { normalizeText } from '../../core/import/values';
import { type KeySuffix, type Lang, messageOf, t } from '../../i18n';
import { quotedList } from '../../i18n/format';
import { Grid, rect } from '../grid';
import type { FunnelStage } from './funnel';
import { type KeyedSpec, keyedTemplate, readKeyed } from './keyed';
import { type ColumnSpec, choiceLabel, readChoice, readTable, str, type TableContext } from './table';
import { headerRow, TEMPLATE_ROWS } from './template';

/**
 * The Import tab: what the user decides about imports. A keyed block (currency, call threshold and
 * directions, pipelines, which date counts), then two tables side by side under a row marked in hidden
 * column A: People (a CRM name or extension → a team member) and Stages (a CRM stage, its pipeline → our
 * funnel step, won, lost or none, in the pipeline's order), and a third, Columns (our field → the header
 * in the file), for an export whose headers the import does not know. An import appends the people and
 * stages it did not know, the mapping left empty: an empty mapping counts nothing until the user fills it in.
 */
const DATE_CHOICES = ['created', 'closed', 'modified'] as const;
const DIRECTIONS = { bothWays: 'both', incoming: 'in', outgoing: 'out' } as const;

export const IMPORT_KEYS: readonly KeyedSpec[] = [
  { key: 'currency', type: 'text', example: 'RUB' },
  { key: 'callSeconds', type: 'number', min: 0, example: 30, format: '0' },
  { key: 'callDirections', type: 'choice', choices: Object.keys(DIRECTIONS) },
  { key: 'pipelines', type: 'text' },
  { key: 'leadsDate', type: 'choice', choices: DATE_CHOICES },
  { key: 'dealsDate', type: 'choice', choices: DATE_CHOICES },
  { key: 'stepsDate', type: 'choice', choices: DATE_CHOICES },
];

/** The default of each choice key, as the template writes it and as a blank cell reads. */
const CHOICE_DEFAULTS: Record<string, string> = {
  callDirections: 'bothWays',
  leadsDate: 'created',
  dealsDate: 'closed',
  stepsDate: 'modified',
};

export const PEOPLE_COLUMNS: readonly ColumnSpec[] = [
  { key: 'crmPerson', type: 'text', width: 220 },
  { key: 'teamMember', type: 'text', width: 180 },
];
export const STAGE_COLUMNS: readonly ColumnSpec[] = [
  { key: 'crmStage', type: 'text', width: 200 },
  { key: 'crmPipeline', type: 'text', width: 140 },
  { key: 'funnelStep', type: 'text', width: 150 },
];
export const FIELD_COLUMNS: readonly ColumnSpec[] = [
  { key: 'importField', type: 'text', width: 170 },
  { key: 'fileHeader', type: 'text', width: 200 },
];

/** The fields a column can be mapped to by hand, in the drop-down's order (labels `importField.<id>`). */
const MAPPABLE_FIELDS = [
  'created',
  'closed',
  'modified',
  'amount',
  'currency',
  'paid',
  'paidDate',
  'manager',
  'stage',
  'pipeline',
  'status',
  'id',
  'title',
  'time',
  'date',
  'seconds',
  'answered',
  'direction',
  'extension',
  'phone',
] as const satisfies readonly (ImportField & KeySuffix<'importField.'>)[];
type MappableField = (typeof MAPPABLE_FIELDS)[number];

export function fieldLabel(field: MappableField, lang: Lang): string {
  return t(`importField.${field}`, lang);
}

/** Where the tables sit: their header row carries this marker in column A; columns are fixed. */
export const IMPORT_TABLES = {
  marker: 'spk:importTables',
  peopleCol: 2,
  stagesCol: 5,
  fieldsCol: 9,
  /** The template's header row of the tables (below the keyed block and a blank row). */
  templateRow: IMPORT_KEYS.length + 3,
} as const;

const STEP_CHOICES = ['won', 'lost', 'none'] as const;
/** Funnel stages no deal stage maps to: leads and won deals are counted otherwise, calls come from call logs. */
const NOT_DEAL_STEPS = ['leads', 'deals', 'calls'];

export function importTabName(lang: Lang): string {
  return t('tab.import', lang);
}

/** The drop-down of the step column: the funnel's steps a deal stage can reach, then won, lost, none. */
export function stepOptions(funnel: readonly FunnelStage[], lang: Lang): string[] {
  const steps = funnel.filter((s) => !NOT_DEAL_STEPS.includes(s.id)).map((s) => s.name);
  return [...steps, ...STEP_CHOICES.map((c) => choiceLabel(c, lang))];
}

/** Rows the template starts its People and Stages tables with (Set up's example mapping), as text. */
export interface ImportTabRows {
  people: readonly (readonly [string, string])[];
  stages: readonly (readonly [string, string, string])[];
}

/** The Import tab a workbook starts with: defaults in the keyed block, the tables empty or with `rows`. */
export function importTemplate(
  lang: Lang,
  teamNames: readonly string[],
  steps: readonly string[],
  rows: ImportTabRows = { people: [], stages: [] },
): Grid {
  const g = new Grid(TEMPLATE_ROWS, IMPORT_TABLES.fieldsCol + FIELD_COLUMNS.length - 1);
  keyedTemplate(g, IMPORT_KEYS, lang, 2);
  IMPORT_KEYS.forEach((spec, i) => {
    const value = CHOICE_DEFAULTS[spec.key];
    if (!value) return;
    g.text(i + 2, 3, choiceLabel(value, lang));
    g.validations.push({
      rect: rect(i + 2, 3),
      rule: {
        kind: 'list',
        values: (spec.choices ?? []).map((c) => choiceLabel(c, lang)),
        help: messageOf(`note.${spec.key}`)?.[lang] ?? '',
      },
    });
  });
  const head = IMPORT_TABLES.templateRow;
  g.text(head, 1, IMPORT_TABLES.marker);
  headerRow(g, PEOPLE_COLUMNS, lang, head, IMPORT_TABLES.peopleCol);
  headerRow(g, STAGE_COLUMNS, lang, head, IMPORT_TABLES.stagesCol);
  headerRow(g, FIELD_COLUMNS, lang, head, IMPORT_TABLES.fieldsCol);
  g.frozenRows = 0;
  g.widths[IMPORT_TABLES.stagesCol - 1] = 30;
  g.widths[IMPORT_TABLES.fieldsCol - 1] = 30;
  textRows(g, head + 1, IMPORT_TABLES.peopleCol, rows.people);
  textRows(g, head + 1, IMPORT_TABLES.stagesCol, rows.stages);
  const body = (col: number) => rect(head + 1, col, TEMPLATE_ROWS - head, 1);
  if (teamNames.length)
    g.validations.push({ rect: body(IMPORT_TABLES.peopleCol + 1), rule: memberRule(teamNames, lang) });
  g.validations.push({
    rect: body(IMPORT_TABLES.stagesCol + 2),
    rule: { kind: 'list', values: [...steps], help: t('note.funnelStep', lang) },
  });
  g.validations.push({
    rect: body(IMPORT_TABLES.fieldsCol),
    rule: {
      kind: 'list',
      values: MAPPABLE_FIELDS.map((f) => fieldLabel(f, lang)),
      help: t('note.importField', lang),
    },
  });
  return g;
}

function textRows(g: Grid, row: number, col: number, rows: readonly (readonly string[])[]): void {
  rows.forEach((r, i) => {
    r.forEach((v, j) => {
      g.text(row + i, col + j, v);
    });
  });
}

function memberRule(teamNames: readonly string[], lang: Lang) {
  return { kind: 'list' as const, values: [...teamNames], help: t('note.teamMember', lang) };
}

/** What the Import tab holds, read: the settings the core takes, and where its tables end. */
export interface ImportTab {
  settings: Pick<
    ImportSettings,
    'people' | 'stages' | 'pipelines' | 'currency' | 'callSeconds' | 'callDirections' | 'dates'
  >;
  /** The Columns table: field → the header in the file, which overrides what the import detects. */
  mapping: ColumnMapping;
  /** Normalized CRM names (and extensions) and stages listed, mapped or not: not appended again. */
  listedPeople: Set<string>;
  listedStages: Set<string>;
  /** 1-based rows after the last used row of each table (where an import appends). */
  nextPeopleRow: number;
  nextStageRow: number;
}

/**
 * Reads the Import tab; problems at their cells. `team` maps the names of the member column to ids (an id
 * typed there is taken too); `funnel` the names of the step column to metric ids.
 */
export function readImportTab(
  values: unknown[][],
  team: readonly { id: string; name: string }[],
  funnel: readonly FunnelStage[],
  ctx: TableContext,
): ImportTab | null {
  const keyed = readKeyed(values, IMPORT_KEYS, ctx);
  const head = values.findIndex((r) => String(r[0] ?? '').trim() === IMPORT_TABLES.marker) + 1;
  if (head === 0) {
    ctx.problems.add(ctx.tab, undefined, undefined, 'importTab.noTables');
    return null;
  }
  const people = readPeople(values, head, team, ctx);
  const stages = readStages(values, head, funnel, ctx);
  const mapping = readFields(values, head, ctx);
  const choice = (key: string) => String(keyed.get(key) ?? CHOICE_DEFAULTS[key]);
  const pipelines = String(keyed.get('pipelines') ?? '').split(',');
  const stepsDate = choice('stepsDate') as DateKind;
  const dates: Record<string, DateKind> = {};
  for (const s of funnel) dates[s.id] = stepsDate;
  dates.leads = choice('leadsDate') as DateKind;
  dates.deals = choice('dealsDate') as DateKind;
  dates.revenue = dates.deals;
  return {
    settings: {
      people: people.links,
      stages: stages.links,
      pipelines: pipelines.map((p) => p.trim()).filter((p) => p !== ''),
      currency: String(keyed.get('currency') ?? 'RUB').toUpperCase() || 'RUB',
      callSeconds: (keyed.get('callSeconds') as number | undefined) ?? 30,
      callDirections: DIRECTIONS[choice('callDirections') as keyof typeof DIRECTIONS],
      dates,
    },
    mapping,
    listedPeople: people.listed,
    listedStages: stages.listed,
    nextPeopleRow: Math.max(people.last, head) + 1,
    nextStageRow: Math.max(stages.last, head) + 1,
  };
}

function readPeople(
  values: unknown[][],
  head: number,
  team: readonly { id: string; name: string }[],
  ctx: TableContext,
) {
  const ids = new Map<string, string>();
  for (const m of team) ids.set(normalizeText(m.name), m.id);
  for (const m of team) ids.set(normalizeText(m.id), m.id);
  const links: PersonLink[] = [];
  const listed = new Set<string>();
  let last = 0;
  for (const r of readTable(values, PEOPLE_COLUMNS, head + 1, ctx, IMPORT_TABLES.peopleCol)) {
    last = r.row;
    const crm = str(r, 'crmPerson');
    const member = str(r, 'teamMember');
    if (crm) listed.add(normalizeText(crm));
    if (!crm || !member) continue;
    const id = ids.get(normalizeText(member));
    if (id) links.push({ crm, member: id });
    else
      ctx.problems.add(ctx.tab, r.row, IMPORT_TABLES.peopleCol + 1, 'importTab.unknownMember', {
        value: member,
      });
  }
  return { links, listed, last };
}

function readStages(values: unknown[][], head: number, funnel: readonly FunnelStage[], ctx: TableContext) {
  const steps = new Map<string, string>();
  for (const s of funnel) {
    steps.set(normalizeText(s.name), s.id);
    steps.set(normalizeText(s.id), s.id);
  }
  const links: StageLink[] = [];
  const listed = new Set<string>();
  let last = 0;
  for (const r of readTable(values, STAGE_COLUMNS, head + 1, ctx, IMPORT_TABLES.stagesCol)) {
    last = r.row;
    const stage = str(r, 'crmStage');
    const step = str(r, 'funnelStep');
    if (stage) listed.add(normalizeText(stage));
    if (!stage || !step) continue;
    const choice = readChoice(step, STEP_CHOICES);
    const id = choice === undefined ? steps.get(normalizeText(step)) : choice === 'none' ? '' : choice;
    if (id !== undefined) links.push({ stage, step: id });
    else
      ctx.problems.add(ctx.tab, r.row, IMPORT_TABLES.stagesCol + 2, 'importTab.unknownStep', { value: step });
  }
  return { links, listed, last };
}

/** The Columns table: a field (its label in either language, or its id) → the header typed beside it. */
function readFields(values: unknown[][], head: number, ctx: TableContext): ColumnMapping {
  const options = MAPPABLE_FIELDS.map((f) => ({
    value: f,
    names: [f, fieldLabel(f, 'ru'), fieldLabel(f, 'en')],
  }));
  const mapping: ColumnMapping = {};
  for (const r of readTable(values, FIELD_COLUMNS, head + 1, ctx, IMPORT_TABLES.fieldsCol)) {
    const field = str(r, 'importField');
    const header = str(r, 'fileHeader');
    if (!field || !header) continue;
    const id = findChoice(field, options);
    if (id) mapping[id] = header;
    else
      ctx.problems.add(ctx.tab, r.row, IMPORT_TABLES.fieldsCol, 'importTab.unknownField', {
        value: field,
        choices: quotedList(
          MAPPABLE_FIELDS.map((f) => fieldLabel(f, ctx.lang)),
          ctx.lang,
        ),
      });
  }
  return mapping;
}
