import { normalizeChoice } from '../../core/choice';
import type { Day } from '../../core/dates';
import { dayOf } from '../../core/dates';
import type { TeamMember } from '../../core/team';
import { type Lang, t } from '../../i18n';
import { dateFormat, FORMAT } from '../formats';
import { Grid, rect, serialOf } from '../grid';
import { idKey, idShapeProblem, shownId } from './ids';
import { type ColumnSpec, choiceLabel, num, readTable, str, type TableContext } from './table';
import { headerRow, TEMPLATE_ROWS } from './template';

/** The Team tab: one row per person. Column A holds a stable id (hidden) that facts are matched by. */
export const TEAM_COLUMNS: readonly ColumnSpec[] = [
  { key: 'id', type: 'text', hidden: true, width: 60 },
  { key: 'name', type: 'text', required: true, width: 180 },
  { key: 'role', type: 'choice', choices: ['manager', 'head'], width: 110 },
  { key: 'grade', type: 'choice', choices: ['junior', 'middle', 'senior'], width: 90 },
  { key: 'start', type: 'date', width: 100 },
  { key: 'end', type: 'date', width: 100 },
  { key: 'share', type: 'number', min: 0, width: 70 },
  { key: 'salary', type: 'number', min: 0, width: 100 },
  { key: 'scheme', type: 'text', width: 140 },
  { key: 'target', type: 'number', min: 0, width: 100 },
  { key: 'active', type: 'bool', width: 70 },
  // Last, so that a Team tab made before it still reads (as no groups): the group of team contests.
  { key: 'group', type: 'text', width: 110 },
];

/** 1-based column of a Team tab field ('name', 'scheme', …): where problems about it are placed. */
export const teamColumn = (key: string): number => TEAM_COLUMNS.findIndex((c) => c.key === key) + 1;

export interface Person {
  row: number;
  id: string;
  name: string;
  role: 'manager' | 'head';
  grade: string;
  start: Day | null;
  end: Day | null;
  share: number | null;
  salary: number;
  scheme: string;
  target: number;
  active: boolean;
  /** The group for team contests; '' when blank. */
  team: string;
}

export function readTeam(values: unknown[][], ctx: TableContext): Person[] {
  const people = readTable(values, TEAM_COLUMNS, 2, ctx).map(
    (r): Person => ({
      row: r.row,
      id: str(r, 'id'),
      name: str(r, 'name'),
      role: (r.get('role') as Person['role'] | null) ?? 'manager',
      grade: str(r, 'grade') || 'middle',
      start: num(r, 'start'),
      end: num(r, 'end'),
      share: num(r, 'share'),
      salary: num(r, 'salary') ?? 0,
      scheme: str(r, 'scheme'),
      target: num(r, 'target') ?? 0,
      active: (r.get('active') as boolean | null) ?? true,
      team: str(r, 'group'),
    }),
  );
  checkPeople(people, ctx);
  return people;
}

/**
 * Names unique (regardless of case, spaces and ё: the other tabs find a person so), ids of an allowed shape
 * and unique regardless of case, dates in order.
 */
function checkPeople(people: readonly Person[], ctx: TableContext): void {
  const names = new Map<string, number>();
  const ids = new Map<string, number>();
  for (const p of people) {
    const key = normalizeChoice(p.name);
    if (key && names.has(key)) {
      ctx.problems.add(ctx.tab, p.row, 2, 'team.duplicateName', { name: p.name, other: names.get(key) });
    } else names.set(key, p.row);
    if (p.id) checkId(p, ids, ctx);
    if (p.start !== null && p.end !== null && p.end < p.start) {
      ctx.problems.add(ctx.tab, p.row, 6, 'team.endBeforeStart', { name: p.name });
    }
  }
}

function checkId(p: Person, seen: Map<string, number>, ctx: TableContext): void {
  const id = shownId(p.id);
  const shape = idShapeProblem(p.id);
  if (shape) ctx.problems.add(ctx.tab, p.row, 1, shape, { id, name: p.name });
  const other = seen.get(idKey(p.id));
  if (other !== undefined) ctx.problems.add(ctx.tab, p.row, 1, 'team.duplicateId', { id, other });
  else seen.set(idKey(p.id), p.row);
}

/** Ids for rows a person added without one: m<row>, unique (regardless of case) among the ids in use. */
export function assignMissingIds(people: Person[]): Person[] {
  const used = new Set(people.map((p) => idKey(p.id)).filter(Boolean));
  const added: Person[] = [];
  for (const p of people) {
    if (p.id) continue;
    let n = p.row;
    while (used.has(`m${n}`)) n += 1000;
    p.id = `m${n}`;
    used.add(p.id);
    added.push(p);
  }
  return added;
}

