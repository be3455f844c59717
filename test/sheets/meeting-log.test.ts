import { type Addon, attachAddon } from '../../local/addon';
import { t } from '../../src/i18n';
import { TODAY } from '../../src/sheets/actions/today';
import { joinTyped } from '../../src/sheets/meeting-log';
import { MONTH } from '../../src/sheets/month-layout';
import { callMenu, faultSuite } from '../helpers/fault-injection';
import { isProtected } from '../helpers/protection';
import { exampleWorkbook } from '../helpers/workbook';

/** Issue 15, item 3: Today's commitment column, kept by date in the hidden meeting log (through the bundle). */
const C = TODAY.col;
const DEPT = MONTH.departmentId;

function todayTab(a: Addon, lang: 'ru' | 'en' = 'ru') {
  const sheet = a.ss.getSheetByName(t('tab.today', lang));
  if (!sheet) throw new Error('no Today tab');
  return sheet;
}

/** The rows (1-based) of a member on the Today tab. */
function rowsOf(a: Addon, id: string, lang: 'ru' | 'en' = 'ru'): number[] {
  const values = todayTab(a, lang).getDataRange().getValues();
  const out: number[] = [];
  values.forEach((row, i) => {
    if (i >= TODAY.firstDataRow - 1 && row[C.id - 1] === id) out.push(i + 1);
  });
  if (!out.length) throw new Error(`no Today row ${id}`);
  return out;
}

/** Types a text into a member's commitment cell (the k-th of their rows), as a person would: as text. */
function type(a: Addon, id: string, text: string, k = 0): void {
  todayTab(a).getRange(rowsOf(a, id)[k], C.commitment).setValue(`'${text}`);
}

/** A member's commitment and yesterday's text, from their first row. */
function shown(a: Addon, id: string, lang: 'ru' | 'en' = 'ru'): { commitment: unknown; promised: unknown } {
  const sheet = todayTab(a, lang);
  const r = rowsOf(a, id, lang)[0];
  return {
    commitment: sheet.getRange(r, C.commitment).getValue(),
    promised: sheet.getRange(r, C.promised).getValue(),
  };
}

function logRows(a: Addon, lang: 'ru' | 'en' = 'ru'): unknown[][] {
  const sheet = a.ss.getSheetByName(t('tab.meetingLog', lang));
  return sheet ? sheet.getDataRange().getValues().slice(1) : [];
}

/** The same spreadsheet with the add-on's clock on another day. */
const on = (a: Addon, day: string): Addon => attachAddon(a.ss, { today: day });

const EVIL = '=HYPERLINK("http://example.com","x")';

