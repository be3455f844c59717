import type { Addon } from '../../local/addon';
import { WEEK } from '../../src/sheets/week-layout';
import { exampleWorkbook } from '../helpers/workbook';

/** The Weekly meeting menu item through the built bundle (SPK_CODE or dist/Code.js). */
function weeklyMeeting(a: Addon, answer: string): void {
  a.ss.ui.answer({ button: 'OK', text: answer });
  a.call('menuWeeklyMeeting');
}

const lastMessage = (a: Addon) => a.ss.ui.dialogs[a.ss.ui.dialogs.length - 1]?.message ?? '';

describe('Weekly meeting through the bundle', () => {
  test('an empty answer makes the current week (Friday 20 November 2026: W47); a date its week; a bad week an alert', () => {
    const a = exampleWorkbook(5, 'ru_RU', ['2026-11']);
    weeklyMeeting(a, '');
    const w47 = a.ss.getSheetByName('Неделя 2026-W47')!;
    expect(w47.getRange(WEEK.titleRow, WEEK.col.name).getValue()).toContain('2026-W47');
    expect(a.ss.getActiveSheet().getName()).toBe('Неделя 2026-W47');
    weeklyMeeting(a, '30.11.2026');
    const w49 = a.ss.getSheetByName('Неделя 2026-W49')!;
    expect(w49.getRange(WEEK.noteRow, WEEK.col.name).getValue()).toContain('2026-12');
    const sheets = a.ss.sheetList().length;
    weeklyMeeting(a, 'W99');
    expect(lastMessage(a)).toContain('W99');
    expect(a.ss.sheetList().length).toBe(sheets);
  });

  test('the same number of service calls for 5 and for 50 managers', () => {
    const calls = (team: number) => {
      const a = exampleWorkbook(team, 'ru_RU', ['2026-11', '2026-12']);
      weeklyMeeting(a, '2026-W48');
      a.ss.counter.reset();
      weeklyMeeting(a, '2026-W49');
      return a.ss.counter.total();
    };
    const five = calls(5);
    expect(five).toBeGreaterThan(0);
    expect(calls(50)).toBe(five);
  });
});
