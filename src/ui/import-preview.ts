import type { ImportedExport, Table } from '../core/import';
import { formatDay, formatNumber } from '../i18n/format';
import type { ImportDialogConfig } from './protocol';
import { textOf } from './texts';

/** One line of the preview: what it is (a text key) and what was found. */
export interface PreviewLine {
  key: string;
  value: string;
}

const number = (n: number, lang: 'ru' | 'en'): string => formatNumber(n, lang, 2);

/** The days the counted facts fall on, first to last; '' when nothing counts. */
function period(found: Omit<ImportedExport, 'encoding' | 'format'>, lang: 'ru' | 'en'): string {
  let from = Infinity;
  let to = -Infinity;
  for (const r of found.facts.records)
    for (const c of r.contributions) {
      if (c.day < from) from = c.day;
      if (c.day > to) to = c.day;
    }
  return from === Infinity ? '' : `${formatDay(from, lang)} — ${formatDay(to, lang)}`;
}

/** Per metric, the sum of what the export counts, in the order of the metrics the settings name. */
function counted(config: ImportDialogConfig, found: Omit<ImportedExport, 'encoding' | 'format'>): string {
  const sums = new Map<string, number>();
  for (const r of found.facts.records)
    for (const c of r.contributions) sums.set(c.metric, (sums.get(c.metric) ?? 0) + c.value);
  const order = Object.keys(config.metrics);
  const rank = (m: string) => (order.includes(m) ? order.indexOf(m) : order.length);
  return [...sums]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(
      ([metric, sum]) =>
        `${config.metrics[metric] ?? metric}: ${number(Math.round(sum * 100) / 100, config.lang)}`,
    )
    .join('; ');
}

/** Team members the export names, by their names in the Team tab. */
function people(config: ImportDialogConfig, found: Omit<ImportedExport, 'encoding' | 'format'>): string {
  const ids = new Set<string>();
  for (const r of found.facts.records) for (const c of r.contributions) ids.add(c.member);
  return config.settings.team
    .filter((m) => ids.has(m.id))
    .map((m) => m.name)
    .join(', ');
}

/** What was not counted, by reason, with the names found (unknown people and stages to map). */
function skipped(config: ImportDialogConfig, found: Omit<ImportedExport, 'encoding' | 'format'>): string {
  return found.facts.skipped
    .map((g) => {
      const names = g.names.slice(0, 5).map((n) => n.name);
      const more = g.names.length > names.length ? ', …' : '';
      const list = names.length ? ` (${names.join(', ')}${more})` : '';
      return `${textOf(config, `import.skip.${g.reason}`)}: ${number(g.count, config.lang)}${list}`;
    })
    .join('\n');
}

/** The preview of a read export: the file, how it was read, what it counts and what it skips. */
export function previewLines(
  config: ImportDialogConfig,
  file: { name: string; encoding: string; format: string },
  table: Table,
  found: Omit<ImportedExport, 'encoding' | 'format'>,
): PreviewLine[] {
  const lines: PreviewLine[] = [
    { key: 'dlg.import.file', value: file.name },
    { key: 'dlg.import.source', value: textOf(config, `import.source.${found.detection.source}`) },
    { key: 'dlg.import.encoding', value: file.encoding },
    { key: 'dlg.import.format', value: file.format },
    { key: 'dlg.import.rows', value: number(table.rows.length, config.lang) },
    { key: 'dlg.import.period', value: period(found, config.lang) },
    { key: 'dlg.import.people', value: people(config, found) },
    { key: 'dlg.import.counted', value: counted(config, found) },
    { key: 'dlg.import.skipped', value: skipped(config, found) },
  ];
  return lines.filter((l) => l.value !== '');
}
