import type { Addon } from '../../local/addon';
import { openAddon } from '../../local/addon';
import { createAppsScriptGlobals } from '../../local/spreadsheet';
import { dayOf } from '../../src/core/dates';
import { t } from '../../src/i18n';
import { quotedList } from '../../src/i18n/format';
import { checkSettingsAction } from '../../src/sheets/actions/check';
import { decomposeAction } from '../../src/sheets/actions/decompose';
import { checkOtherTabs } from '../../src/sheets/check-tabs';
import { createImportTab, importTabGrid } from '../../src/sheets/import/import-tab-writes';
import { Problems } from '../../src/sheets/problems';
import { readSettings } from '../../src/sheets/settings';
import { CONTEST_COL } from '../../src/sheets/settings/contests';
import { IMPORT_TABLES } from '../../src/sheets/settings/import-tab';
import { PLAN_MONTH_COLS } from '../../src/sheets/settings/plan';
import { teamColumn } from '../../src/sheets/settings/team';
import { actionContextFor, preparedWorkbook, setTeam, snapshot } from '../helpers/workbook';

/**
 * Check settings (menu) and the same check at the start of every action that reads settings: every settings
 * tab read, every problem listed at once, grouped by tab, at its cell, with a fix where one helps.
 */
const NOV_20 = dayOf(2026, 11, 20);

function workbook(locale = 'ru_RU'): Addon {
  const a = openAddon({ locale, today: '2026-11-20' });
  preparedWorkbook(a);
  const g = createAppsScriptGlobals(a.ss);
  Object.assign(globalThis, { SpreadsheetApp: g.SpreadsheetApp, LockService: g.LockService });
  return a;
}

const lastDialog = (a: Addon): string => {
  const dialogs = (a.ss.ui as unknown as { dialogs: { message?: string; title?: string }[] }).dialogs;
  const d = dialogs[dialogs.length - 1];
  return d?.message ?? d?.title ?? '';
};

/**
 * A scheme the Motivation tab lacks (Team!I2), and a half-filled monthly plan (Plan, 2 of 12 months) or a
 * contest date that is no date (Contests!B2).
 */
function spoil(a: Addon, lang: 'ru' | 'en', where: 'plan' | 'contests'): { monthsRow: number } {
  const ctx = actionContextFor(a, NOV_20, lang);
  const settings = readSettings(ctx, new Problems())!;
  const monthsRow = settings.plan.cells!.monthsRow!;
  a.ss.getSheetByName(t('tab.team', lang))!.getRange(2, teamColumn('scheme')).setValue('Нет такой');
  if (where === 'plan')
    a.ss
      .getSheetByName(t('tab.plan', lang))!
      .getRange(monthsRow + 1, PLAN_MONTH_COLS.revenue, 2, 1)
      .setValues([[1000000], [1200000]]);
  else a.ss.getSheetByName(t('tab.contests', lang))!.getRange(2, CONTEST_COL.from).setValue('вчера');
  return { monthsRow };
}

