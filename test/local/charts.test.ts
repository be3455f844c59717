import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { renderCharts } from '../../local/chart-pictures';
import { axisTicks, chartSpecOf, chartSvg, chartsOfTab, numberText } from '../../local/charts';
import { CHROMIUM } from '../../local/chromium';
import { localeProfile } from '../../local/demo-pictures';
import { Spreadsheet } from '../../local/spreadsheet';

const NBSP = /[\u00a0\u202f]/g;
const plain = (s: string) => s.replace(NBSP, ' ');

/** A report tab with one column chart over plan and actual per manager. */
function reportTab(): Spreadsheet {
  const ss = new Spreadsheet({ sheets: ['Отчёт'], now: '2026-11-20' });
  const sheet = ss.getSheetByName('Отчёт')!;
  sheet.getRange('A1:C3').setValues([
    ['Сотрудник', 'План', 'Факт'],
    ['Анна Смирнова', 4_031_000, 2_376_000],
    ['Иван Петров', 2_325_000, ''],
  ]);
  const range = sheet.getRange('A1:C3');
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType('COLUMN')
      .addRange(range)
      .setOption('title', 'Выручка: план и факт')
      .build(),
  );
  return ss;
}

describe('the charts drawn for the pictures', () => {
  test('a chart is read from the ranges the Sheets chart points at: header, categories, series', () => {
    const ss = reportTab();
    expect(chartsOfTab(ss, 'Отчёт')).toEqual([
      {
        kind: 'COLUMN',
        title: 'Выручка: план и факт',
        categories: ['Анна Смирнова', 'Иван Петров'],
        series: [
          { name: 'План', values: [4_031_000, 2_325_000] },
          { name: 'Факт', values: [2_376_000, null] },
        ],
      },
    ]);
    expect(chartsOfTab(ss, 'Нет такого')).toEqual([]);
    // the same table given as two ranges side by side: categories, then the series
    const sheet = ss.getSheetByName('Отчёт')!;
    sheet.charts = [
      sheet
        .newChart()
        .setChartType('COLUMN')
        .addRange(sheet.getRange('A1:A3'))
        .addRange(sheet.getRange('B1:C3'))
        .setOption('title', 'Выручка: план и факт')
        .build(),
    ];
    expect(chartsOfTab(ss, 'Отчёт')).toEqual(chartsOfTab(reportTab(), 'Отчёт'));
  });

  test('numbers in the workbook locale: ru 12 170 000 and 12 млн, en 12,170,000 and 12M', () => {
    expect(plain(numberText(12_170_000, 'ru_RU'))).toBe('12 170 000');
    expect(plain(numberText(12_170_000, 'ru_RU', true))).toBe('12,2 млн');
    expect(plain(numberText(51.9, 'ru_RU'))).toBe('51,9');
    expect(numberText(12_170_000, 'en_US')).toBe('12,170,000');
    expect(numberText(12_000_000, 'en_US', true)).toBe('12M');
  });

  test('axis ticks: 1, 2 or 5 × 10^k from 0, reaching the maximum in at most 7 steps', () => {
    expect(axisTicks(4_031_000)).toEqual([0, 1e6, 2e6, 3e6, 4e6, 5e6]);
    expect(axisTicks(3380)).toEqual([0, 1000, 2000, 3000, 4000]);
    expect(axisTicks(0)).toEqual([0, 1]);
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e12, noNaN: true }), (max) => {
        const ticks = axisTicks(max);
        const step = ticks[1];
        expect(ticks[0]).toBe(0);
        expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max * (1 - 1e-9));
        expect(ticks.length).toBeLessThanOrEqual(8);
        expect([1, 2, 5, 10]).toContain(Number((step / 10 ** Math.floor(Math.log10(step))).toPrecision(6)));
      }),
    );
  });

  test('the SVG carries the title, the legend, the categories and (bars) the values in the locale', () => {
    const funnel = chartSpecOf('BAR', 'Воронка отдела', [
      ['Этап', 'Количество'],
      ['Звонки', 3380],
      ['Сделки', 35],
    ]);
    const svg = plain(chartSvg(funnel, 'ru_RU'));
    expect(svg).toMatch(/^<svg [^>]*width="720" height="360"/);
    for (const s of ['Воронка отдела', 'Звонки', 'Сделки', '>3 380<', '>35<']) expect(svg).toContain(s);
    expect((svg.match(/<rect /g) ?? []).length).toBe(3); // the background and two bars
    const columns = chartSpecOf('COLUMN', 'A & B', [
      ['', 'План', 'Факт'],
      ['Екатерина Новикова', 100, 50],
    ]);
    const text = chartSvg(columns, 'ru_RU');
    expect(text).toContain('A &amp; B');
    expect(text).toContain('>План<');
    expect(text).toContain('>Факт<');
  });

  test('a line stops where its series is blank (an open month after today)', () => {
    const spec = chartSpecOf('LINE', 'Нарастающим итогом', [
      ['День', 'План', 'Факт'],
      ['01.11', 0, 0],
      ['02.11', 10, 8],
      ['03.11', 20, ''],
    ]);
    const [plan, fact] = [...chartSvg(spec, 'ru_RU').matchAll(/<polyline points="([^"]*)"/g)].map(
      (m) => m[1].split(' ').length,
    );
    expect([plan, fact]).toEqual([3, 2]);
  });

  test("LibreOffice's profile is given the spreadsheet's locale", () => {
    expect(localeProfile('ru_RU')).toContain('<value>ru-RU</value>');
    expect(localeProfile('en_US')).toContain('ooSetupSystemLocale');
  });
});

// CI installs Chromium; a machine without it skips this test only when SPK_BROWSER=optional says so.
const inBrowser = fs.existsSync(CHROMIUM) || process.env.SPK_BROWSER !== 'optional' ? test : test.skip;
inBrowser(
  'Chromium photographs each chart of a tab: <base>-chart-<kind>.png, 720 × 360',
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spk-charts-'));
    try {
      const written = await renderCharts(reportTab(), 'Отчёт', path.join(dir, 'demo-otchet'));
      expect(written).toEqual([path.join(dir, 'demo-otchet-chart-plan-vs-actual.png')]);
      const png = fs.readFileSync(written![0]);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([720, 360]);
      expect(await renderCharts(reportTab(), 'Нет такого', path.join(dir, 'x'))).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  30_000,
);
