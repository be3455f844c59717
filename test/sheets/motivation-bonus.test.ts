import { type Addon, openAddon } from '../../local/addon';
import { MONTH } from '../../src/sheets/month-layout';
import { createMonth, preparedWorkbook } from '../helpers/workbook';

/**
 * The Motivation tab's metrics through the bonus run (the built bundle: SPK_CODE or dist/Code.js): a custom
 * funnel stage is a KPI paid from its facts, and a metric with no facts is refused on the Motivation tab at
 * its cell, before anyone passes a threshold.
 */

/** The example workbook with a custom stage «Демо» between meetings and deals, set up and decomposed. */
function workbook(): Addon {
  const a = openAddon({ locale: 'ru_RU', today: '2026-11-20' });
  preparedWorkbook(a);
  a.ss.deleteSheet(a.ss.getSheetByName('Конкурсы')!); // their prizes would add to the pay
  const funnel = a.ss.getSheetByName('Воронка')!;
  // calls, leads, meetings, deals → calls, leads, meetings, demos, deals
  funnel.getRange(4, 3).setValue(0.5);
  funnel.getRange(5, 1, 2, 4).setValues([
    ['demos', 'Демо', 0.5, ''],
    ['deals', 'Сделки', '', ''],
  ]);
  a.call('menuDecompose');
  createMonth(a);
  return a;
}

/** The Motivation cell (row, column) holding `text` in the column titled `title`. */
function motivationCell(a: Addon, title: string, text: string): [number, number] {
  const values = a.ss.getSheetByName('Мотивация')!.getDataRange().getValues();
  const col = values[0].indexOf(title);
  const row = values.findIndex((r) => r[col] === text);
  if (col < 0 || row < 0) throw new Error(`no ${title} = ${text}`);
  return [row + 1, col + 1];
}

function typeFactAtPlan(a: Addon, id: string, metric: string): void {
  const sheet = a.ss.getSheetByName('2026-11')!;
  const values = sheet.getDataRange().getValues();
  const r = values.findIndex((row) => row[MONTH.col.id - 1] === id && row[MONTH.col.metric - 1] === metric);
  if (r < 0) throw new Error(`no row ${id}/${metric}`);
  const col = values[MONTH.keyRow - 1].indexOf('2026-11-02');
  sheet.getRange(r + 1, col + 1).setValue(Number(values[r][MONTH.col.plan - 1]));
}

function bonusOf(a: Addon, id: string, key: string): unknown {
  const values = a.ss.getSheetByName('Премии 2026-11')!.getDataRange().getValues();
  const keys = values.find((r) => r.includes('kind.salary'))!;
  return values.find((r) => r[0] === id)![keys.indexOf(key)];
}

const calculate = (a: Addon) => {
  a.ss.ui.answer({ button: 'OK', text: '2026-11' });
  a.call('menuBonuses');
  return a.ss.ui.dialogs.filter((d) => d.kind === 'alert').map((d) => d.message);
};

describe('Motivation metrics in the bonus run', () => {
  test('a custom funnel stage is a KPI: S2 with «Демо» instead of calls pays the KPI at plan', () => {
    const a = workbook();
    const [row, col] = motivationCell(a, 'Показатель', 'Звонки');
    a.ss.getSheetByName('Мотивация')!.getRange(row, col).setValue('Демо');
    for (const metric of ['revenue', 'deals', 'demos']) typeFactAtPlan(a, 'm3', metric);
    expect(calculate(a)).toEqual([]);
    // deals and demos at plan: 10 000 × (0.6 + 0.4)
    expect(bonusOf(a, 'm3', 'kind.kpi')).toBe(10_000);
  });

  test('«Маржа» has no facts: refused at its cell on the Motivation tab, whatever anyone sold', () => {
    const a = workbook();
    const [row, col] = motivationCell(a, 'Показатель', 'Звонки');
    a.ss.getSheetByName('Мотивация')!.getRange(row, col).setValue('Маржа');
    const alerts = calculate(a);
    expect(alerts).toHaveLength(1);
    // «Мотивация!D10: …» or, listed by tab, «Лист «Мотивация» — … D10: …»
    expect(alerts[0]).toContain('Мотивация');
    expect(alerts[0]).toContain(
      `D${row}: «Показатель»: показатель «Маржа» неизвестен; допустимы: «Выручка», «Звонки», «Лиды», «Встречи», «Демо», «Сделки»`,
    );
    expect(alerts[0]).not.toContain('Команда!');
  });
});
