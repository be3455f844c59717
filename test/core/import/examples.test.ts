import fs from 'node:fs';
import path from 'node:path';
import { dayOf } from '../../../src/core/dates';
import { importExport, mergeLog, totalsOf } from '../../../src/core/import';
import { settingsWith } from './helpers';

/**
 * The example exports the demo imports, as pulled on the morning of 20 November 2026 (nothing later than the
 * 19th): each reads cleanly with the example team. The numbers were counted by hand from the files.
 */
const EXAMPLES = path.resolve(__dirname, '../../../local/examples');
const load = (name: string) => new Uint8Array(fs.readFileSync(path.join(EXAMPLES, name)));
const NOV_19 = dayOf(2026, 11, 19);
/** The latest of some days (an export pulled on the 20th holds nothing later than the 19th). */
const latest = (days: readonly (number | undefined)[]) =>
  Math.max(...days.filter((d): d is number => d !== undefined));
const sum = (metric: string, totals: ReturnType<typeof totalsOf>) =>
  totals.filter((t) => t.metric === metric).reduce((s, t) => s + t.value, 0);

describe('local/examples', () => {
  it('amoCRM (windows-1251, ";"): 40 deals, everyone known, won deals counted once on re-import', () => {
    const imported = importExport(load('amocrm-deals-november-2026.csv'), settingsWith({}));
    expect([imported.encoding, imported.format, imported.detection.source]).toEqual([
      'windows-1251',
      ';',
      'amocrm',
    ]);
    expect(imported.deals).toHaveLength(40);
    expect(imported.deals.map((d) => d.status).filter((s) => s === 'won')).toHaveLength(9);
    expect(imported.facts.skipped.map((g) => g.reason)).not.toContain('unknownPerson');
    const first = imported.deals[0];
    expect([first.id, first.amount, first.manager, first.status]).toEqual([
      '31500000',
      150000,
      'Анна Смирнова',
      'open',
    ]);
    const won = imported.deals.filter((d) => d.status === 'won');
    const log = mergeLog(mergeLog([], imported.facts.records).log, imported.facts.records).log;
    expect(sum('deals', totalsOf(log))).toBe(won.length);
    expect(sum('revenue', totalsOf(log))).toBe(won.reduce((s, d) => s + (d.amount ?? 0), 0));
    expect(sum('revenue', totalsOf(log))).toBe(508_000);
    expect(sum('leads', totalsOf(log))).toBe(40);
    expect(latest(imported.deals.flatMap((d) => [d.created, d.closed, d.modified]))).toBe(NOV_19);
  });

  it('Bitrix24 HTML .xls: 26 deals, 10 won in roubles, one in dollars skipped', () => {
    const imported = importExport(load('bitrix24-deals-november-2026.xls'), settingsWith({}));
    expect([imported.format, imported.detection.source, imported.deals.length]).toEqual([
      'html',
      'bitrix24',
      26,
    ]);
    expect(sum('revenue', totalsOf(imported.facts.records))).toBe(663_000);
    expect(sum('deals', totalsOf(imported.facts.records))).toBe(10);
    // Its "closed" column is the expected close date: only a closed deal's is a day past.
    const closed = imported.deals.filter((d) => d.status !== 'open');
    expect(latest([...imported.deals.map((d) => d.created), ...closed.map((d) => d.closed)])).toBe(NOV_19);
    const reasons = Object.fromEntries(imported.facts.skipped.map((g) => [g.reason, g.names]));
    expect(reasons.otherCurrency).toEqual([{ name: 'USD', count: 1 }]);
    expect(reasons.unknownPerson).toBeUndefined();
  });

  it('call log: every row a call; calls by extension map through the people mapping', () => {
    const people = [101, 102, 103, 104, 105].map((ext, i) => ({ crm: String(ext), member: `m${i + 1}` }));
    const imported = importExport(load('calls-november-2026.csv'), settingsWith({ people }));
    expect([imported.detection.source, imported.calls.length]).toEqual(['calls', 566]);
    const counted = imported.calls.filter((c) => c.answered && c.seconds >= 30).length;
    expect(counted).toBe(308);
    expect(latest(imported.calls.map((c) => c.time?.day))).toBe(NOV_19);
    expect(sum('calls', totalsOf(imported.facts.records))).toBe(counted);
    expect(imported.facts.skipped.map((g) => g.reason).sort()).toEqual(['shortCall', 'unanswered']);
  });
});