describe.each([
  ['ru_RU', 'ru'],
  ['en_US', 'en'],
] as const)('Check settings (%s)', (locale, lang) => {
  test('a workbook as set up: all good, every settings tab named, nothing written', () => {
    const a = workbook(locale);
    const before = snapshot(a.ss);
    checkSettingsAction(actionContextFor(a, NOV_20, lang));
    const text = lastDialog(a);
    expect(text.startsWith(t('check.allGood', lang, { tabs: '' }).slice(0, 10))).toBe(true);
    for (const tab of ['team', 'plan', 'funnel', 'calendar', 'motivation', 'contests'] as const)
      expect(text).toContain(quotedList([t(`tab.${tab}`, lang)], lang));
    expect(snapshot(a.ss)).toBe(before);
  });

  const check = (a: Addon) => {
    const before = snapshot(a.ss);
    checkSettingsAction(actionContextFor(a, NOV_20, lang));
    expect(snapshot(a.ss)).toBe(before);
    return lastDialog(a);
  };
  const heading = (key: 'team' | 'plan' | 'contests') =>
    t('check.tab', lang, { tab: t(`tab.${key}`, lang), count: 1 });

  test('Team and Plan: grouped by tab with counts, at the cell, one line for ten blank months, nothing written', () => {
    const a = workbook(locale);
    const { monthsRow } = spoil(a, lang, 'plan');
    const text = check(a);
    expect(text.split('\n')[0]).toBe(t('check.heading', lang, { count: 2 }));
    // Team first (the order of the tabs), though its problem was found after the Plan tab's.
    expect(text.indexOf(heading('team'))).toBeGreaterThan(0);
    expect(text.indexOf(heading('team'))).toBeLessThan(text.indexOf(heading('plan')));
    expect(text).toContain('• I2: ');
    expect(text).toContain(t('check.fix.schemeName', lang, { tab: t('tab.motivation', lang) }));
    // Ten blank months are one line at the first blank, not ten.
    const partial = text.split('\n').filter((l) => l.startsWith(`• D${monthsRow + 3}: `));
    expect(partial).toHaveLength(1);
    expect(partial[0]).toContain(lang === 'ru' ? '10 месяцев не заполнено' : '10 months are blank');
    expect(text.match(/^• /gm)).toHaveLength(2);
  });

  test('Team and Contests: the contest date at its cell with its fix', () => {
    const a = workbook(locale);
    spoil(a, lang, 'contests');
    const text = check(a);
    expect(text.split('\n')[0]).toBe(t('check.heading', lang, { count: 2 }));
    expect(text.indexOf(heading('team'))).toBeLessThan(text.indexOf(heading('contests')));
    expect(text).toContain('• B2: ');
    expect(text).toContain(t('check.fix.date', lang));
  });

  test('the same check starts Decompose: a scheme the Motivation tab lacks is listed at the Team cell, the plan is still made', () => {
    const a = workbook(locale);
    a.ss.getSheetByName(t('tab.team', lang))!.getRange(2, teamColumn('scheme')).setValue('Нет такой');
    decomposeAction(actionContextFor(a, NOV_20, lang));
    const text = lastDialog(a);
    // Check settings' format: the tab's heading with its count, the cell, the fix.
    expect(text.split('\n')[0]).toBe(t('problems.notice', lang, { count: 1 }));
    expect(text).toContain(`${heading('team')}\n• I2: `);
    expect(text).toContain(t('check.fix.schemeName', lang, { tab: t('tab.motivation', lang) }));
    expect(text).toContain('Нет такой');
    expect(a.ss.getSheetByName(t('tab.planYear', lang, { year: 2026 }))).not.toBeNull();
  });
});

test('an action stopped by its settings lists them grouped as Check settings does, with the fixes', () => {
  const a = workbook();
  const team = a.ss.getSheetByName('Команда')!;
  team.getRange(3, teamColumn('share')).setValue('много');
  team.getRange(4, teamColumn('name')).setValue(String(team.getRange(2, teamColumn('name')).getValue()));
  const before = snapshot(a.ss);
  decomposeAction(actionContextFor(a, NOV_20));
  expect(snapshot(a.ss)).toBe(before);
  const lines = lastDialog(a).split('\n');
  expect(lines[0]).toBe(t('problems.heading', 'ru', { count: 2 }));
  expect(lines[2]).toBe(t('check.tab', 'ru', { tab: 'Команда', count: 2 }));
  expect(lines[3]).toMatch(/^• G3: «Доля»: «много» не число$/);
  expect(lines[4]).toBe(`   → ${t('check.fix.number', 'ru')}`);
  expect(lines[5]).toMatch(/^• B4: /);
  expect(lines[lines.length - 1]).toBe(t('problems.nothingWritten', 'ru'));
});

