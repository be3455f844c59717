import fc from 'fast-check';
import type { Addon } from '../../local/addon';
import type { Sheet } from '../../local/spreadsheet';
import { Grid, rect } from '../../src/sheets/grid';
import { fitWidths, headerFit, longestWordPx, shownText, textPx } from '../../src/sheets/widths';
import { everyTabWorkbook, exampleWorkbook } from '../helpers/workbook';

/**
 * Issue 16, item 2 (Acceptance): every generated and settings tab, in both languages, through the bundle
 * (SPK_CODE or dist/Code.js): no visible header is wider than its column by the local runner's estimate
 * (widths.ts: 8 px a bold character and the padding; a wrapped header by its longest word), and no visible cell shows a
 * message key or a marker (`kind.salary`, `spk:…`, `bonus.col.x`).
 */

const cases: [string, 'ru' | 'en'][] = [
  ['ru_RU', 'ru'],
  ['en_US', 'en'],
];

const workbook = everyTabWorkbook;

/** The visible cells of a visible tab: [row, col] 1-based, outside hidden rows and columns. */
function visibleCells(sheet: Sheet): [number, number][] {
  const out: [number, number][] = [];
  const last = sheet.getDataRange();
  for (let r = 1; r <= last.getNumRows(); r++) {
    if (sheet.isRowHiddenByUser(r)) continue;
    for (let c = 1; c <= last.getNumColumns(); c++) if (!sheet.isColumnHiddenByUser(c)) out.push([r, c]);
  }
  return out;
}

/** Header cells: bold on a coloured background (the header look, recoloured on forecast or weekend columns). */
function headerCells(sheet: Sheet): boolean[][] {
  const all = sheet.getDataRange();
  const weights = all.getFontWeights();
  return all
    .getBackgrounds()
    .map((row, r) => row.map((bg, c) => weights[r][c] === 'bold' && !!bg && bg !== '#ffffff'));
}

/**
 * "Tab!R1C2 'text' 140 px in 100" for each visible header wider than the room it has: its column (a merge's
 * columns), and for a text the empty cells to its right, which Sheets lets it run on over. Headers are texts
 * and dates (the month tab's day headers); a figure in a coloured cell is content.
 */
function cutHeaders(sheet: Sheet): string[] {
  const cut: string[] = [];
  const all = sheet.getDataRange();
  const values = all.getValues();
  const texts = all.getDisplayValues();
  const formats = all.getNumberFormats();
  const header = headerCells(sheet);
  for (const [r, c] of visibleCells(sheet)) {
    const [value, text] = [values[r - 1][c - 1], texts[r - 1][c - 1]];
    if (text === '' || !header[r - 1][c - 1]) continue;
    if (typeof value === 'number' && !/d/.test(formats[r - 1][c - 1])) continue;
    const range = sheet.getRange(r, c);
    const merge = range.getMergedRanges()[0];
    const from = merge ? merge.getColumn() : c;
    let to = merge ? from + merge.getNumColumns() - 1 : c;
    if (typeof value === 'string' && !range.getWrap())
      while (to < values[0].length && values[r - 1][to] === '') to++;
    let width = 0;
    for (let k = from; k <= to; k++) width += sheet.getColumnWidth(k);
    // headers are bold: measured as widths.ts sizes them
    const need = range.getWrap() ? longestWordPx(text, 'bold') : textPx(text, 'bold');
    if (need > width) cut.push(`${sheet.getName()}!R${r}C${c} '${text}' ${need} px in ${width}`);
  }
  return cut;
}

/**
 * "Tab!R5C14 "1 900 035 ₽нет"" for each visible figure followed by a text in the next visible column with
 * nothing between them: no space in either text, the figure not centered or left-aligned, the text not
 * centered or right-aligned. Outside tables only, unless `tables`: a column under a header is a table's,
 * and a header row's cells are compared with each other (a year «2025» beside «История»).
 */
function gluedCells(sheet: Sheet, tables: boolean): string[] {
  const glued: string[] = [];
  const all = sheet.getDataRange();
  const values = all.getValues();
  const shown = all.getDisplayValues();
  const aligns = all.getHorizontalAlignments();
  const header = headerCells(sheet);
  const underHeader = (r: number, c: number) => header.slice(0, r).some((row) => row[c - 1] || row[c]);
  for (const [r, c] of visibleCells(sheet)) {
    if (!tables && (header[r - 1][c - 1] || underHeader(r - 1, c))) continue;
    let d = c + 1;
    while (d <= values[0].length && sheet.isColumnHiddenByUser(d)) d++;
    if (header[r - 1][c - 1] !== !!header[r - 1][d - 1]) continue;
    const [value, next] = [values[r - 1][c - 1], values[r - 1][d - 1]];
    if (typeof value !== 'number' || typeof next !== 'string' || next === '' || shown[r - 1][c - 1] === '')
      continue;
    if (/\s$/.test(shown[r - 1][c - 1]) || /^\s/.test(next)) continue;
    if (
      ['center', 'left'].includes(aligns[r - 1][c - 1]) ||
      ['center', 'right'].includes(aligns[r - 1][d - 1])
    )
      continue;
    glued.push(`${sheet.getName()}!R${r}C${c} "${shown[r - 1][c - 1]}${next}"`);
  }
  return glued;
}

