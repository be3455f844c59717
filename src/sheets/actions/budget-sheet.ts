import type { BudgetAssumptions, BudgetYear, HistoryYear } from '../../core/budget';
import type { Day } from '../../core/dates';
import type { Lang, MessageKey } from '../../i18n';
import { BUDGET } from '../budget-layout';
import { FORMAT, moneyFormat } from '../formats';
import { type Grid, rect } from '../grid';
import type { AssumptionCells } from './budget-assumptions';

/**
 * Everything the Budget tab is built from (the types its two builders share: budget-grid.ts writes the heading
 * and the assumptions, budget-formulas.ts the blocks below): the core's budget, the assumptions and what to say about them.
 */
export interface BudgetGridInput {
  lang: Lang;
  currency: string;
  today: Day;
  budget: BudgetYear;
  assumptions: BudgetAssumptions;
  /** The value cell of each per-month assumption (its months' default). */
  years: ReadonlyMap<string, number>;
  cells: AssumptionCells;
  history: readonly HistoryYear[];
  carrySource: 'history' | 'planProxy';
  provisional: boolean;
  tabs: { plan: string; team: string; motivation: string };
}

/** The tab being built: its grid and the row of each key (`a:grossMargin`, `s:revenue`, `r:receipts`…). */
export interface BudgetSheet {
  g: Grid;
  input: BudgetGridInput;
  rowOf: Map<string, number>;
}

const C = BUDGET.col;
const BLOCK_BG = '#d9e2f3';

/** How a figure is shown: money in the plan's currency, else the FORMAT of that name. */
export type FigureFormat = 'money' | 'conversion' | 'completion' | 'count' | 'points';

export function kindFormat(kind: FigureFormat, currency: string): string {
  return kind === 'money' ? moneyFormat(currency) : FORMAT[kind];
}

/** A block's header row: its title over the label column, the whole row in the block colour. */
export function blockHeader(b: BudgetSheet, name: string, title: string): number {
  const row = b.rowOf.get(`block:${name}`)!;
  b.g.text(row, C.key, `block:${name}`).text(row, C.label, title);
  b.g.bold(rect(row, 1, 1, C.total)).background(rect(row, 1, 1, C.total), BLOCK_BG);
  return row;
}

export const SCENARIO_NAMES: readonly MessageKey[] = [
  'budget.scenario.pessimistic',
  'budget.scenario.plan',
  'budget.scenario.optimistic',
];
