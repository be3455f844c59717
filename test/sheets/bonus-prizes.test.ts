import type { Addon } from '../../local/addon';
import { t } from '../../src/i18n';
import { MONTH } from '../../src/sheets/month-layout';
import { flatText } from '../helpers/problems-dialog';
import { exampleWorkbook } from '../helpers/workbook';

/**
 * A finished contest's money prizes reach the Bonus tab of the month it ended in: the Contests tab that Set
 * up writes on 20 November 2026 holds last week's activity contest (9–15 November: calls × 1, meetings × 5,
 * deals × 20, Fridays × 2; prizes 3 000 and 2 000) and two contests still running (no prize yet).
 */
function typeFact(a: Addon, id: string, metric: string, day: number, value: number): void {
  const sheet = a.ss.getSheetByName('2026-11')!;
  const values = sheet.getDataRange().getValues();
  const r = values.findIndex((row) => row[MONTH.col.id - 1] === id && row[MONTH.col.metric - 1] === metric);
  sheet.getRange(r + 1, MONTH.firstDayCol + day - 1).setValue(value);
}

function bonusTab(a: Addon) {
  a.ss.ui.answer({ button: 'OK', text: '2026-11' });
  a.call('menuBonuses');
  const range = a.ss.getSheetByName('Премии 2026-11')!.getDataRange();
  const values = range.getValues();
  const notes = range.getNotes();
  const keys = values[2].map(String);
  const row = (id: string) => values.findIndex((r) => r[0] === id);
  // The trail shows its first line; all its lines are in the cell's note.
  const get = (id: string, key: string) =>
    (key === 'trail' && notes[row(id)][keys.indexOf(key)]) || values[row(id)][keys.indexOf(key)];
  // A summary line's figure: the first number after its label (merged across the columns it needs).
  const summary = (label: string) => values.find((r) => r[1] === label)?.find((v) => typeof v === 'number');
  return { keys, get, summary };
}

describe('contest prizes on the Bonus tab', () => {
  const a = exampleWorkbook(5);
  typeFact(a, 'm1', 'calls', 10, 40); // Tuesday: 40 points
  typeFact(a, 'm1', 'meetings', 13, 2); // Friday: 2 × 5 × 2 = 20 points
  typeFact(a, 'm2', 'calls', 13, 25); // Friday: 50 points
  typeFact(a, 'm3', 'calls', 16, 500); // after the contest: counts nothing

  test('1st and 2nd place get 3 000 and 2 000 in their own column, in the total, with a trail line', () => {
    const withPrizes = bonusTab(a);
    a.ss.deleteSheet(a.ss.getSheetByName('Конкурсы')!);
    const without = bonusTab(a);
    expect(without.keys).not.toContain('prizes');
    expect(withPrizes.get('m1', 'prizes')).toBe(3000);
    expect(withPrizes.get('m2', 'prizes')).toBe(2000);
    expect(withPrizes.get('m3', 'prizes')).toBe('');
    for (const [id, prize] of [
      ['m1', 3000],
      ['m2', 2000],
      ['m3', 0],
    ] as const) {
      expect(withPrizes.get(id, 'total')).toBeCloseTo(Number(without.get(id, 'total')) + prize, 2);
      expect(withPrizes.get(id, 'variable')).toBeCloseTo(Number(without.get(id, 'variable')) + prize, 2);
    }
    const trail = String(withPrizes.get('m1', 'trail')).replace(/[\u00a0\u202f]/g, ' ');
    expect(trail).toContain('Конкурс «Неделя активности»: 1 место — 3 000,00 ₽');
    expect(withPrizes.summary('в т. ч. призы конкурсов')).toBe(5000);
  });

  test("a mistake in a contest still running does not stop this month's pay", () => {
    const b = exampleWorkbook(5);
    b.ss.getSheetByName('Конкурсы')!.getRange('C2').setValue('01.01.2020'); // the sprint: end before start
    b.ss.ui.answer({ button: 'OK', text: '2026-11' });
    b.call('menuBonuses');
    expect(b.ss.getSheetByName('Премии 2026-11')).not.toBeNull();
  });

  test('a mistake in a contest that ended this month stops the run with the problems dialog: a prize left out is pay left out', () => {
    const b = exampleWorkbook(5);
    b.ss.getSheetByName('Конкурсы')!.getRange('B3').setValue('01.12.2026'); // the start after the end
    const dialogs = b.ss.ui.dialogs.length;
    b.ss.ui.answer({ button: 'OK', text: '2026-11' });
    b.call('menuBonuses');
    expect(b.ss.getSheetByName('Премии 2026-11')).toBeNull();
    expect(
      b.ss.ui.dialogs
        .slice(dialogs)
        .map((d) => flatText(d.message))
        .join('\n'),
    ).toContain('Конкурсы!C3');
  });
});

describe('a prize of a person whose bonus could not be calculated', () => {
  test('stays in its column, outside the fund, and the dialog after the run says so', () => {
    const b = exampleWorkbook(5);
    typeFact(b, 'm1', 'calls', 10, 40);
    const team = b.ss.getSheetByName('Команда')!;
    const row =
      team
        .getDataRange()
        .getValues()
        .findIndex((r) => r[0] === 'm1') + 1;
    team.getRange(row, 9).setValue('НЕТ-ТАКОЙ'); // a scheme the Motivation tab does not have
    const dialogs = b.ss.ui.dialogs.length;
    const tab = bonusTab(b);
    expect(tab.get('m1', 'prizes')).toBe(3000);
    // nobody else scored (no prize for 0 points), and m1's 3 000 is not in the fund
    expect(tab.summary('в т. ч. призы конкурсов')).toBe(0);
    const shown = b.ss.ui.dialogs
      .slice(dialogs)
      .map((d) => d.message)
      .join('\n')
      .replace(/[\u00a0\u202f]/g, ' ');
    expect(shown).toContain('приз конкурса 3 000,00 ₽ не вошёл в фонд');
  });
});

describe('a Motivation tab in the layout before issue 16', () => {
  test('the bonus run says only how to move it, not «scheme not found» for everyone', () => {
    const b = exampleWorkbook(5);
    b.ss.getSheetByName('Мотивация')!.getRange(1, 20).setValue('T0'); // an old header
    const dialogs = b.ss.ui.dialogs.length;
    b.ss.ui.answer({ button: 'OK', text: '2026-11' });
    b.call('menuBonuses');
    const shown = b.ss.ui.dialogs
      .slice(dialogs)
      .map((d) => d.message)
      .join('\n');
    expect(b.ss.getSheetByName('Премии 2026-11')).toBeNull();
    expect(shown).toContain(t('problems.heading', 'ru', { count: 1 }));
  });
});
