import { CallCounter, Spreadsheet } from '../../local/spreadsheet';

function fresh(options = {}) {
  return new Spreadsheet({ sheets: ['Data'], ...options });
}

describe('ranges and values', () => {
  test('1-based getRange by A1 and by row/column/size', () => {
    const ss = fresh();
    const sheet = ss.getSheetByName('Data')!;
    expect(sheet.getRange('B2:D3').getA1Notation()).toBe('B2:D3');
    const r = sheet.getRange(2, 2, 2, 3);
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 2, 2, 3]);
    expect(r.getA1Notation()).toBe('B2:D3');
    expect(sheet.getRange('C5').getA1Notation()).toBe('C5');
    expect(sheet.getRange('A:B').getNumRows()).toBe(1000);
    expect(ss.getRange('Data!A1:B2').getSheet()).toBe(sheet);
  });

  test('setValues with wrong dimensions throws the Sheets message', () => {
    const sheet = fresh().getSheets()[0];
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });

  test('ranges outside the grid throw', () => {
    const sheet = fresh().getSheets()[0];
    expect(() => sheet.getRange(1, 27)).toThrow('outside the dimensions');
    expect(() => sheet.getRange(1001, 1)).toThrow('outside the dimensions');
    sheet.insertColumnsAfter(26, 10);
    expect(sheet.getMaxColumns()).toBe(36);
    expect(sheet.getRange(1, 36).getA1Notation()).toBe('AJ1');
  });

  test('values and formulas are kept apart; text with an apostrophe stays text', () => {
    const sheet = fresh().getSheets()[0];
    sheet.getRange('A1:D1').setValues([[1, 2, "'=x", '=A1+B1']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[1, 2, '=x', 3]]);
    expect(sheet.getRange('A1:D1').getFormulas()).toEqual([['', '', '', '=A1+B1']]);
    sheet.getRange('E1').setFormula('=D1*10');
    expect(sheet.getRange('E1').getValue()).toBe(30);
    expect(sheet.getRange('E1').getFormula()).toBe('=D1*10');
  });

  test('text is parsed as Sheets parses typed input; "@" format keeps text', () => {
    const sheet = fresh().getSheets()[0];
    sheet.getRange('A1:F1').setValues([['123', '12.5', '25%', 'TRUE', 'Иванов', '+7 abc']]);
    const [v] = sheet.getRange('A1:F1').getValues();
    expect(v.slice(0, 5)).toEqual([123, 12.5, 0.25, true, 'Иванов']);
    expect(String(v[5]).startsWith('#')).toBe(true); // a formula, as in Sheets
    sheet.getRange('A2').setNumberFormat('@').setValue('=HYPERLINK("x")');
    expect(sheet.getRange('A2').getValue()).toBe('=HYPERLINK("x")');
    expect(sheet.getRange('A2').getFormula()).toBe('');
  });

  test('blank cells read as "", getLastRow/getLastColumn follow content', () => {
    const sheet = fresh().getSheets()[0];
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange('B3:C4').setValues([
      [1, ''],
      ['', 'x'],
    ]);
    expect(sheet.getLastRow()).toBe(4);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['', '', '']]);
    sheet.getRange('C4').clearContent();
    expect(sheet.getLastRow()).toBe(3);
  });
});

