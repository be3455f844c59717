import { parseNumberText } from '../cells';
import type { Day } from '../dates';
import type { DealField, SourceId } from './aliases';
import { type DealStatus, type StatusCells, statusReader } from './deal-status';
import type { Detection } from './headers';
import { memoized } from './memo';
import type { Table } from './table';
import { currencyCode, parseDateTime } from './values';

/** One deal as every source is read into. Days are calendar days as the export shows them. */
export interface Deal {
  source: SourceId;
  id: string;
  title: string;
  manager: string;
  pipeline: string;
  stage: string;
  /** Undefined when the amount cell is blank or not a number. */
  amount: number | undefined;
  /** ISO code; undefined when the export has no currency column (the account's own currency). */
  currency: string | undefined;
  created: Day | undefined;
  closed: Day | undefined;
  modified: Day | undefined;
  status: DealStatus;
  /** Money received on the deal (a paid-amount column); undefined without one or with a blank cell. */
  paid: number | undefined;
  /** The payment date; the close date where the export has no payment-date column. */
  paidDate: Day | undefined;
}

/** Every field's column, -1 where the export has none: one fixed shape, read by name on every row. */
type DealColumns = Record<DealField, number>;

const DEAL_FIELDS: readonly DealField[] = [
  'id',
  'title',
  'manager',
  'pipeline',
  'stage',
  'stageGroup',
  'status',
  'amount',
  'currency',
  'created',
  'closed',
  'wonTime',
  'lostTime',
  'modified',
  'closedFlag',
  'product',
  'price',
  'quantity',
  'paid',
  'paidDate',
];

function dealColumns(detection: Detection): DealColumns {
  const out = {} as DealColumns;
  for (const f of DEAL_FIELDS) out[f] = detection.columns[f] ?? -1;
  return out;
}

/** A cell's text, trimmed; '' for a column the export does not have. */
function cell(row: readonly string[], at: number): string {
  return at < 0 ? '' : row[at].trim();
}

/** The readers of one export's repeated texts, each distinct text read once. */
interface Readers {
  detection: Detection;
  status: (cells: StatusCells) => DealStatus;
  currency: (text: string) => string | undefined;
  number: (text: string) => number | undefined;
  /** The one string of each repeated text (managers, stages, pipelines): 100 000 deals keep a few dozen. */
  text: (text: string) => string;
}

/**
 * The deals of a deal export. Bitrix24 product rows (one row per product line of a deal, each with that
 * line's sum) become one deal whose amount is the sum of its rows; the paid amount and date are the deal's,
 * repeated on each row, so they are taken once (the first row that has them), never summed. Otherwise a deal id seen again is the
 * newer row of the same deal and replaces it.
 */
export function readDeals(table: Table, detection: Detection): Deal[] {
  const reader = dealReader(detection);
  for (const row of table.rows) reader.add(row);
  return reader.deals();
}

/** Reads deals a row at a time (see `readDeals`): the columns it reads, each row, the deals so far. */
export interface DealReader {
  columns: readonly number[];
  add(row: readonly string[]): void;
  deals(): Deal[];
}

export function dealReader(detection: Detection): DealReader {
  const col = dealColumns(detection);
  const productRows = col.product >= 0 || col.quantity >= 0;
  const byId = new Map<string, Deal>();
  const readers: Readers = {
    detection,
    status: statusReader(),
    currency: memoized(currencyCode),
    number: memoized((text) => parseNumberText(text, detection.lang)),
    text: memoized((text) => text),
  };
  return {
    columns: Object.values(col).filter((at) => at >= 0),
    add(row) {
      const deal = dealOf(row, col, readers);
      const earlier = byId.get(deal.id);
      if (earlier && productRows) addProductRow(earlier, deal);
      else byId.set(deal.id, deal);
    },
    deals: () => [...byId.values()],
  };
}

function dealOf(row: readonly string[], col: DealColumns, readers: Readers): Deal {
  const stage = readers.text(cell(row, col.stage));
  const status = readers.status({
    status: cell(row, col.status),
    stageGroup: cell(row, col.stageGroup),
    stage,
    closedFlag: cell(row, col.closedFlag),
  });
  const closed = closedDay(row, col, status);
  const [title, manager, createdText] = [
    cell(row, col.title),
    readers.text(cell(row, col.manager)),
    cell(row, col.created),
  ];
  return {
    source: readers.detection.source,
    id: cell(row, col.id) || `${title}|${manager}|${createdText}`,
    title,
    manager,
    pipeline: readers.text(cell(row, col.pipeline)),
    stage,
    amount: amountOf(row, col, readers.number),
    currency: col.currency < 0 ? undefined : readers.currency(cell(row, col.currency)),
    created: parseDateTime(createdText)?.day,
    closed,
    modified: parseDateTime(cell(row, col.modified))?.day,
    status,
    paid: col.paid < 0 ? undefined : readers.number(cell(row, col.paid)),
    paidDate: col.paidDate < 0 ? closed : parseDateTime(cell(row, col.paidDate))?.day,
  };
}

/** A further product row of a deal: its line's sum added; the deal's payment taken from it if not yet seen. */
function addProductRow(deal: Deal, row: Deal): void {
  deal.amount = sumAmounts(deal.amount, row.amount);
  if (deal.paid === undefined) [deal.paid, deal.paidDate] = [row.paid, row.paidDate];
}

/** The close date: Pipedrive's won or lost time by the status, else the close-date column. */
function closedDay(row: readonly string[], col: DealColumns, status: DealStatus): Day | undefined {
  const at = status === 'won' ? col.wonTime : status === 'lost' ? col.lostTime : -1;
  return parseDateTime(cell(row, at))?.day ?? parseDateTime(cell(row, col.closed))?.day;
}

/** The amount cell, or price × quantity on a product row whose amount is blank. */
function amountOf(row: readonly string[], col: DealColumns, number: Readers['number']): number | undefined {
  const text = cell(row, col.amount);
  if (text !== '') return number(text);
  const price = number(cell(row, col.price));
  const quantity = number(cell(row, col.quantity));
  return price !== undefined && quantity !== undefined ? price * quantity : undefined;
}

function sumAmounts(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  // Product lines are money: keep the sum at whole cents, not binary fractions.
  return Math.round((a + b) * 100) / 100;
}
