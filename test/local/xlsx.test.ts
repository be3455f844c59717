import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { Spreadsheet, SpreadsheetApp } from '../../local/spreadsheet';
import { readXlsx, toWorkbook, writeXlsx } from '../../local/xlsx';
import { wrappedLines } from '../../local/xlsx-rows';
import { textPx } from '../../src/sheets/widths';

function build(): Spreadsheet {
  const ss = new Spreadsheet({ sheets: ['Plan', 'Report'], now: '2026-11-17' });
  const app = new SpreadsheetApp(ss);
  const plan = ss.getSheetByName('Plan')!;
  plan.getRange('A1:D3').setValues([
    ['Manager', 'Plan', 'Fact', 'Completion'],
    ['Иванов', 100000, 75000, '=IFERROR(C2/B2,"")'],
    ['Петров', 0, 5000, '=C3/B3'],
  ]);
  plan.getRange('E1:E2').setValues([['Date'], [new Date('2026-11-01T00:00:00+03:00')]]);
  plan.getRange('A1:E1').setFontWeight('bold').setBackground('#1F4E79').setFontColor('#ffffff');
  plan.getRange('D2:D3').setNumberFormat('0.0%');
  plan.getRange('B2:C3').setNumberFormat('#,##0');
  plan.getRange('A2').setNote('stable id 7');
  plan.getRange('F1:G1').merge();
  plan.setFrozenRows(1);
  plan.setFrozenColumns(1);
  plan.setColumnWidth(1, 210);
  plan.hideColumns(7);
  plan.hideRows(5);
  const d = plan.getRange('D2:D3');
  plan.setConditionalFormatRules([
    app.newConditionalFormatRule().whenNumberLessThan(0.7).setBackground('#F4CCCC').setRanges([d]).build(),
    app
      .newConditionalFormatRule()
      .whenNumberBetween(0.7, 0.9999)
      .setBackground('#FFF2CC')
      .setRanges([d])
      .build(),
    app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$D2>=1')
      .setBackground('#D9EAD3')
      .setRanges([d])
      .build(),
  ]);
  plan
    .getRange('C2:C3')
    .setDataValidation(app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build());
  const rep = ss.getSheetByName('Report')!;
  rep.getRange('A1:B1').setValues([['Total fact', '=SUM(Plan!C2:C3)']]);
  rep.getRange('A2:B2').setValues([['Today', '=TODAY()']]);
  rep.insertChart(
    rep.newChart().setChartType('COLUMN').addRange(plan.getRange('A1:C3')).setPosition(4, 1, 0, 0).build(),
  );
  return ss;
}