describe('formulas evaluate as in Sheets', () => {
  test('SUM, IFERROR, SUMPRODUCT, COUNTIFS and errors', () => {
    const sheet = fresh().getSheets()[0];
    sheet.getRange('A1:D3').setValues([
      ['name', 10, 0, 5],
      ['b', 20, 4, 6],
      ['b', 30, 5, 7],
    ]);
    sheet
      .getRange('E1:E8')
      .setFormulas([
        ['=SUM(B2:D2)'],
        ['=IFERROR(B2/C2,"")'],
        ['=IFERROR(B1/C1,"")'],
        ['=SUMPRODUCT(B1:B3,D1:D3)'],
        ['=COUNTIFS(A1:A3,"b",B1:B3,">20")'],
        ['=B1/C1'],
        ['=VLOOKUP("zzz",A1:B3,2,FALSE)'],
        ['=NOSUCHFUNCTION(1)'],
      ]);
    expect(
      sheet
        .getRange('E1:E8')
        .getValues()
        .map((r) => r[0]),
    ).toEqual([30, 5, '', 10 * 5 + 20 * 6 + 30 * 7, 1, '#DIV/0!', '#N/A', '#NAME?']);
  });

  test('TRUE and FALSE are constants, as in Sheets', () => {
    const ss = fresh();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:B1').setValues([['b', 7]]);
    sheet.getRange('C1:D1').setFormulas([['=VLOOKUP("b",A1:B1,2,FALSE)', '=IF(TRUE,1,2)']]);
    expect(sheet.getRange('C1:D1').getValues()).toEqual([[7, 1]]);
    ss.registerCustomFunctions({ ONE: () => 1 });
    expect(sheet.getRange('C1:D1').getValues()).toEqual([[7, 1]]);
  });

  test('SUMPRODUCT over array expressions: a marginal tiered commission', () => {
    // tiers 0 → 3 %, 500 → 5 %, 750 → 7.5 % on 800 = 15 + 12.5 + 3.75 = 31.25
    const sheet = fresh().getSheets()[0];
    sheet.getRange('A1:C3').setValues([
      [0, 0.03, 800],
      [500, 0.05, ''],
      [750, 0.075, ''],
    ]);
    sheet.getRange('D1').setFormula('=SUMPRODUCT((C1>A1:A3)*(C1-A1:A3)*(B1:B3-{0;0.03;0.05}))');
    expect(sheet.getRange('D1').getValue()).toBeCloseTo(31.25, 10);
  });

  test('full doubles as Sheets returns them', () => {
    const sheet = fresh().getSheets()[0];
    sheet.getRange('A1').setFormula('=0.1+0.2');
    expect(sheet.getRange('A1').getValue()).toBe(0.1 + 0.2);
  });

  test('formulas across tabs and after a rename', () => {
    const ss = new Spreadsheet({ sheets: ['Plan 2026', 'Report'] });
    ss.getSheetByName('Plan 2026')!.getRange('A1').setValue(42);
    const rep = ss.getSheetByName('Report')!;
    rep.getRange('A1').setFormula("='Plan 2026'!A1*2");
    expect(rep.getRange('A1').getValue()).toBe(84);
    ss.getSheetByName('Plan 2026')!.setName('План');
    expect(rep.getRange('A1').getValue()).toBe(84);
    expect(rep.getRange('A1').getFormula()).toBe("='План'!A1*2");
  });

  test('one batched write for a 200 × 4 × 31 block stays quick enough', () => {
    const ss = fresh();
    const sheet = ss.getSheets()[0];
    sheet.insertRowsAfter(1000, 10);
    sheet.insertColumnsAfter(26, 10);
    const rows: unknown[][] = [];
    for (let r = 0; r < 800; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < 31; c++) row.push((r + c) % 7);
      row.push(`=SUM(A${r + 1}:AE${r + 1})`);
      rows.push(row);
    }
    sheet.getRange(1, 1, 800, 32).setValues(rows);
    expect(sheet.getRange(800, 32).getValue()).toBe(
      rows[799].slice(0, 31).reduce((a: number, b) => a + (b as number), 0),
    );
    expect(ss.counter.get('Range.setValues')).toBe(1);
  });
});

