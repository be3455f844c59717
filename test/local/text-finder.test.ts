import { Spreadsheet } from '../../local/spreadsheet';

describe('the in-memory TextFinder re-points references as Sheets does', () => {
  test('a reference follows a rename; re-pointed before the old tab goes, it reads the new one', () => {
    const ss = new Spreadsheet();
    const month = ss.insertSheet('2026-11');
    month.getRange('A1').setValue(5);
    const week = ss.insertSheet('Week');
    week.getRange('A1').setFormula("='2026-11'!A1*2");
    month.setName('2026-11 ~old');
    expect(week.getRange('A1').getFormula()).toBe("='2026-11 ~old'!A1*2");
    const fresh = ss.insertSheet('2026-11');
    fresh.getRange('A1').setValue(7);
    const changed = ss
      .createTextFinder("'2026-11 ~old'!")
      .matchFormulaText(true)
      .replaceAllWith("'2026-11'!");
    expect(changed).toBe(1);
    ss.deleteSheet(month);
    expect(week.getRange('A1').getFormula()).toBe("='2026-11'!A1*2");
    expect(week.getRange('A1').getValue()).toBe(14);
  });

  test('without the re-point the reference is lost with the old tab', () => {
    const ss = new Spreadsheet();
    const month = ss.insertSheet('2026-11');
    const week = ss.insertSheet('Week');
    week.getRange('A1').setFormula("='2026-11'!A1");
    month.setName('2026-11 ~old');
    ss.insertSheet('2026-11');
    ss.deleteSheet(month);
    expect(String(week.getRange('A1').getDisplayValue())).toMatch(/#REF!/);
  });
});
