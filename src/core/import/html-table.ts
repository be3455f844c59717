/**
 * An HTML table → rows of cell text, by a small tolerant tokenizer (no DOMParser: the local runner is Node).
 * Made for Bitrix24's "Excel" export, an HTML `<table>` saved as .xls: `<tr>` rows of `<td>`/`<th>` cells,
 * unclosed cells and rows tolerated, `<br>` a newline inside a cell, other tags ignored, `<script>`/`<style>`
 * skipped, entities decoded, runs of whitespace collapsed as a browser shows them.
 */

/** Whether the text is an HTML document or table rather than delimited text: it starts with a tag. */
export function looksLikeHtmlTable(text: string): boolean {
  return /^\s*<(?:!doctype|html|head|meta|body|table|tr|\?xml|!--)[\s>/]/i.test(text.slice(0, 1024));
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  laquo: '«',
  raquo: '»',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  euro: '€',
  rub: '₽',
  numero: '№',
  shy: '',
};

/** `&amp;`, `&nbsp;` (a plain space: names and numbers read the same), `&#39;`, `&#x20BD;` → their text. */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    if (cp === 160) return ' ';
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : whole;
  });
}

interface Builder {
  rows: string[][];
  row: string[] | null;
  cell: string[] | null;
}

/** Every `<tr>` of the document as a row of its cells' text; stops after `maxRows` rows. */
export function parseHtmlTable(html: string, maxRows = Infinity): string[][] {
  const b: Builder = { rows: [], row: null, cell: null };
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|<!--[\s\S]*?-->/g;
  let last = 0;
  for (let m = tag.exec(html); m !== null && b.rows.length < maxRows; m = tag.exec(html)) {
    if (b.cell) b.cell.push(sourceText(html.slice(last, m.index)));
    last = tag.lastIndex;
    const name = (m[2] ?? '').toLowerCase();
    if (name === 'script' || name === 'style') {
      if (m[1] === '') last = skipTo(html, tag, `</${name}`);
      continue;
    }
    onTag(b, name, m[1] === '/');
  }
  if (b.rows.length < maxRows) {
    if (b.cell) b.cell.push(sourceText(html.slice(last)));
    endRow(b);
  }
  return b.rows;
}

/** Moves the tag scanner past the closing tag `close` (`</style`); returns where text resumes. */
function skipTo(html: string, tag: RegExp, close: string): number {
  const at = html.toLowerCase().indexOf(close, tag.lastIndex);
  const end = at < 0 ? html.length : html.indexOf('>', at) + 1 || html.length;
  tag.lastIndex = end;
  return end;
}

function onTag(b: Builder, name: string, closing: boolean): void {
  if (name === 'tr') {
    endRow(b);
    if (!closing) b.row = [];
  } else if (name === 'td' || name === 'th') {
    endCell(b);
    if (!closing) {
      if (!b.row) b.row = [];
      b.cell = [];
    }
  } else if (name === 'br' && b.cell) b.cell.push('\n');
  else if ((name === 'table' || name === 'tbody' || name === 'thead') && closing) endRow(b);
  else if ((name === 'p' || name === 'div') && b.cell && closing) b.cell.push('\n');
}

function endCell(b: Builder): void {
  if (!b.cell || !b.row) return;
  b.row.push(cellText(b.cell.join('')));
  b.cell = null;
}

function endRow(b: Builder): void {
  endCell(b);
  if (b.row && b.row.length > 0) b.rows.push(b.row);
  b.row = null;
}

/** Source whitespace, newlines included, shows as one space; only `<br>` and block ends break a line. */
function sourceText(raw: string): string {
  return raw.replace(/\s+/g, ' ');
}

/** A cell's text: entities decoded, spaces around line breaks and at the ends trimmed. */
function cellText(raw: string): string {
  return decodeEntities(raw)
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .trim();
}