/** A message key or marker: dotted lower-case words (`kind.salary`, `bonus.col.x`; not `e.g.`) or `spk:`. */
const KEY = /(^|[\s(«"])([a-z]{2,}(\.[a-z][A-Za-z0-9]*)+|spk:\S*)($|[\s)»",.:;])/;

describe.each(cases)('%s', (locale) => {
  let a: Addon;
  beforeAll(() => {
    a = workbook(locale);
  });

  test('the workbook has every tab the actions write', () => {
    expect(a.ss.ui.dialogs.filter((d) => d.kind === 'alert')).toEqual([]);
    const names = a.ss
      .sheetList()
      .filter((s) => !s.isSheetHidden())
      .map((s) => s.getName());
    // 7 settings tabs, Plan 2026, the month, Today, Week, 3 leaderboards, Bonus, Report
    expect(names.filter((n) => /^(Неделя|Week) /.test(n)).length).toBe(1);
    expect(names.length).toBeGreaterThanOrEqual(16);
  });

  test('no visible header is wider than its column', () => {
    const cut = a.ss
      .sheetList()
      .filter((s) => !s.isSheetHidden())
      .flatMap(cutHeaders);
    expect(cut).toEqual([]);
  });

  test('no label glued to a number outside a table: a number followed by a text cell keeps a space between them', () => {
    const sheets = a.ss.sheetList().filter((s) => !s.isSheetHidden());
    expect(sheets.flatMap((s) => gluedCells(s, false))).toEqual([]);
  });

  test('nor inside the tables of the generated tabs, the Team tab and the Plan tab (aligned apart)', () => {
    const tabs =
      /^(Неделя |Week |Конкурс |Contest |Сегодня$|Today$|План|Plan|\d{4}-\d{2}$|Премии |Bonus |Отчёт |Report |Команда$|Team$)/;
    const sheets = a.ss.sheetList().filter((s) => !s.isSheetHidden() && tabs.test(s.getName()));
    expect(sheets.length).toBeGreaterThanOrEqual(11);
    expect(sheets.flatMap((s) => gluedCells(s, true))).toEqual([]);
  });

  test("label lines size no column: the Report's first column and the Bonus tab's name column fit names", () => {
    const tab = (name: RegExp) => a.ss.sheetList().find((s) => name.test(s.getName()))!;
    // were 283 / 318 px (the forecast's label) and 220 / 206 px (the summary's labels)
    expect(tab(/^(Отчёт|Report) /).getColumnWidth(1)).toBe(180);
    expect(tab(/^(Премии|Bonus) /).getColumnWidth(2)).toBe(180);
  });

  test('no visible cell shows a message key or a marker', () => {
    const keys: string[] = [];
    for (const sheet of a.ss.sheetList().filter((s) => !s.isSheetHidden())) {
      const values = sheet.getDataRange().getDisplayValues();
      for (const [r, c] of visibleCells(sheet)) {
        const text = values[r - 1][c - 1];
        if (KEY.test(text)) keys.push(`${sheet.getName()}!R${r}C${c} ${text.slice(0, 60)}`);
      }
    }
    expect(keys).toEqual([]);
  });
});

describe('Plan 2026: the managers laid out wide', () => {
  /** The managers' table of the example (5 managers, two starting in September and October) as shown. */
  function managersTable(a: Addon, title: string): string[][] {
    const shown = a.ss.getSheetByName('План 2026')!.getDataRange().getDisplayValues();
    const start = shown.findIndex((r) => r[0] === title) + 1;
    let end = start + 1;
    while (end < shown.length && shown[end].some((x) => x !== '')) end++;
    return shown.slice(start, end);
  }

  test('a row per manager and metric, a column per month; no empty row; no ramp-up before the start', () => {
    const a = exampleWorkbook(undefined, 'ru_RU');
    const [head, ...rows] = managersTable(a, 'Менеджеры по месяцам');
    expect(head.slice(0, 3)).toEqual(['Сотрудник', 'Показатель', 'Январь']);
    expect(head[14]).toBe('Итого');
    // 5 managers × (working days + 6 metrics) + a ramp-up row for each of the 2 newcomers (was 12 × 5 = 60)
    expect(rows.length).toBe(37);
    const months = (r: string[]) => r.slice(2, 14);
    expect(rows.filter((r) => months(r).every((x) => x === '' || /^0( ₽)?$/.test(x)))).toEqual([]);
    const oleg = rows.findIndex((r) => r[0] === 'Олег Соколов');
    expect(months(rows[oleg]).slice(0, 8)).toEqual(Array(8).fill(''));
    expect(rows[oleg + 1][1]).toBe('Разгон');
    expect(months(rows[oleg + 1]).slice(0, 8)).toEqual(Array(8).fill(''));
    expect(months(rows[oleg + 1]).slice(8)).toEqual(['25,0%', '50,0%', '75,0%', '']);
    expect(months(rows[oleg + 2]).slice(0, 8)).toEqual(Array(8).fill(''));
    expect(rows.filter((r) => r[1] === 'Разгон').length).toBe(2);
  });
});

test('widths and wraps: as many calls for 30 managers as for 5 (the Plan tab has a column per manager)', () => {
  const calls = (team: number) => {
    const a = exampleWorkbook(team);
    a.ss.counter.reset();
    a.call('menuDecompose');
    a.ss.ui.answer({ button: 'OK', text: '2026-11' });
    a.call('menuCreateMonth');
    a.call('menuToday');
    const by = a.ss.counter.byMethod();
    return Object.fromEntries(Object.entries(by).filter(([k]) => /setColumnWidths|setWrap/.test(k)));
  };
  const five = calls(5);
  expect(five['Sheet.setColumnWidths']).toBeGreaterThan(10);
  expect(calls(30)).toEqual(five);
});

describe('widths.ts', () => {
  test('a short header widens its column to one line; a long one wraps at its longest word', () => {
    expect(headerFit('Выручка', 100)).toEqual({ width: 100, wrap: false });
    expect(headerFit('Конв./чек, план', 100)).toEqual({ width: 130, wrap: false }); // 15 bold characters
    const long = headerFit('Фонд премий (переменная часть)', 100);
    expect(long.wrap).toBe(true);
    expect(long.width).toBeGreaterThanOrEqual(longestWordPx('Фонд премий (переменная часть)', 'bold'));
  });

  test('property: no header wider than its column, widths never shrink, a run of equal widths stays equal', () => {
    const word = fc.stringMatching(/^[А-Яа-яA-Za-z]{1,14}$/);
    const head = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
    const preset = fc.constantFrom(60, 100, 130);
    fc.assert(
      fc.property(fc.array(fc.tuple(head, preset), { minLength: 1, maxLength: 8 }), (cols) => {
        const g = new Grid(2, cols.length);
        cols.forEach(([h, w], i) => {
          g.text(1, i + 1, h).set(2, i + 1, 1234567);
          g.widths[i + 1] = w;
        });
        g.header(rect(1, 1, 1, cols.length));
        fitWidths(g);
        cols.forEach(([h, w], i) => {
          const width = g.widths[i + 1];
          expect(width).toBeGreaterThanOrEqual(w);
          expect(width).toBeGreaterThanOrEqual(
            g.wrapRows.includes(1) ? longestWordPx(h, 'bold') : textPx(h, 'bold'),
          );
          if (i > 0 && cols[i - 1][1] === w) expect(width).toBe(g.widths[i]);
        });
      }),
    );
  });

  test('a key or a marker is caught; dates, amounts and sentences are not', () => {
    for (const text of ['kind.salary', 'Итого: bonus.col.total', 'spk:col=plan', '(metric.calls)'])
      expect([text, KEY.test(text)]).toEqual([text, true]);
    for (const text of ['12.5', 'Н49 · 30.11–06.12', 'Done. Next', '1,234.5 ₽', 'e.g. here'])
      expect([text, KEY.test(text)]).toEqual([text, false]);
  });

  test('numbers read as their format writes them', () => {
    expect(shownText(12_170_000, '#,##0 "₽"')).toBe('12 170 000 ₽');
    expect(shownText(0.519, '0.0%')).toBe('51,9 %');
    expect(shownText(46_000, 'dd.mm.yyyy')).toBe('00.00.0000');
    expect(shownText("'Иванов", '')).toBe('Иванов');
  });

  test('a grid: content widens, text running into empty cells does not, wrapped header rows are listed', () => {
    const g = new Grid(3, 3);
    g.text(1, 1, 'Менеджер')
      .text(1, 2, 'Фонд премий (переменная часть) за месяц')
      .header(rect(1, 1, 1, 2));
    g.text(2, 1, 'Иванов Иван Иванович Длинное Имя').set(2, 2, 12_170_000).format(rect(2, 2), '#,##0 "₽"');
    g.text(3, 1, 'Заголовок, который бежит вправо по пустым ячейкам');
    fitWidths(g);
    expect(g.widths[1]).toBe(textPx('Иванов Иван Иванович Длинное Имя'));
    expect(g.widths[2]).toBeLessThan(textPx('Фонд премий (переменная часть) за месяц', 'bold'));
    expect(g.wrapRows).toEqual([1]);
  });
});
