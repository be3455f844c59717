import { memoized } from './memo';
import { normalizeText } from './values';

/**
 * Won, lost or open, from what an export says: a status column (Pipedrive), Bitrix24's stage group and
 * "deal closed" flag, and the standard won/lost stage names and ids of each CRM. Stages a team named
 * itself are the user's stage mapping's job (see rules).
 */
export type DealStatus = 'won' | 'lost' | 'open';

/** Values of a status or stage-group column, and the standard stage names and ids (add a spelling here). */
const WON: readonly string[] = [
  'won',
  'успешно реализовано',
  'сделка успешна',
  'успешные',
  'успешная',
  'успешно',
].concat(['выиграна', 'closed won', 'closedwon', 'closed - won', 'deal won', 'successful', 'success']);
const LOST: readonly string[] = [
  'lost',
  'закрыто и не реализовано',
  'сделка провалена',
  'провальные',
  'провалена',
]
  .concat(['проиграна', 'анализ причины провала', 'closed lost', 'closedlost', 'closed - lost', 'deal lost'])
  .concat(['failed', 'lose', 'apology']);
const OPEN = ['open', 'в работе', 'in progress', 'in work', 'открыта', 'open deal'];

/** What a status, stage-group or stage cell says on its own; undefined when it is not a known word. */
function statusWord(text: string): DealStatus | undefined {
  const key = normalizeText(text).replace(/^c\d+:/, '');
  if (key === '') return undefined;
  if (WON.includes(key)) return 'won';
  if (LOST.includes(key)) return 'lost';
  if (OPEN.includes(key)) return 'open';
  return undefined;
}

const NOT_CLOSED = ['нет', 'no', 'n', 'false'];

export interface StatusCells {
  status: string;
  stageGroup: string;
  stage: string;
  closedFlag: string;
}

/**
 * The status by the first cell that tells it: the status column, Bitrix24's stage group, the stage's
 * standard name. A Bitrix24 "deal closed: no" is open whatever the stage says. Otherwise open. Each
 * distinct cell text is read once per reader (an export repeats a few stages on every row).
 */
export function statusReader(): (cells: StatusCells) => DealStatus {
  const remembered = memoized(statusWord);
  // Most exports lack a status or stage-group column: a blank cell says nothing, without a lookup.
  const word = (text: string) => (text === '' ? undefined : remembered(text));
  const notClosed = memoized((flag) => NOT_CLOSED.includes(normalizeText(flag)));
  return (cells) => {
    if (cells.closedFlag !== '' && notClosed(cells.closedFlag)) return 'open';
    return word(cells.status) ?? word(cells.stageGroup) ?? word(cells.stage) ?? 'open';
  };
}

/** Whether a stage name is a standard won or lost stage (so it needs no mapping). */
export function isStandardClosedStage(stage: string): boolean {
  const s = statusWord(stage);
  return s === 'won' || s === 'lost';
}
