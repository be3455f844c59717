import { ymdOf } from '../dates';
import type { Call } from './calls';
import type { ImportFacts } from './deal-facts';
import type { LogRecord } from './log';
import { memoized } from './memo';
import { personResolver } from './people';
import type { ImportSettings } from './settings';
import { SkipList } from './skipped';

/**
 * Calls → facts: a call counts 1 for `calls` on its day when it was answered, lasted at least the
 * threshold and goes the counted way. The employee is found by name, or by extension through the people
 * mapping; an unknown one is skipped with no record (earlier counts stay).
 */
export function callFacts(calls: readonly Call[], settings: ImportSettings): ImportFacts {
  const resolve = personResolver(settings);
  const person = memoized((name) => resolve(name));
  const byExtension = memoized((extension) => resolve('', extension));
  const skipped = new SkipList();
  const records: LogRecord[] = [];
  for (const call of calls) {
    const member = person(call.manager) ?? byExtension(call.extension);
    if (member === undefined) {
      skipped.add('unknownPerson', call.manager);
      continue;
    }
    const versionKey = `${call.manager}|${call.direction}|${call.seconds}|${call.answered}`;
    const record: LogRecord = { source: call.source, itemId: call.id, versionKey, contributions: [] };
    records.push(record);
    const reason = callSkip(call, settings);
    if (reason) skipped.add(reason);
    else record.contributions.push({ member, day: call.time!.day, metric: 'calls', value: 1 });
  }
  return { records, skipped: skipped.groupsList() };
}

function callSkip(call: Call, settings: ImportSettings) {
  if (call.time === undefined) return 'noDate' as const;
  if (settings.year !== undefined && ymdOf(call.time.day).year !== settings.year)
    return 'outsideYear' as const;
  if (settings.callDirections !== 'both' && call.direction !== settings.callDirections)
    return 'otherDirection' as const;
  if (!call.answered) return 'unanswered' as const;
  if (call.seconds < settings.callSeconds) return 'shortCall' as const;
  return undefined;
}
