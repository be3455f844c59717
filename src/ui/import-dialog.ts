import { decodeBytes } from '../core/import/bytes';
import { type ParsedText, parseExportText } from '../core/import/table';
import { type DialogConfig, errorTextOf, fillTexts, textOf } from './texts';

/**
 * The Import dialog's page: the person picks or drops an export, the page reads it here in the browser
 * (encoding, delimiter or HTML table, rows) with the same core the server uses, and shows what it found.
 */
const config = JSON.parse(document.getElementById('spk-config')?.textContent ?? '{}') as DialogConfig;
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** A file's bytes (the browser reads them: no Drive access is needed). */
async function bytesOf(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

function formatName(parsed: ParsedText): string {
  if (parsed.format === 'html') return textOf(config, 'dlg.import.format.html');
  const names = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;
  return textOf(config, `dlg.import.format.${names[parsed.format]}`);
}

function showPreview(fileName: string, encoding: string, parsed: ParsedText): void {
  const rows: [string, string][] = [
    ['dlg.import.file', fileName],
    ['dlg.import.encoding', encoding === 'utf-8' ? 'UTF-8' : 'Windows-1251'],
    ['dlg.import.format', formatName(parsed)],
    ['dlg.import.rows', parsed.table.rows.length.toLocaleString(config.lang === 'ru' ? 'ru-RU' : 'en-US')],
    ['dlg.import.columns', parsed.table.header.join(', ')],
  ];
  const table = document.createElement('table');
  for (const [key, value] of rows) {
    const tr = table.insertRow();
    const th = document.createElement('th');
    th.textContent = textOf(config, key);
    tr.appendChild(th);
    tr.insertCell().textContent = value;
    tr.dataset.key = key;
  }
  const preview = byId('preview');
  preview.replaceChildren(table);
  preview.hidden = false;
}

function showError(text: string | null): void {
  const box = byId('error');
  box.textContent = text ?? '';
  box.hidden = text === null;
}

async function readFile(file: File): Promise<void> {
  showError(null);
  byId('preview').hidden = true;
  try {
    const decoded = decodeBytes(await bytesOf(file));
    showPreview(file.name, decoded.encoding, parseExportText(decoded.text));
  } catch (e) {
    showError(errorTextOf(config, e));
  }
}

function wireDrop(): void {
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
}

fillTexts(config, document);
document.documentElement.lang = config.lang;
wireDrop();
byId('close').addEventListener('click', () => google.script.host.close());
