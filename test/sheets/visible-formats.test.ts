import fc from 'fast-check';
import type { Addon } from '../../local/addon';
import type { Sheet } from '../../local/spreadsheet';
import { displayText } from '../../local/spreadsheet/cells';
import { dayOf } from '../../src/core/dates';
import { currencySign, formatDay, type Lang, labelOr, type MessageKey, t } from '../../src/i18n';
import { LAYOUT } from '../../src/sheets/actions/bonus-layout';
import { TODAY } from '../../src/sheets/actions/today';
import {
  dateFormat,
  FORMAT,
  MONEY_METRICS,
  metricFormat,
  moneyFormat,
  orBlank,
} from '../../src/sheets/formats';
import { HEADER_STYLE, serialOf } from '../../src/sheets/grid';
import { MONTH } from '../../src/sheets/month-layout';
import { exampleWorkbookWithFacts } from '../helpers/workbook';

/**
 * Issue 16, item 1: what a head of sales sees reads the way he writes it. Through the bundle, the example
 * workbook in both languages with a month, Today, Bonus and Report (as menu-flow makes them):
 * - no ISO date (2026-11-20) in a visible cell of a visible tab: hidden rows, columns and tabs are markers
 *   read back by structure and keep ISO;
 * - every money cell (found by the tabs' layout constants, key rows and headers) carries the currency;
 * - the month tab's day headers show the weekday ("пн 02" / "Mon 02").
 */

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const RUB = currencySign('RUB');

const cases: [string, Lang][] = [
  ['ru_RU', 'ru'],
  ['en_US', 'en'],
];
const books = new Map<string, Addon>();

/** The example workbook with facts typed for 19 days, then Today, Bonus and Report (cached per locale). */
function workbook(locale: string): Addon {
  const have = books.get(locale);
  if (have) return have;
  const a = exampleWorkbookWithFacts(locale);
  a.call('menuToday');
  a.ss.ui.answer({ button: 'OK', text: '2026-11' });
  a.call('menuBonuses');
  a.ss.ui.answer({ button: 'OK', text: '2026-11' });
  a.call('menuReport');
  expect(a.ss.ui.dialogs.filter((d) => d.kind === 'alert')).toEqual([]);
  books.set(locale, a);
  return a;
}

const tab = (a: Addon, name: string): Sheet => {
  const sheet = a.ss.getSheetByName(name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet;
};

/** A money cell: "A1 value format" when its format lacks the currency sign, else null. */
function missingCurrency(sheet: Sheet, row: number, col: number): string | null {
  const range = sheet.getRange(row, col);
  const value = range.getValue();
  if (typeof value !== 'number') return null;
  const format = range.getNumberFormat();
  return format.includes(RUB) ? null : `${sheet.getName()}!R${row}C${col} ${value} "${format}"`;
}

/** Rows whose hidden metric column names a money metric (the month tab, Today). */
function moneyRows(sheet: Sheet, metricCol: number, firstRow: number): number[] {
  const values = sheet.getDataRange().getValues();
  const out: number[] = [];
  for (let r = firstRow; r <= values.length; r++)
    if (MONEY_METRICS.includes(String(values[r - 1][metricCol - 1]))) out.push(r);
  return out;
}

/**
 * Tables of the Report and Plan tabs: below each header row (the add-on's header colours), the cells under a
 * money header, down to the first row with an empty first cell; rows labelled with a count metric skipped.
 */
function moneyCellsUnderHeaders(
  sheet: Sheet,
  isMoneyHead: (head: string, sectionTitle: string) => boolean,
  countLabels: ReadonlySet<string>,
): [number, number][] {
  const values = sheet.getDataRange().getValues();
  const backgrounds = sheet.getDataRange().getBackgrounds();
  const out: [number, number][] = [];
  values.forEach((row, i) => {
    if (backgrounds[i][0] !== HEADER_STYLE.background) return;
    const section = String(values[i - 1]?.[0] ?? '');
    const cols = row.flatMap((h, c) => (isMoneyHead(String(h), section) ? [c + 1] : []));
    for (let r = i + 1; r < values.length && values[r][0] !== ''; r++) {
      if (countLabels.has(String(values[r][0]))) continue;
      for (const c of cols) out.push([r + 1, c]);
    }
  });
  return out;
}

/** The labels of the count metrics of the example (their rows in the Report's headline are no money). */
function countLabels(a: Addon): Set<string> {
  const values = tab(a, '2026-11').getDataRange().getValues();
  const out = new Set<string>();
  for (const row of values.slice(MONTH.firstDataRow - 1)) {
    const metric = String(row[MONTH.col.metric - 1]);
    if (metric && !MONEY_METRICS.includes(metric)) out.add(String(row[MONTH.col.label - 1]));
  }
  return out;
}

describe('formats.ts', () => {
  test('money in the currency: a sign where people write one, else the code', () => {
    expect(moneyFormat('RUB')).toBe('#,##0 "₽"');
    expect(moneyFormat(' usd ', 2)).toBe('#,##0.00 "$"');
    expect(moneyFormat('CHF')).toBe('#,##0 "CHF"');
    expect(metricFormat('revenue', 'KZT')).toBe('#,##0 "₸"');
    expect(metricFormat('deals', 'RUB')).toBe(FORMAT.count);
    expect(orBlank(FORMAT.count)).toBe(FORMAT.countOrBlank);
  });

  test('a date reads the same in a cell (dateFormat) and in a sentence (formatDay), in both languages', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (y, m, d) => {
          const day = dayOf(y, m, d);
          for (const [locale, lang] of cases) {
            const cell = displayText(serialOf(day), dateFormat(lang), locale, true);
            expect(cell).toBe(formatDay(day, lang));
            expect(cell).not.toMatch(ISO_DATE);
          }
        },
      ),
    );
  });
});

