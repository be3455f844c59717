import { openAddon } from '../../local/addon';
import { MONTH } from '../../src/sheets/month-layout';
import { createMonth, preparedWorkbook } from '../helpers/workbook';

test('the whole menu through the bundle: set up → decompose → month → facts → today → bonuses → report', () => {
  const a = openAddon({ locale: 'ru_RU', today: '2026-11-20' });
  preparedWorkbook(a);
  a.call('menuDecompose');
  createMonth(a);
  const month = a.ss.getSheetByName('2026-11')!;
  const firstManagerRow = MONTH.firstDataRow + 6; // below the six department rows
  const rows = month.getDataRange().getValues().length - firstManagerRow + 1;
  const facts = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: 19 }, (_, d) => ((r * 7 + d) % 5) * 10),
  );
  month.getRange(firstManagerRow, MONTH.firstDayCol, rows, 19).setValues(facts);
  a.call('menuToday');
  a.ss.ui.answer({ button: 'OK', text: '2026-11' });
  a.call('menuBonuses');
  a.ss.ui.answer({ button: 'OK', text: '2026-11' });
  a.call('menuReport');
  const names = a.ss.sheetList().map((s) => s.getName());
  expect(names).toEqual(
    expect.arrayContaining(['План 2026', '2026-11', 'Сегодня', 'Премии 2026-11', 'Отчёт 2026-11']),
  );
  expect(a.ss.ui.dialogs.filter((d) => d.kind === 'alert')).toEqual([]);
  expect(a.ss.getSheetByName('Отчёт 2026-11')!.getCharts().length).toBe(3);
});
