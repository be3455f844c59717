import { decodeBytes, type ImportedExport, importTable, parseExportText, type Table } from '../core/import';
import { fillTexts } from './dom';
import { partsOf, stagedColumns } from './import-parts';
import { previewLines } from './import-preview';
import { sendImport } from './import-send';
import type { ImportDialogConfig } from './protocol';
import { errorTextOf, textOf } from './texts';

/**
 * The Import dialog's page: the person picks or drops an export; the page reads it here in the browser with
 * the same core the server uses (encoding, delimiter or HTML table, source, people, what counts) and shows
 * it; Import sends the columns that count to the server, which imports them as from a tab.
 */
const config = JSON.parse(document.getElementById('spk-config')?.textContent ?? '{}') as ImportDialogConfig;
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

interface ReadExport {
  name: string;
  table: Table;
  found: Omit<ImportedExport, 'encoding' | 'format'>;
}
let current: ReadExport | null = null;

function formatName(format: string): string {
  const names: Record<string, string> = { html: 'html', ',': 'comma', ';': 'semicolon', '\t': 'tab' };
  return textOf(config, `dlg.import.format.${names[format]}`);
}

function showLines(lines: { key: string; value: string }[]): void {
  const table = document.createElement('table');
  for (const { key, value } of lines) {
    const tr = table.insertRow();
    tr.dataset.key = key;
    const th = document.createElement('th');
    th.textContent = textOf(config, key);
    tr.appendChild(th);
    tr.insertCell().textContent = value;
  }
  byId('preview').replaceChildren(table);
  byId('preview').hidden = false;
}

function show(state: { error?: string; result?: string; busy?: boolean }): void {
  byId('error').textContent = state.error ?? '';
  byId('error').hidden = state.error === undefined;
  byId('result').textContent = state.result ?? '';
  byId('result').hidden = state.result === undefined;
  byId<HTMLButtonElement>('import').disabled =
    current === null || state.busy === true || state.result !== undefined;
}

async function readFile(file: File): Promise<void> {
  current = null;
  byId('preview').hidden = true;
  show({});
  try {
    const decoded = decodeBytes(new Uint8Array(await file.arrayBuffer()));
    const parsed = parseExportText(decoded.text);
    const found = importTable(parsed.table, config.settings, config.mapping);
    const encoding = decoded.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1251';
    showLines(
      previewLines(
        config,
        { name: file.name, encoding, format: formatName(parsed.format) },
        parsed.table,
        found,
      ),
    );
    current = { name: file.name, table: parsed.table, found };
    show({});
  } catch (e) {
    show({ error: errorTextOf(config, e) });
  }
}

async function importCurrent(): Promise<void> {
  if (!current) return;
  const staged = stagedColumns(current.table, current.found.detection);
  const parts = partsOf(current.name, staged.table, staged.idColumn);
  show({ busy: true, result: textOf(config, 'dlg.import.sending', { done: 0, parts: parts.length }) });
  try {
    const answer = await sendImport(parts, (n) =>
      show({ busy: true, result: textOf(config, 'dlg.import.sending', { done: n, parts: parts.length }) }),
    );
    show(answer.ok ? { result: answer.text } : { error: answer.text });
  } catch (e) {
    show({ error: errorTextOf(config, e) });
  }
}

function wire(): void {
  const drop = byId('drop');
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const file = e.dataTransfer?.files[0];
    if (file) void readFile(file);
  });
  byId<HTMLInputElement>('file').addEventListener('change', (e) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file) void readFile(file);
  });
  byId('import').addEventListener('click', () => void importCurrent());
  byId('close').addEventListener('click', () => google.script.host.close());
}

fillTexts(config, document);
document.documentElement.lang = config.lang;
wire();
show({});