test("a long list in an action's dialog: the first 20 lines, the rest counted and sent to Check settings", () => {
  const p = new Problems();
  // Every other row: no two fold into one line.
  for (let i = 0; i < 25; i++)
    p.add('Команда', 2 + 2 * i, 7, 'settings.notNumber', { column: 'Доля', value: 'x' });
  const text = p.text('ru');
  expect(text.match(/^• /gm)).toHaveLength(20);
  expect(text).toContain(t('check.moreInCheck', 'ru', { count: 5 }));
  expect(text.split('\n')[0]).toBe(t('problems.heading', 'ru', { count: 25 }));
  // Check settings itself lists 40 and counts the rest without sending anywhere.
  const check = p.text('ru', 'check');
  expect(check.match(/^• /gm)).toHaveLength(25);
  expect(check).not.toContain(t('check.moreInCheck', 'ru', { count: 5 }));
});

test('a problem on the Team tab does not stop the check of Contests and Import; what may follow from it says so', () => {
  const a = workbook();
  const ctx = actionContextFor(a, NOV_20);
  a.ss.getSheetByName('Команда')!.getRange(3, teamColumn('share')).setValue('много');
  a.ss.getSheetByName('Конкурсы')!.getRange(2, CONTEST_COL.participants).setValue('Никто Такой');
  const tab = createImportTab(ctx, importTabGrid(ctx, null));
  tab
    .getRange(IMPORT_TABLES.templateRow + 1, IMPORT_TABLES.peopleCol, 1, 2)
    .setValues([['crm-7', 'Никто Такой']]);
  const before = snapshot(a.ss);
  checkSettingsAction(ctx);
  expect(snapshot(a.ss)).toBe(before);
  const text = lastDialog(a);
  const follows = t('check.mayFollow', 'ru', { tab: 'Команда' });
  for (const name of ['Команда', 'Конкурсы', tab.getName()])
    expect(text).toContain(t('check.tab', 'ru', { tab: name, count: 1 }));
  const lines = text.split('\n').filter((l) => l.startsWith('• '));
  expect(lines).toHaveLength(3);
  expect(lines[0]).toMatch(/^• G3: /);
  expect(lines[0]).not.toContain(follows);
  expect(lines[1]).toContain('«Никто Такой»');
  expect(lines[1].endsWith(follows)).toBe(true);
  expect(lines[2]).toContain('«Никто Такой»');
  expect(lines[2].endsWith(follows)).toBe(true);
  expect(text).toContain(`   → ${t('check.fix.person', 'ru')}`);
});

test("one misspelt scheme of three people is one problem naming them, at the first one's cell", () => {
  const a = workbook();
  const team = a.ss.getSheetByName('Команда')!;
  team.getRange(2, teamColumn('scheme'), 3, 1).setValues([['Нет такой'], ['нет такой'], [' НЕТ ТАКОЙ']]);
  const names = team
    .getRange(2, 2, 3, 1)
    .getValues()
    .map((r) => String(r[0]));
  checkSettingsAction(actionContextFor(a, NOV_20));
  const text = lastDialog(a);
  expect(text.split('\n')[0]).toBe(t('check.heading', 'ru', { count: 1 }));
  expect(text).toContain(`• I2: ${names.join(', ')}: `);
});

test('a Motivation tab in the old 22-column layout: listed by Check settings, Decompose still runs', () => {
  const a = workbook();
  const motivation = a.ss.getSheetByName('Мотивация')!;
  const header = [
    'Схема',
    'Название',
    'Тип',
    ...Array.from({ length: 16 }, (_, i) => `c${i}`),
    'T0',
    'Tmax',
    'Действует с',
  ];
  motivation.clear();
  motivation.getRange(1, 1, 2, 22).setValues([header, ['S1', 'Старая', 'оклад', ...new Array(19).fill('')]]);
  checkSettingsAction(actionContextFor(a, NOV_20));
  expect(lastDialog(a)).toContain(`${t('check.tab', 'ru', { tab: 'Мотивация', count: 1 })}\n• `);
  const before = snapshot(a.ss);
  decomposeAction(actionContextFor(a, NOV_20));
  expect(snapshot(a.ss)).not.toBe(before);
});