describe('dates', () => {
  // Midnight of 8 and 9 March 2026: New York switches to summer time on the 8th at 02:00.
  test.each([
    ['Europe/Moscow', '2026-03-07T21:00:00.000Z', '2026-03-08T21:00:00.000Z'],
    ['America/New_York', '2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z'],
  ])('a date round-trips as midnight in %s', (timeZone, march8, march9) => {
    const ss = fresh({ timeZone });
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1').setValue(new Date(march8));
    const back = sheet.getRange('A1').getValue() as Date;
    expect(back).toBeInstanceOf(Date);
    expect(back.toISOString()).toBe(march8);
    expect(sheet.getRange('A1').getNumberFormat()).toBe('dd.MM.yyyy');
    // a formula over a date is a date, at midnight of the next day in the zone
    sheet.getRange('A2').setFormula('=A1+1');
    expect((sheet.getRange('A2').getValue() as Date).toISOString()).toBe(march9);
    sheet.getRange('A3').setFormula('=DAY(A1)');
    expect(sheet.getRange('A3').getValue()).toBe(8);
    // text typed as a date is the same day
    sheet.getRange('A4').setValue('2026-03-09');
    expect((sheet.getRange('A4').getValue() as Date).toISOString()).toBe(march9);
  });

  test('a Date at 01:00 Moscow time is that Moscow day (UTC says the day before)', () => {
    const sheet = fresh().getSheets()[0];
    sheet.getRange('A1').setValue(new Date('2026-01-01T22:00:00Z')); // 2026-01-02 01:00 MSK
    sheet.getRange('B1').setFormula('=DAY(A1)');
    expect(sheet.getRange('B1').getValue()).toBe(2);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('02.01.2026 1:00:00');
  });

  test('a number format without d/m/y gives the serial number back', () => {
    const sheet = fresh().getSheets()[0];
    sheet.getRange('A1').setValue('2026-03-01');
    expect(sheet.getRange('A1').getValue()).toBeInstanceOf(Date);
    sheet.getRange('A1').setNumberFormat('0');
    expect(sheet.getRange('A1').getValue()).toBe(46082);
  });

  test('TODAY() and NOW() are pinned to the spreadsheet clock', () => {
    const ss = fresh({ now: '2026-11-17 10:30' });
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:C1').setFormulas([['=TODAY()', '=DAY(TODAY())', '=HOUR(NOW())']]);
    const [today, day, hour] = sheet.getRange('A1:C1').getValues()[0];
    expect((today as Date).toISOString()).toBe('2026-11-16T21:00:00.000Z'); // midnight in Moscow
    expect(day).toBe(17);
    expect(hour).toBe(10);
    ss.setNow('2026-12-01');
    expect(sheet.getRange('B1').getValue()).toBe(1);
  });
});

describe('custom functions', () => {
  test('a registered function gets Sheets-shaped arguments and spills', () => {
    const ss = fresh();
    const seen: unknown[][] = [];
    ss.registerCustomFunctions({
      DOUBLE_ALL: (range: unknown, factor: unknown) => {
        seen.push([range, factor]);
        return (range as unknown[][]).map((row) =>
          row.map((v) => (v === '' ? '' : (v as number) * (factor as number))),
        );
      },
      FAIL_LOUDLY: {
        fn: () => {
          throw new Error('Argument 1 is wrong');
        },
        size: 'scalar',
      },
      PAIR: { fn: () => [['a', 'b']], size: () => ({ rows: 1, columns: 2 }) },
    });
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:A3').setValues([[1], [''], [3]]);
    sheet.getRange('B1').setValue(10);
    sheet.getRange('C1').setFormula('=DOUBLE_ALL(A1:A3, B1)');
    expect(sheet.getRange('C1:C3').getValues()).toEqual([[10], [''], [30]]);
    expect(seen[0]).toEqual([[[1], [''], [3]], 10]);
    expect(sheet.getRange('C2').getFormula()).toBe('');
    sheet.getRange('A3').setValue(5);
    expect(sheet.getRange('C3').getValue()).toBe(50);
    sheet.getRange('D1').setFormula('=FAIL_LOUDLY(1)');
    expect(sheet.getRange('D1').getValue()).toBe('#ERROR!');
    expect(ss.errorMessageAt('Data!D1')).toBe('Argument 1 is wrong');
    sheet.getRange('E1').setFormula('=PAIR()');
    expect(sheet.getRange('E1:F1').getValues()).toEqual([['a', 'b']]);
    // a spill blocked by a value is #REF! in Sheets
    sheet.getRange('C5').setValue('x');
    sheet.getRange('C4').setFormula('=DOUBLE_ALL(A1:A3, B1)');
    expect(sheet.getRange('C4').getValue()).toBe('#REF!');
  });

  test('dates reach a custom function as Date objects', () => {
    const ss = fresh();
    let got: unknown = null;
    ss.registerCustomFunctions({
      PEEK: (d: unknown) => {
        got = d;
        return 1;
      },
    });
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1').setValue('2026-03-01');
    sheet.getRange('B1').setFormula('=PEEK(A1)');
    expect(sheet.getRange('B1').getValue()).toBe(1);
    expect((got as Date).toISOString()).toBe('2026-02-28T21:00:00.000Z');
  });
});