describe('Today: the commitment column survives regeneration', () => {
  test('texts typed today are kept when the tab is regenerated the same day, found by member id', () => {
    const a = exampleWorkbook(5);
    a.call('menuToday');
    type(a, 'm1', 'Позвонить 10 клиентам');
    type(a, 'm2', 'Дожать «Ромашку»', 2); // typed on m2's third row: read by id, shown on the first
    type(a, 'm3', EVIL);
    type(a, 'm4', '+3 сделки к пятнице');
    type(a, DEPT, 'Отдел: выйти на темп');
    a.call('menuToday');
    expect(shown(a, 'm1').commitment).toBe('Позвонить 10 клиентам');
    expect(shown(a, 'm2').commitment).toBe('Дожать «Ромашку»');
    expect(shown(a, 'm3').commitment).toBe(EVIL);
    expect(shown(a, 'm4').commitment).toBe('+3 сделки к пятнице');
    expect(shown(a, DEPT).commitment).toBe('Отдел: выйти на темп');
    expect(shown(a, 'm5').commitment).toBe('');
    // Written as text: no formula anywhere on the tab.
    expect(
      todayTab(a)
        .getDataRange()
        .getFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
    // The log: hidden, one entry per text, dated for the tab's day; nothing added when nothing changed.
    const log = a.ss.getSheetByName('Журнал планёрок')!;
    expect(log.isSheetHidden()).toBe(true);
    expect(logRows(a).length).toBe(5);
    expect(logRows(a)).toContainEqual(['2026-11-20', 'm3', EVIL, '2026-11-20']);
    a.call('menuToday');
    expect(logRows(a).length).toBe(5);
    // A changed text is appended; a cleared one is logged as cleared and stays cleared.
    type(a, 'm1', 'Позвонить 12 клиентам');
    todayTab(a).getRange(rowsOf(a, 'm4')[0], C.commitment).setValue('');
    a.call('menuToday');
    expect(logRows(a).length).toBe(7);
    expect(shown(a, 'm1').commitment).toBe('Позвонить 12 клиентам');
    expect(shown(a, 'm4').commitment).toBe('');
  });

  test("the next working day: an empty column and yesterday's commitment beside it", () => {
    const friday = exampleWorkbook(5);
    friday.call('menuToday');
    type(friday, 'm1', 'Закрыть две сделки');
    type(friday, DEPT, 'Все на звонках');
    friday.call('menuToday');
    type(friday, 'm1', 'Закрыть три сделки'); // typed after the last run: logged when Monday's tab is made
    const monday = on(friday, '2026-11-23');
    monday.call('menuToday');
    expect(shown(monday, 'm1')).toEqual({ commitment: '', promised: 'Закрыть три сделки' });
    expect(shown(monday, DEPT)).toEqual({ commitment: '', promised: 'Все на звонках' });
    expect(shown(monday, 'm2')).toEqual({ commitment: '', promised: '' });
    expect(logRows(monday)).toContainEqual(['2026-11-20', 'm1', 'Закрыть три сделки', '2026-11-23']);
    // Monday's own text is kept on Monday; Tuesday shows Monday's, not Friday's.
    type(monday, 'm1', 'Встреча с «Альфой»');
    monday.call('menuToday');
    expect(shown(monday, 'm1')).toEqual({ commitment: 'Встреча с «Альфой»', promised: 'Закрыть три сделки' });
    const tuesday = on(friday, '2026-11-24');
    tuesday.call('menuToday');
    expect(shown(tuesday, 'm1')).toEqual({ commitment: '', promised: 'Встреча с «Альфой»' });
    expect(shown(tuesday, DEPT).promised).toBe('');
  });

  test('the column is the only typable one: the rest of the tab is protected', () => {
    const a = exampleWorkbook(5);
    a.call('menuToday');
    const sheet = todayTab(a);
    const covers = (row: number, col: number) =>
      isProtected(sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet, row, col);
    const first = TODAY.firstDataRow;
    expect(covers(first, C.commitment)).toBe(false);
    expect(covers(TODAY.headerRow, C.commitment)).toBe(true);
    expect(covers(first, C.promised)).toBe(true);
    expect(covers(first, C.fact)).toBe(true);
    expect(sheet.getRange(TODAY.headerRow, C.commitment).getValue()).toBe('Обещание / комментарий');
  });

  test('in English: the column "Commitment / comment" and the log "Meeting log"', () => {
    const a = exampleWorkbook(5, 'en_US');
    a.call('menuToday');
    const sheet = todayTab(a, 'en');
    expect(sheet.getRange(TODAY.headerRow, C.commitment).getValue()).toBe('Commitment / comment');
    expect(sheet.getRange(TODAY.headerRow, C.promised).getValue()).toBe('Promised yesterday');
    sheet.getRange(rowsOf(a, 'm1', 'en')[0], C.commitment).setValue("'Call back Acme");
    on(a, '2026-11-23').call('menuToday');
    expect(shown(a, 'm1', 'en')).toEqual({ commitment: '', promised: 'Call back Acme' });
    expect(a.ss.getSheetByName('Meeting log')!.isSheetHidden()).toBe(true);
  });

  test('the same service calls for 5 and 50 managers, texts typed and logged', () => {
    const calls = (team: number) => {
      const a = exampleWorkbook(team);
      a.call('menuToday');
      type(a, 'm1', 'первый');
      a.call('menuToday');
      type(a, 'm1', 'второй');
      type(a, 'm2', 'новый');
      a.ss.counter.reset();
      a.call('menuToday');
      expect(logRows(a).length).toBe(3);
      return a.ss.counter.byMethod();
    };
    expect(calls(50)).toEqual(calls(5));
  });
});

describe('Today: a fault at any service call loses no typed text', () => {
  faultSuite();

  test('every N: each typed text is in the old tab or the log, and the next run shows it', () => {
    const a = exampleWorkbook(5);
    a.call('menuToday');
    type(a, 'm1', 'старый текст');
    a.call('menuToday');
    a.ss.counter.reset();
    a.call('menuToday');
    const total = a.ss.counter.total();
    for (let n = 1; n <= total + 2; n++) {
      const text = `обещание ${n}`;
      type(a, 'm1', text);
      type(a, DEPT, `отдел ${n}`);
      a.ss.counter.failAt(n, (m) => new Error(`Service error: ${m} (injected)`));
      callMenu(a, 'menuToday');
      a.ss.counter.reset();
      const tab = a.ss.getSheetByName('Сегодня');
      const inTab = tab
        ? shown(a, 'm1').commitment === text && shown(a, DEPT).commitment === `отдел ${n}`
        : false;
      const logged = logRows(a).some((r) => r[1] === 'm1' && r[2] === text);
      expect({ n, kept: inTab || logged }).toEqual({ n, kept: true });
      expect(callMenu(a, 'menuToday')).toBeNull();
      expect(shown(a, 'm1').commitment).toBe(text);
      expect(shown(a, DEPT).commitment).toBe(`отдел ${n}`);
      expect(a.ss.getSheets().filter((s) => / ~(new|old)$/.test(s.getName()))).toEqual([]);
    }
  });
});

describe('a member types on any of their rows', () => {
  test('the texts of all their rows are kept, joined', () => {
    const texts = new Map<string, string>();
    joinTyped(texts, 'm1', '');
    joinTyped(texts, 'm1', 'звонки: +10 в день');
    joinTyped(texts, 'm1', '');
    joinTyped(texts, 'm1', 'встречи: 3 за неделю');
    joinTyped(texts, 'm2', '');
    expect([...texts]).toEqual([
      ['m1', 'звонки: +10 в день; встречи: 3 за неделю'],
      ['m2', ''],
    ]);
  });
});