describe('xlsx export', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spk-xlsx-'));
  const file = path.join(dir, 'out.xlsx');

  test('every tab, formulas with cached results, formats, merges, frozen panes, notes, conditional formats', async () => {
    await writeXlsx(build(), file, { chartList: true });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Plan', 'Report', 'Charts']);
    const ws = wb.getWorksheet('Plan')!;
    expect(ws.getCell('A2').value).toBe('Иванов');
    expect(ws.getCell('B2').value).toBe(100000);
    expect(ws.getCell('D2').value).toEqual({ formula: 'IFERROR(C2/B2,"")', result: 0.75 });
    expect(ws.getCell('D3').value).toEqual({ formula: 'C3/B3', result: { error: '#DIV/0!' } });
    expect(ws.getCell('D2').numFmt).toBe('0.0%');
    expect(ws.getCell('E2').numFmt).toBe('dd.mm.yyyy');
    expect(ws.getCell('E2').value).toEqual(new Date(Date.UTC(2026, 10, 1)));
    expect(ws.getCell('A1').font.bold).toBe(true);
    expect(ws.getCell('A1').font.color).toEqual({ argb: 'FFFFFFFF' });
    expect(ws.getCell('A1').fill).toEqual({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FF1F4E79' },
    });
    expect(ws.getCell('A2').note).toBe('stable id 7');
    expect(ws.getCell('G1').isMerged).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getColumn(7).hidden).toBe(true);
    expect(ws.getRow(5).hidden).toBe(true);
    expect(ws.getCell('C2').dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'greaterThanOrEqual',
    });
    const cf = (
      ws as unknown as {
        conditionalFormattings: Array<{ ref: string; rules: Array<Record<string, unknown>> }>;
      }
    ).conditionalFormattings;
    expect(cf.map((x) => x.ref)).toEqual(['D2:D3', 'D2:D3', 'D2:D3']);
    expect(cf[0].rules[0]).toMatchObject({ type: 'cellIs', operator: 'lessThan', formulae: ['0.7'] });
    expect(cf[1].rules[0]).toMatchObject({
      type: 'cellIs',
      operator: 'between',
      formulae: ['0.7', '0.9999'],
    });
    expect(cf[2].rules[0]).toMatchObject({ type: 'expression', formulae: ['$D2>=1'] });
    const rep = wb.getWorksheet('Report')!;
    expect(rep.getCell('B1').value).toEqual({ formula: 'SUM(Plan!C2:C3)', result: 80000 });
    expect(rep.getCell('B2').value).toEqual({ formula: 'TODAY()', result: new Date(Date.UTC(2026, 10, 17)) });
    expect(wb.getWorksheet('Charts')!.getRow(2).values).toEqual([
      undefined,
      'Report',
      'COLUMN',
      'A4',
      'A1:C3',
      '',
    ]);
  });

  test('readXlsx brings back tabs, values, formulas and dates', async () => {
    await writeXlsx(build(), file);
    const ss = await readXlsx(file, { now: '2026-11-17' });
    expect(ss.counter.total()).toBe(0); // loading is not the add-on's calls
    expect(ss.sheetList().map((s) => s.name)).toEqual(['Plan', 'Report']);
    const plan = ss.getSheetByName('Plan')!;
    expect(plan.getRange('A1:D2').getValues()).toEqual([
      ['Manager', 'Plan', 'Fact', 'Completion'],
      ['Иванов', 100000, 75000, 0.75],
    ]);
    expect(plan.getRange('D2').getFormula()).toBe('=IFERROR(C2/B2,"")');
    expect((plan.getRange('E2').getValue() as Date).toISOString()).toBe('2026-10-31T21:00:00.000Z');
    expect(plan.getFrozenRows()).toBe(1);
    expect(ss.getSheetByName('Report')!.getRange('B1').getValue()).toBe(80000);
  });
});

describe('wrapped rows', () => {
  test('the lines a text takes by the width estimate (widths.ts), wrapped at spaces', () => {
    expect(wrappedLines('Выполнение', 100)).toBe(1);
    expect(wrappedLines('Отклонение от плана на дату', 110)).toBe(2); // 14 characters a line
    expect(wrappedLines('Отклонение от плана на дату', 110, 'bold')).toBe(3); // 12 bold characters
    expect(wrappedLines('Отклонение от плана на дату', 80)).toBe(3);
    expect(wrappedLines('Сотрудник\nГруппа', 200)).toBe(2);
    expect(wrappedLines('Ааааааааааааааааааааааааааа', 100)).toBe(3); // one long word spans lines
    expect(wrappedLines('', 100)).toBe(1);
    // a wider column never needs more lines; one line holds what fits in it
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ minLength: 1, maxLength: 20 }).map((w) => w.replace(/[\s]/g, 'x')),
          {
            maxLength: 12,
          },
        ),
        fc.integer({ min: 20, max: 400 }),
        (words, px) => {
          const text = words.join(' ');
          const n = wrappedLines(text, px);
          expect(n).toBeGreaterThanOrEqual(1);
          expect(wrappedLines(text, px + 50)).toBeLessThanOrEqual(n);
          if (textPx(text) <= px) expect(n).toBe(1);
        },
      ),
    );
  });

  test('a row with a wrapped cell and no height of its own is as tall as its lines, as in Sheets', () => {
    const ss = new Spreadsheet({ sheets: ['Tab'], now: '2026-11-17' });
    const sheet = ss.getSheetByName('Tab')!;
    sheet.getRange('A1:C2').setValues([
      ['Отклонение от плана на дату', 'План', 'x'],
      ['Отклонение от плана на дату', '', ''],
    ]);
    sheet.getRange('A1:B2').setWrap(true);
    sheet.setColumnWidth(1, 110); // 14 characters a line: two lines
    sheet.rowHeights.set(2, 21); // (the add-on sets no row heights; an imported file may carry them)
    const ws = toWorkbook(ss).getWorksheet('Tab')!;
    expect(ws.getRow(1).height).toBe(12.75 * 2 + 3);
    expect(ws.getRow(2).height).toBe(15.75); // its own height is kept
  });
});
