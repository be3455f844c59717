import { isoString } from '../../core/dates';
import type { LogRecord, MergedLog, SkippedGroup, SourceId } from '../../core/import';
import { SKIP_REASONS } from '../../core/import';
import { entry } from '../../core/import/memo';
import { formatNumber, type Lang, t } from '../../i18n';
import type { FactCell } from '../month-layout';
import type { Unknowns } from './import-tab-writes';
import type { FactsWritten } from './write-facts';

/** Everything one import did, as the result dialog reports it. */
export interface ImportOutcome {
  label: string;
  source: SourceId;
  rows: number;
  merged: Pick<MergedLog, 'added' | 'changed' | 'unchanged'>;
  /** This import's records (what each item counts for now). */
  records: readonly LogRecord[];
  skipped: readonly SkippedGroup[];
  unknowns: Unknowns;
  written: FactsWritten;
}

export interface ResultNames {
  person: (id: string) => string;
  metric: (id: string) => string;
  importTab: string;
  factsLog: string;
}

/** Lines shown of each long list; the rest are counted. */
const MAX_LINES = 15;

/** The result dialog: heading, what was counted per person and metric, skipped by reason, replaced values. */
export function resultText(o: ImportOutcome, lang: Lang, names: ResultNames): string {
  const heading = t('importSheet.heading', lang, {
    label: o.label,
    source: t(`import.source.${o.source}`, lang),
    rows: o.rows,
    ...o.merged,
  });
  const parts = [
    heading,
    counted(o.records, lang, names),
    skippedLines(o, lang, names),
    writtenLines(o.written, lang, names),
  ];
  return parts.filter((p) => p !== '').join('\n\n');
}

/** Per person, per metric: the sum, and for money how many deals made it. */
function counted(records: readonly LogRecord[], lang: Lang, names: ResultNames): string {
  const byPerson = new Map<string, Map<string, { sum: number; items: number }>>();
  for (const r of records) {
    const seen = new Set<string>();
    for (const c of r.contributions) {
      const metrics = entry(byPerson, c.member, () => new Map<string, { sum: number; items: number }>());
      const m = entry(metrics, c.metric, () => ({ sum: 0, items: 0 }));
      m.sum += c.value;
      if (!seen.has(c.metric)) m.items++;
      seen.add(c.metric);
    }
  }
  if (byPerson.size === 0) return t('importSheet.nothingCounted', lang);
  const lines = [...byPerson].map(([id, metrics]) => {
    const figures = [...metrics].map(([metric, m]) => {
      const sum = formatNumber(Math.round(m.sum * 100) / 100, lang, 2);
      const money = metric === 'revenue' || metric === 'receipts';
      const items = money ? ` (${t('importSheet.deals', lang, { count: m.items })})` : '';
      return `${names.metric(metric)} ${sum}${items}`;
    });
    return `• ${names.person(id)}: ${figures.join(', ')}`;
  });
  return [t('importSheet.imported', lang), ...lines].join('\n');
}

function skippedLines(o: ImportOutcome, lang: Lang, names: ResultNames): string {
  const groups = SKIP_REASONS.map((r) => o.skipped.find((g) => g.reason === r)).filter(
    (g): g is SkippedGroup => g !== undefined,
  );
  if (!groups.length) return '';
  const added = new Set([...o.unknowns.people, ...o.unknowns.stages.map((s) => s.stage)]);
  const lines = groups.map((g) => {
    const line = `• ${t('importSheet.skipLine', lang, { reason: t(`import.skip.${g.reason}`, lang), count: g.count })}`;
    const shown = g.names.filter((n) => n.name.trim() !== '').slice(0, MAX_LINES);
    if (!shown.length) return line;
    const list = shown.map((n) => `${n.name} (${n.count})`).join(', ');
    const more =
      g.names.length > shown.length
        ? ` ${t('importSheet.more', lang, { count: g.names.length - shown.length })}`
        : '';
    const mapping = g.reason === 'unknownPerson' || g.reason === 'unknownStage';
    const fresh = shown.some((n) => added.has(n.name));
    const hint = !mapping
      ? ''
      : `; ${t(fresh ? 'importSheet.addedToTab' : 'importSheet.stillUnmapped', lang, { tab: names.importTab })}`;
    return `${line}: ${list}${more}${hint}`;
  });
  return [t('importSheet.skipped', lang), ...lines].join('\n');
}

function writtenLines(w: FactsWritten, lang: Lang, names: ResultNames): string {
  const out: string[] = [];
  out.push(
    w.cells
      ? t('importSheet.written', lang, { count: w.cells, tabs: w.tabs.join(', ') })
      : t('importSheet.nothingWritten', lang),
  );
  for (const month of w.noTab) out.push(t('importSheet.noMonthTab', lang, { month }));
  if (w.replaced.length) {
    out.push(t('importSheet.replaced', lang, { log: names.factsLog }));
    for (const r of w.replaced.slice(0, MAX_LINES)) {
      const { id, metric, day, cell } = r.fact;
      out.push(
        `• ${t('importSheet.replacedLine', lang, {
          tab: r.tab,
          name: names.person(id),
          metric: names.metric(metric),
          date: isoString(day),
          was: shown(cell, lang),
          now: formatNumber(r.now, lang, 2),
        })}`,
      );
    }
    if (w.replaced.length > MAX_LINES)
      out.push(t('importSheet.more', lang, { count: w.replaced.length - MAX_LINES }));
  }
  if (w.noRow.length) {
    out.push(t('importSheet.noRow', lang));
    out.push(`• ${w.noRow.map((n) => `${names.person(n.id)} — ${names.metric(n.metric)}`).join('; ')}`);
  }
  return out.join('\n');
}

function shown(cell: FactCell, lang: Lang): string {
  if (cell.kind === 'number') return formatNumber(cell.value, lang, 2);
  if (cell.kind === 'formula') return cell.formula;
  return lang === 'ru' ? `«${cell.text}»` : `"${cell.text}"`;
}