describe.each(cases)('%s', (locale, lang) => {
  const names = {
    plan: lang === 'ru' ? 'План 2026' : 'Plan 2026',
    today: lang === 'ru' ? 'Сегодня' : 'Today',
    bonus: lang === 'ru' ? 'Премии 2026-11' : 'Bonus 2026-11',
    report: lang === 'ru' ? 'Отчёт 2026-11' : 'Report 2026-11',
  };

  test('no ISO date in a visible cell of a visible tab (hidden markers keep theirs)', () => {
    const a = workbook(locale);
    const found: string[] = [];
    let hiddenIso = 0;
    for (const sheet of a.ss.sheetList()) {
      if (sheet.isSheetHidden()) continue;
      sheet
        .getDataRange()
        .getDisplayValues()
        .forEach((row, r) => {
          row.forEach((text, c) => {
            if (!ISO_DATE.test(text)) return;
            if (sheet.isRowHiddenByUser(r + 1) || sheet.isColumnHiddenByUser(c + 1)) hiddenIso++;
            else found.push(`${sheet.getName()}!R${r + 1}C${c + 1}: ${text}`);
          });
        });
    }
    expect(found).toEqual([]);
    // The check sees what it skips: the month tab's key row and the Today/Bonus date markers are ISO.
    expect(hiddenIso).toBeGreaterThan(30);
  });

  test('the month tab: day headers with the weekday, money rows in the currency', () => {
    const a = workbook(locale);
    const month = tab(a, '2026-11');
    const header = month.getRange(MONTH.headerRow, MONTH.firstDayCol, 1, 30).getDisplayValues()[0];
    const weekdays = lang === 'ru' ? 'пн|вт|ср|чт|пт|сб|вс' : 'Mon|Tue|Wed|Thu|Fri|Sat|Sun';
    for (const text of header) expect(text).toMatch(new RegExp(`^(${weekdays}) \\d{2}$`));
    expect(header[1]).toBe(lang === 'ru' ? 'пн 02' : 'Mon 02');
    const C = MONTH.col;
    const rows = moneyRows(month, C.metric, MONTH.firstDataRow);
    expect(rows.length).toBeGreaterThan(1);
    const days = Array.from({ length: 30 }, (_, i) => MONTH.firstDayCol + i);
    const cols = [C.plan, C.fact, C.planToDate, C.forecast, ...days];
    expect(rows.flatMap((r) => cols.map((c) => missingCurrency(month, r, c))).filter(Boolean)).toEqual([]);
  });

  test('Today: the money rows in the currency', () => {
    const a = workbook(locale);
    const today = tab(a, names.today);
    const C = TODAY.col;
    const rows = moneyRows(today, C.metric, TODAY.firstDataRow);
    expect(rows.length).toBeGreaterThan(1);
    const cols = [C.yesterdayPlan, C.yesterdayFact, C.plan, C.fact, C.planToDate, C.forecast];
    expect(rows.flatMap((r) => cols.map((c) => missingCurrency(today, r, c))).filter(Boolean)).toEqual([]);
  });

  test('Bonus: every amount column in the currency (found by the key row)', () => {
    const a = workbook(locale);
    const bonus = tab(a, names.bonus);
    const values = bonus.getDataRange().getValues();
    const keys = values[LAYOUT.keyRow - 1].map(String);
    const money = keys.flatMap((k, i) =>
      /^(plan|fact|total|variable|drawBalance|forecast(Fact|Total|Variable)|kind\..+)$/.test(k)
        ? [i + 1]
        : [],
    );
    expect(money.length).toBeGreaterThan(4);
    const missing: (string | null)[] = [];
    for (let r = LAYOUT.firstRow; r <= values.length && values[r - 1][0] !== ''; r++)
      for (const c of money) missing.push(missingCurrency(bonus, r, c));
    expect(missing.filter(Boolean)).toEqual([]);
  });

  test('Report: the money columns of every table and the bonus and result lines in the currency', () => {
    const a = workbook(locale);
    const report = tab(a, names.report);
    const heads = new Set(
      (
        [
          'month.plan',
          'month.fact',
          'month.planToDate',
          'month.forecast',
          'rep.col.deviation',
          'rep.col.previousFact',
          'rep.col.change',
          'rep.col.bonus',
          'rep.col.cumPlan',
          'rep.col.cumFact',
        ] as MessageKey[]
      ).map((k) => t(k, lang)),
    );
    const cells = moneyCellsUnderHeaders(report, (h) => heads.has(h), countLabels(a));
    const values = report.getDataRange().getValues();
    const lines = (['rep.bonusFund', 'rep.bonusManagers', 'rep.bonusHead', 'rep.resultSoFar'] as const).map(
      (k) => t(k, lang),
    );
    values.forEach((row, r) => {
      // the figure follows its label, merged across the columns the label needs
      if (lines.includes(String(row[0])))
        cells.push([r + 1, row.findIndex((v) => typeof v === 'number') + 1]);
    });
    expect(cells.length).toBeGreaterThan(20);
    expect(cells.map(([r, c]) => missingCurrency(report, r, c)).filter(Boolean)).toEqual([]);
  });

  test("one precision per kind: the department's revenue completion reads the same on the month tab, Today and Report", () => {
    const a = workbook(locale);
    const month = tab(a, '2026-11');
    const monthRow = moneyRows(month, MONTH.col.metric, MONTH.firstDataRow)[0];
    const today = tab(a, names.today);
    const todayRow = moneyRows(today, TODAY.col.metric, TODAY.firstDataRow)[0];
    const report = tab(a, names.report);
    const revenue = labelOr('metric.', 'revenue', lang);
    const reportRow = report
      .getDataRange()
      .getValues()
      .findIndex((row) => row[0] === revenue);
    const cells = [
      month.getRange(monthRow, MONTH.col.completion),
      today.getRange(todayRow, TODAY.col.completion),
      report.getRange(reportRow + 1, 4),
    ];
    expect(cells.map((c) => c.getNumberFormat())).toEqual([
      FORMAT.completion,
      FORMAT.completion,
      FORMAT.completion,
    ]);
    const shown = cells.map((c) => c.getDisplayValue());
    expect(shown[0]).toMatch(/^\d+[.,]\d%$/);
    expect(new Set(shown).size).toBe(1);
  });

  test('Plan 2026: revenue and the average check in the currency, in every table', () => {
    const a = workbook(locale);
    const plan = tab(a, names.plan);
    const revenue = labelOr('metric.', 'revenue', lang);
    const avgCheck = t('plan.avgCheck', lang);
    const cells = moneyCellsUnderHeaders(
      plan,
      (head, section) => head === revenue || head === avgCheck || (section.includes(revenue) && head !== ''),
      new Set([t('plan.workdays', lang)]),
    ).filter(([r, c]) => !(plan.getRange(r, c).getFormula() || c <= 3));
    expect(cells.length).toBeGreaterThan(100);
    expect(cells.map(([r, c]) => missingCurrency(plan, r, c)).filter(Boolean)).toEqual([]);
  });
});