test('one problem per cell, the first found: a conversion that is no percentage is not also "no conversion"', () => {
  const a = workbook();
  a.ss
    .getSheetByName('Воронка')!
    .getRange('C2:C4')
    .setValues([['abc'], ['abd'], ['abe']]);
  checkSettingsAction(actionContextFor(a, NOV_20));
  const text = lastDialog(a);
  expect(text).toContain(t('check.tab', 'ru', { tab: 'Воронка', count: 3 }));
  expect(text.match(/^• /gm)).toHaveLength(1);
  expect(text).toMatch(/^• C2:C4: .*«abc» не процент \(и так же в 2 ячейках ниже\)$/m);
});

test('a scheme unknown to the Team tab may follow from a Motivation problem: said only when there is one', () => {
  const p = new Problems();
  p.add('Команда', 2, 9, 'bonus.unknownScheme', { name: 'Анна', scheme: 'S1', tab: 'Мотивация' });
  const follows = t('check.mayFollow', 'ru', { tab: 'Мотивация' });
  expect(p.text('ru', 'check')).not.toContain(follows);
  p.add('Мотивация', 3, 7, 'settings.notPercent', { column: 'Ставка', value: 'много' });
  expect(p.text('en', 'check')).toContain(t('check.mayFollow', 'en', { tab: 'Мотивация' }));
  expect(p.text('ru', 'check')).toMatch(
    /^• I2: .*«S1».* \(возможно, это следствие ошибки на листе «Мотивация»\)$/m,
  );
});

test('the same problem down one column folds into one line naming the range', () => {
  const p = new Problems();
  for (const row of [5, 6, 7]) p.add('Команда', row, 4, 'settings.required', { column: 'X' });
  p.add('Команда', 9, 4, 'settings.required', { column: 'X' });
  const text = p.text('ru', 'check');
  expect(text).toContain('• D5:D7: ');
  expect(text).toContain('• D9: ');
  expect(text.split('\n')[2]).toBe(t('check.tab', 'ru', { tab: 'Команда', count: 4 }));
  expect(text).not.toContain(t('problems.more', 'ru', { count: 1 }));
});

test('the same mistake typed down a column, values apart, is one line with the count of the others', () => {
  const p = new Problems();
  for (const [row, value] of [
    [5, '1 млн'],
    [6, '2 млн'],
    [7, '3 млн'],
  ] as const)
    p.add('План', row, 4, 'settings.notNumber', { column: 'План', value });
  const text = p.text('ru', 'check');
  expect(text).toContain('• D5:D7: «План»: «1 млн» не число (и так же в 2 ячейках ниже)');
  expect(text.match(/^• /gm)).toHaveLength(1);
});

test('Check settings reads each tab once: the same service calls for 5 and 50 managers, none more with a Team problem', () => {
  const calls = (n: number, spoilTeam: boolean) => {
    const a = workbook();
    setTeam(a.ss, n);
    if (spoilTeam) a.ss.getSheetByName('Команда')!.getRange(3, teamColumn('share')).setValue('много');
    const ctx = actionContextFor(a, NOV_20);
    a.ss.counter.reset();
    checkSettingsAction(ctx);
    return a.ss.counter.total();
  };
  const clean = calls(5, false);
  expect(calls(50, false)).toBe(clean);
  expect(calls(5, true)).toBe(calls(50, true));
  expect(calls(5, true)).toBeLessThanOrEqual(clean);
});

test('the added check costs the same service calls for 5 and 50 managers', () => {
  const calls = [5, 50].map((n) => {
    const a = workbook();
    setTeam(a.ss, n);
    const ctx = actionContextFor(a, NOV_20);
    const settings = readSettings(ctx, new Problems())!;
    a.ss.counter.reset();
    checkOtherTabs(ctx, settings, new Problems());
    return a.ss.counter.total();
  });
  expect(calls[0]).toBe(calls[1]);
  expect(calls[0]).toBeLessThanOrEqual(8);
});
