import { DomainError, msgRef } from '../errors';
import {
  CALL_ONLY_FIELDS,
  type ImportField,
  type ImportKind,
  SOURCES,
  type SourceId,
  type SourceSpec,
} from './aliases';

/** A column mapping typed by hand: field → the header it is in. It overrides what detection found. */
export type ColumnMapping = Partial<Record<ImportField, string>>;

export interface Detection {
  source: SourceId;
  kind: ImportKind;
  /** Column index of each field found. */
  columns: Partial<Record<ImportField, number>>;
  /** The interface language of the headers (how to read "1,234"): Cyrillic headers → 'ru'. */
  lang: 'ru' | 'en';
}

/**
 * A header as compared: lower case, `ё` = `е`, no currency marks, no unit suffix (`, ₽`, `, сек`, `(руб.)`),
 * inner whitespace collapsed, ends trimmed. `(дата)` is no unit: «Оплачено (дата)» is not «Оплачено».
 */
export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*\((?!дата\)|date\))[^()\s]{1,6}\)$/, '')
    .replace(/\s*,\s*[^\s,]{1,6}$/, '')
    .replace(/[₽$€₸]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The source and columns of a header row: the source whose signature is present and whose aliases name the
 * most columns (ties to the earlier source in SOURCES); then the manual mapping on top. Refuses a header
 * row that is no known export and has no mapping, and one missing the columns its kind needs.
 */
export function detectSource(header: readonly string[], mapping: ColumnMapping = {}): Detection {
  const index = headerIndex(header);
  let best: { spec: SourceSpec; columns: Partial<Record<ImportField, number>>; score: number } | undefined;
  for (const spec of SOURCES) {
    if (!spec.signature.some((h) => index.has(normalizeHeader(h)))) continue;
    const columns = columnsOf(spec, index);
    const score = Object.keys(columns).length;
    if (!best || score > best.score) best = { spec, columns, score };
  }
  const mapped = mappedColumns(mapping, index);
  if (!best && Object.keys(mapped).length === 0)
    throw new DomainError('import.notExport', { headers: header.slice(0, 6).join(', ') });
  const kind = best?.spec.kind ?? (Object.keys(mapped).some(isCallField) ? 'calls' : 'deals');
  const detection: Detection = {
    source: best?.spec.id ?? 'manual',
    kind,
    columns: withMapping(best?.columns ?? {}, mapped),
    lang: header.some((h) => /[а-яё]/i.test(h)) ? 'ru' : 'en',
  };
  requireColumns(detection);
  return detection;
}

type Columns = Partial<Record<ImportField, number>>;

/** Detected columns with the mapping on top: a column the user gave a field is no other field's. */
function withMapping(detected: Columns, mapped: Columns): Columns {
  const taken = new Set(Object.values(mapped));
  const out: Columns = {};
  for (const [field, at] of Object.entries(detected) as [ImportField, number][])
    if (!taken.has(at)) out[field] = at;
  return { ...out, ...mapped };
}

function isCallField(field: string): boolean {
  return (CALL_ONLY_FIELDS as readonly string[]).includes(field);
}

/** Normalized header → its first column. */
function headerIndex(header: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    const key = normalizeHeader(h);
    if (key !== '' && !index.has(key)) index.set(key, i);
  });
  return index;
}

function columnsOf(spec: SourceSpec, index: Map<string, number>): Partial<Record<ImportField, number>> {
  const columns: Partial<Record<ImportField, number>> = {};
  const taken = new Set<number>();
  for (const [field, aliases] of Object.entries(spec.fields) as [ImportField, readonly string[]][]) {
    for (const alias of aliases) {
      const at = index.get(normalizeHeader(alias));
      if (at === undefined || taken.has(at)) continue;
      columns[field] = at;
      taken.add(at);
      break;
    }
  }
  return columns;
}

function mappedColumns(
  mapping: ColumnMapping,
  index: Map<string, number>,
): Partial<Record<ImportField, number>> {
  const columns: Partial<Record<ImportField, number>> = {};
  for (const [field, header] of Object.entries(mapping) as [ImportField, string | undefined][]) {
    if (header === undefined || header.trim() === '') continue;
    const at = index.get(normalizeHeader(header));
    if (at === undefined)
      throw new DomainError(
        'import.mappedHeaderMissing',
        { field: msgRef(`importField.${field}`), header },
        `mapping.${field}`,
      );
    columns[field] = at;
  }
  return columns;
}

/** The columns without which nothing can be counted: a person and a date (the message names their headers). */
function requireColumns(d: Detection): void {
  const c = d.columns;
  const person: ImportField[] = d.kind === 'deals' ? ['manager'] : ['manager', 'extension'];
  const date: ImportField[] = d.kind === 'deals' ? ['created', 'closed', 'wonTime'] : ['time', 'date'];
  for (const [fields, code] of [
    [person, 'import.noPersonColumn'],
    [date, 'import.noDateColumn'],
  ] as const) {
    if (fields.some((f) => c[f] !== undefined)) continue;
    const params = { source: msgRef(`import.source.${d.source}`), expected: expectedHeaders(d, fields) };
    throw new DomainError(code, params);
  }
}

/** The headers that would have given one of `fields`: the first two aliases of each, quoted. */
function expectedHeaders(d: Detection, fields: readonly ImportField[]): string {
  const spec = SOURCES.find((s) => s.id === d.source) ?? SOURCES.find((s) => s.kind === d.kind)!;
  const names = fields.flatMap((f) => (spec.fields[f] ?? []).slice(0, 2));
  return names.map((n) => `«${n}»`).join(', ');
}