describe('sheets', () => {
  test('unique names, insert at an index, delete, copyTo, index and activation', () => {
    const ss = new Spreadsheet({ locale: 'en_US' });
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    const a = ss.insertSheet('Team');
    expect(ss.getActiveSheet()).toBe(a);
    expect(() => ss.insertSheet('team')).toThrow('A sheet with the name "team" already exists');
    const b = ss.insertSheet('Plan', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Plan', 'Sheet1', 'Team']);
    expect(b.getIndex()).toBe(1);
    a.getRange('A1:B1').setValues([[2, '=A1*3']]);
    a.getRange('A1').setBackground('#FF0000').setNote('hello');
    a.setFrozenRows(1);
    const copy = a.copyTo(ss);
    expect(copy.getName()).toBe('Copy of Team');
    expect(copy.getRange('A1:B1').getValues()).toEqual([[2, 6]]);
    expect(copy.getRange('A1').getBackground()).toBe('#ff0000');
    expect(copy.getRange('A1').getNote()).toBe('hello');
    expect(copy.getFrozenRows()).toBe(1);
    ss.deleteSheet(b);
    expect(ss.getSheetByName('Plan')).toBeNull();
    expect(() => ss.getSheetByName('Team')!.setName('Sheet1')).toThrow('already exists');
  });

  test('formats, merges, hidden rows, widths, notes, validation, protection, charts', () => {
    const ss = fresh();
    const sheet = ss.getSheets()[0];
    const r = sheet.getRange('A1:C2');
    r.setBackgrounds([
      ['#fff', null, '#00ff00'],
      ['red', '#123456', null],
    ]);
    expect(r.getBackgrounds()).toEqual([
      ['#ffffff', '#ffffff', '#00ff00'],
      ['red', '#123456', '#ffffff'],
    ]);
    r.setFontWeight('bold').setNumberFormat('#,##0');
    expect(r.getFontWeights()[1][2]).toBe('bold');
    sheet.getRange('A1').setValues([['keep']]);
    sheet.getRange('B1').setValue('gone');
    sheet.getRange('A1:B1').merge();
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['keep', '']]);
    expect(
      sheet
        .getRange('A1:D4')
        .getMergedRanges()
        .map((m) => m.getA1Notation()),
    ).toEqual(['A1:B1']);
    sheet.hideRows(3, 2);
    expect([sheet.isRowHiddenByUser(3), sheet.isRowHiddenByUser(4), sheet.isRowHiddenByUser(5)]).toEqual([
      true,
      true,
      false,
    ]);
    sheet.insertRowsBefore(1, 1);
    expect(sheet.isRowHiddenByUser(5)).toBe(true);
    expect(sheet.getRange('A2').getValue()).toBe('keep');
    expect(sheet.getRange('A2').getBackground()).toBe('#ffffff');
    expect(sheet.getRange('C2').getBackground()).toBe('#00ff00');
    sheet.setColumnWidths(2, 3, 150);
    expect(sheet.getColumnWidth(4)).toBe(150);
    expect(sheet.getColumnWidth(5)).toBe(100);

    const rule =
      ss.getSheets()[0] && new (require('../../local/spreadsheet').SpreadsheetApp)(ss).newDataValidation();
    const dv = rule.requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).setHelpText('≥ 0').build();
    sheet.getRange('D1:D3').setDataValidation(dv);
    expect(sheet.getRange('D2').getDataValidation()!.getCriteriaValues()).toEqual([0]);
    expect(sheet.getRange('D2').getDataValidation()!.getAllowInvalid()).toBe(false);

    const p = sheet.getRange('A1:C1').protect().setDescription('headers').setWarningOnly(true);
    expect(sheet.getProtections('RANGE')).toEqual([p]);
    expect(p.isWarningOnly()).toBe(true);
    p.remove();
    expect(sheet.getProtections('RANGE')).toEqual([]);

    const chart = sheet
      .newChart()
      .setChartType('COLUMN')
      .addRange(sheet.getRange('A1:B5'))
      .setPosition(2, 5, 0, 0)
      .setOption('title', 'Plan vs fact')
      .build();
    sheet.insertChart(chart);
    expect(sheet.getCharts()).toHaveLength(1);
    expect(sheet.getCharts()[0].getOptions().get('title')).toBe('Plan vs fact');
    expect(sheet.getCharts()[0].getRanges()[0].getA1Notation()).toBe('A1:B5');
  });
});

describe('call counter', () => {
  test('counts every call by method, builders apart, and resets', () => {
    const counter = new CallCounter();
    const ss = new Spreadsheet({ counter });
    const sheet = ss.getSheets()[0];
    counter.reset();
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getRange('A1').getValue();
    expect(counter.byMethod()).toEqual({ 'Range.getValue': 1, 'Range.setValues': 1, 'Sheet.getRange': 2 });
    expect(counter.total()).toBe(4);
    counter.reset();
    expect(counter.total()).toBe(0);
  });
});
