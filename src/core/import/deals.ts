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
}

type Cells = (field: DealField) => string;

/** The readers of one export's repeated texts, each distinct text read once. */
interface Readers {
  detection: Detection;
  status: (cells: StatusCells) => DealStatus;
  currency: (text: string) => string | undefined;
  number: (text: string) => number | undefined;
}

/**
 * The deals of a deal export. Bitrix24 product rows (one row per product line of a deal, each with that
 * line's sum) become one deal whose amount is the sum of its rows; otherwise a deal id seen again is the
 * newer row of the same deal and replaces it.
 */
export function readDeals(table: Table, detection: Detection): Deal[] {
  const { columns } = detection;
  const productRows = columns.product !== undefined || columns.quantity !== undefined;
  const byId = new Map<string, Deal>();
  const readers: Readers = {
    detection,
    status: statusReader(),
    currency: memoized(currencyCode),
    number: memoized((text) => parseNumberText(text, detection.lang)),
  };
  for (const row of table.rows) {
    const cells: Cells = (f) => {
      const at = columns[f];
      return at === undefined ? '' : row[at].trim();
    };
    const deal = dealOf(cells, readers);
    const earlier = byId.get(deal.id);
    if (earlier && productRows) earlier.amount = sumAmounts(earlier.amount, deal.amount);
    else byId.set(deal.id, deal);
  }
  return [...byId.values()];
}

function dealOf(cells: Cells, readers: Readers): Deal {
  const { detection } = readers;
  const status = readers.status({
    status: cells('status'),
    stageGroup: cells('stageGroup'),
    stage: cells('stage'),
    closedFlag: cells('closedFlag'),
  });
  const created = parseDateTime(cells('created'))?.day;
  return {
    source: detection.source,
    id: cells('id') || `${cells('title')}|${cells('manager')}|${cells('created')}`,
    title: cells('title'),
    manager: cells('manager'),
    pipeline: cells('pipeline'),
    stage: cells('stage'),
    amount: amountOf(cells, readers.number),
    currency: readers.currency(cells('currency')),
    created,
    closed: closedDay(cells, status),
    modified: parseDateTime(cells('modified'))?.day,
    status,
  };
}

/** The close date: Pipedrive's won or lost time by the status, else the close-date column. */
function closedDay(cells: Cells, status: DealStatus): Day | undefined {
  const byStatus = status === 'won' ? cells('wonTime') : status === 'lost' ? cells('lostTime') : '';
  return parseDateTime(byStatus)?.day ?? parseDateTime(cells('closed'))?.day;
}

/** The amount cell, or price × quantity on a product row whose amount is blank. */
function amountOf(cells: Cells, number: Readers['number']): number | undefined {
  const text = cells('amount');
  if (text !== '') return number(text);
  const price = number(cells('price'));
  const quantity = number(cells('quantity'));
  return price !== undefined && quantity !== undefined ? price * quantity : undefined;
}

function sumAmounts(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  // Product lines are money: keep the sum at whole cents, not binary fractions.
  return Math.round((a + b) * 100) / 100;
}
