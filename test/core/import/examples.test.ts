import fs from 'node:fs';
import path from 'node:path';
import { importExport, mergeLog, totalsOf } from '../../../src/core/import';
import { settingsWith } from './helpers';

/** The example exports the demo imports: each reads cleanly with the example team. */
const EXAMPLES = path.resolve(__dirname, '../../../local/examples');
const load = (name: string) => new Uint8Array(fs.readFileSync(path.join(EXAMPLES, name)));
const sum = (metric: string, totals: ReturnType<typeof totalsOf>) =>
  totals.filter((t) => t.metric === metric).reduce((s, t) => s + t.value, 0);

describe('local/examples', () => {
  it('amoCRM (windows-1251, ";"): 48 deals, everyone known, won deals counted once on re-import', () => {
    const imported = importExport(load('amocrm-deals-november-2026.csv'), settingsWith({}));
    expect([imported.encoding, imported.format, imported.detection.source]).toEqual([
      'windows-1251',
      ';',
      'amocrm',
    ]);
    expect(imported.deals).toHaveLength(48);
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
    expect(sum('leads', totalsOf(log))).toBe(48);
  });

  it('Bitrix24 HTML .xls: 36 deals, one in dollars skipped', () => {
    const imported = importExport(load('bitrix24-deals-november-2026.xls'), settingsWith({}));
    expect([imported.format, imported.detection.source, imported.deals.length]).toEqual([
      'html',
      'bitrix24',
      36,
    ]);
    const reasons = Object.fromEntries(imported.facts.skipped.map((g) => [g.reason, g.names]));
    expect(reasons.otherCurrency).toEqual([{ name: 'USD', count: 1 }]);
    expect(reasons.unknownPerson).toBeUndefined();
  });

  it('call log: every row a call; calls by extension map through the people mapping', () => {
    const people = [101, 102, 103, 104, 105].map((ext, i) => ({ crm: String(ext), member: `m${i + 1}` }));
    const imported = importExport(load('calls-november-2026.csv'), settingsWith({ people }));
    expect([imported.detection.source, imported.calls.length]).toEqual(['calls', 885]);
    const counted = imported.calls.filter((c) => c.answered && c.seconds >= 30).length;
    expect(sum('calls', totalsOf(imported.facts.records))).toBe(counted);
    expect(imported.facts.skipped.map((g) => g.reason).sort()).toEqual(['shortCall', 'unanswered']);
  });
});