/** The managers the plan is split among (active, role manager) as the core wants them. */
export function planMembers(
  people: readonly Person[],
  absences: Map<string, { from: Day; to: Day }[]>,
): TeamMember[] {
  return people
    .filter((p) => p.role === 'manager')
    .map((p) => ({
      id: p.id,
      name: p.name,
      ...(p.share !== null ? { share: p.share } : {}),
      grade: p.grade,
      ...(p.start !== null ? { start: p.start } : {}),
      ...(p.end !== null ? { end: p.end } : {}),
      absences: absences.get(p.id) ?? [],
      active: p.active,
    }));
}

/** The example people of a new workbook. */
export function exampleNames(lang: Lang): string[] {
  return lang === 'ru'
    ? [
        'Анна Смирнова',
        'Иван Петров',
        'Мария Кузнецова',
        'Олег Соколов',
        'Екатерина Новикова',
        'Дмитрий Волков',
      ]
    : ['Anna Smith', 'John Peters', 'Mary Cook', 'Oliver Stone', 'Kate Newman', 'David Wolf'];
}

/** A new Team tab with example people a user replaces. */
export function teamTemplate(lang: Lang, year: number): Grid {
  const names = exampleNames(lang);
  const [north, south] = lang === 'ru' ? ['Север', 'Юг'] : ['North', 'South'];
  const rows: [string, string, string, Day | null, number, number, string, number, string][] = [
    ['m1', 'manager', 'senior', null, 1.3, 60000, 'S1', 60000, north],
    ['m2', 'manager', 'middle', null, 1, 50000, 'S1', 50000, south],
    ['m3', 'manager', 'middle', null, 1, 50000, 'S2', 50000, north],
    ['m4', 'manager', 'junior', dayOf(year, 9, 1), 0.7, 40000, 'S2', 40000, south],
    ['m5', 'manager', 'junior', dayOf(year, 10, 15), 0.7, 40000, 'S1', 40000, north],
    ['h1', 'head', 'senior', null, 0, 120000, 'HEAD', 100000, ''],
  ];
  const g = new Grid(TEMPLATE_ROWS, TEAM_COLUMNS.length);
  headerRow(g, TEAM_COLUMNS, lang);
  rows.forEach((r, i) => {
    const row = i + 2;
    g.text(row, 1, r[0]);
    g.text(row, 2, names[i]);
    g.text(row, 3, choiceLabel(r[1], lang));
    g.text(row, 4, choiceLabel(r[2], lang));
    if (r[3] !== null) g.set(row, 5, serialOf(r[3]));
    g.set(row, 7, r[4]);
    g.set(row, 8, r[5]);
    g.text(row, 9, r[6]);
    g.set(row, 10, r[7]);
    g.set(row, 11, true);
    if (r[8]) g.text(row, 12, r[8]);
  });
  const body = (col: number) => rect(2, col, TEMPLATE_ROWS - 1, 1);
  g.validations.push(
    {
      rect: body(3),
      rule: {
        kind: 'list',
        values: ['manager', 'head'].map((c) => choiceLabel(c, lang)),
        help: t('note.role', lang),
      },
    },
    {
      rect: body(4),
      rule: {
        kind: 'list',
        values: ['junior', 'middle', 'senior'].map((c) => choiceLabel(c, lang)),
        help: t('note.grade', lang),
      },
    },
    { rect: rect(2, 5, TEMPLATE_ROWS - 1, 2), rule: { kind: 'date', help: t('note.start', lang) } },
    {
      rect: rect(2, 7, TEMPLATE_ROWS - 1, 2),
      rule: { kind: 'numberAtLeast', min: 0, help: t('note.share', lang) },
    },
    { rect: body(10), rule: { kind: 'numberAtLeast', min: 0, help: t('note.target', lang) } },
    { rect: body(11), rule: { kind: 'checkbox' } },
  );
  g.format(rect(2, 5, TEMPLATE_ROWS - 1, 2), dateFormat(lang));
  g.format(rect(2, 8, TEMPLATE_ROWS - 1, 1), FORMAT.count);
  g.format(rect(2, 10, TEMPLATE_ROWS - 1, 1), FORMAT.count);
  // The scheme's short code centered: left-aligned it would touch the salary right-aligned beside it.
  g.align(body(9), 'center');
  return g;
}
