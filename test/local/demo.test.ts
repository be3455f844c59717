import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main, parseDemoArgs as parseArgs } from '../../local/demo-cli';
import { demoFacts, demoTeam } from '../../local/demo-data';
import { ImportRefused } from '../../local/demo-import';
import { slugOf } from '../../local/demo-pictures';
import { type DemoResult, runDemo } from '../../local/demo-run';
import { formatSummary } from '../../local/demo-summary';
import { readXlsx } from '../../local/xlsx';
import { MONTH } from '../../src/sheets/month-layout';
import { flatText } from '../helpers/problems-dialog';

// The demo runs the built bundle (dist/Code.js): `npm test` builds it first.
jest.setTimeout(60_000);

const EXAMPLES = path.resolve(__dirname, '../../local/examples');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spk-demo-test-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run demo (in-process)', () => {
  let first: DemoResult;
  let second: DemoResult;
  beforeAll(async () => {
    first = await runDemo({ team: 3, seed: 7, out: path.join(dir, 'a.xlsx') });
    second = await runDemo({ team: 3, seed: 7, out: path.join(dir, 'b.xlsx') });
  });

  test('writes the workbook with the settings tabs, the year plan and the month tab', async () => {
    expect(fs.statSync(first.out).size).toBeGreaterThan(10_000);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(first.out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(
      expect.arrayContaining(['Команда', 'План', 'Воронка', 'Календарь', 'План 2026', '2026-11']),
    );
    expect(names).toEqual(first.tabs.concat(names.length > first.tabs.length ? ['Charts'] : []));
  });

  test('the team was resized to 3 managers, and the core actions ran without errors', () => {
    expect(first.managers).toHaveLength(3);
    for (const a of first.actions) expect(a.error).toBeUndefined();
    const names = first.actions.map((a) => a.action);
    expect(names).toEqual(
      expect.arrayContaining([
        'onOpen',
        'menuSetup',
        'resizeTeam',
        'menuDecompose',
        'menuCreateMonth',
        'typeFacts',
      ]),
    );
    expect(first.actions.find((a) => a.action === 'menuCreateMonth')!.alerts).toEqual([]);
  });

  test('facts are pasted with one setValues over the day block, up to the day before today', () => {
    const paste = first.actions.find((a) => a.action === 'typeFacts')!;
    expect(paste.byMethod['Range.setValues']).toBe(1);
    expect(first.facts).toHaveLength(3 * 6); // 3 managers × 6 metrics (revenue, 4 funnel stages, receipts)
    expect(first.facts[0]).toHaveLength(19); // 2026-11-01 … 2026-11-19
    expect(first.facts.flat().some((v) => typeof v === 'number' && v > 0)).toBe(true);
  });

  test('the same seed gives the same facts, another seed other facts', async () => {
    expect(second.facts).toEqual(first.facts);
    expect(second.managers).toEqual(first.managers);
    const other = await runDemo({ team: 3, seed: 8, out: path.join(dir, 'c.xlsx') });
    expect(other.facts).not.toEqual(first.facts);
  });

  test("the summary's department fact is the sum of the managers' facts, read back from the sheet", () => {
    const sum = first.managers.reduce((s, m) => s + m.fact, 0);
    expect(first.department.fact).toBe(sum);
    expect(first.department.fact).toBeGreaterThan(0);
    expect(first.department.plan).toBe(first.managers.reduce((s, m) => s + m.plan, 0));
    const text = formatSummary(first, 1);
    expect(text).toMatch(/Отдел/);
    expect(text).toMatch(/Открытие \(меню\)/);
  });

  test('the written file reads back with the facts and their computed totals', async () => {
    const back = await readXlsx(first.out);
    const month = back.getSheetByName('2026-11')!;
    const values = month.getDataRange().getValues();
    const row = values.findIndex((r) => r[0] === first.managers[0].id && r[1] === 'revenue');
    expect(row).toBeGreaterThan(0);
    expect(values[row].slice(MONTH.firstDayCol - 1, MONTH.firstDayCol + 18)).toEqual(first.facts[0]);
  });

  test('English: en_US locale, English tabs and summary', async () => {
    const en = await runDemo({ lang: 'en', seed: 3, team: 2, out: path.join(dir, 'en.xlsx') });
    expect(en.tabs).toEqual(expect.arrayContaining(['Team', 'Plan', 'Plan 2026', '2026-11']));
    expect(en.ss.getSpreadsheetLocale()).toBe('en_US');
    expect(formatSummary(en)).toMatch(/Department/);
  });

  test('--from: the settings tabs of a workbook are used, the example facts typed only into an empty month', async () => {
    const fromRun = await runDemo({ from: first.out, out: path.join(dir, 'from.xlsx') });
    expect(fromRun.managers.map((m) => m.name)).toEqual(first.managers.map((m) => m.name));
    for (const a of fromRun.actions) expect(a.error).toBeUndefined();
    // the month tab of the file already holds facts: they are kept, not replaced
    expect(fromRun.actions.map((a) => a.action)).not.toContain('typeFacts');
    expect(fromRun.department.fact).toBe(first.department.fact);
  });

  test("--from with broken settings: the add-on's own list of problems, in the workbook's language", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(first.out);
    wb.getWorksheet('Воронка')!.getCell('C2').value = 'abc';
    const broken = path.join(dir, 'broken.xlsx');
    await wb.xlsx.writeFile(broken);
    const run = await runDemo({ from: broken, out: path.join(dir, 'broken-out.xlsx') });
    expect(run.settingsProblems).toMatch(/^В настройках \d+ ошибк/);
    expect(flatText(run.settingsProblems ?? '')).toMatch(/• Воронка!C2: .*«abc» не процент/);
  });

  test('--import: each export goes into a tab and is imported after the month tab exists, no typed facts', async () => {
    const amo = path.join(EXAMPLES, 'amocrm-deals-november-2026.csv');
    const run = await runDemo({ imports: [amo], out: path.join(dir, 'import.xlsx') });
    const steps = run.actions.map((a) => a.action);
    expect(steps.slice(steps.indexOf('menuCreateMonth') + 1, steps.indexOf('menuCreateMonth') + 3)).toEqual([
      'fileImport',
      'menuImportFromTab',
    ]);
    expect(steps).not.toContain('typeFacts');
    const imported = run.actions.find((a) => a.action === 'menuImportFromTab')!;
    expect(imported.error).toBeUndefined();
    expect(imported.alerts.join('\n')).toMatch(/выгрузка amoCRM, 40 строк/);
    expect(run.department.fact).toBeGreaterThan(0);
    expect(run.tabs).toContain('amocrm-deals-november-2026');
  });

  test("--import of a file that is no export: the add-on's words, exit 1, nothing written", async () => {
    const bad = path.join(dir, 'photo.xlsx');
    fs.writeFileSync(bad, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    const out = path.join(dir, 'never.xlsx');
    await expect(runDemo({ imports: [bad], out })).rejects.toThrow(ImportRefused);
    await expect(runDemo({ imports: [bad], out })).rejects.toThrow(/^photo\.xlsx: /);
    const said = jest.spyOn(console, 'error').mockImplementation(() => {});
    expect(await main(['--import', bad, '--out', out])).toBe(1);
    expect(String(said.mock.calls[0][0])).toMatch(/^photo\.xlsx: это не текстовый файл/);
    said.mockRestore();
    expect(fs.existsSync(out)).toBe(false);
    const notes = path.join(dir, 'notes.csv');
    fs.writeFileSync(notes, 'Кому;Что\nИвану;позвонить\n');
    await expect(runDemo({ imports: [notes], out })).rejects.toThrow(/^notes\.csv: не похоже на выгрузку/);
  });
});

describe('demo data', () => {
  const rows = [
    { id: 'a', metric: 'revenue', plan: 2_000_000 },
    { id: 'a', metric: 'deals', plan: 10 },
    { id: 'a', metric: 'calls', plan: 1000 },
    { id: 'b', metric: 'revenue', plan: 1_000_000 },
    { id: 'b', metric: 'deals', plan: 5 },
    { id: 'b', metric: 'calls', plan: 500 },
  ];
  const workdays = Array.from({ length: 30 }, (_, d) => (d + 2) % 7 < 5); // the 1st a Wednesday
  const input = { rows, workdays, firstWeekday: 3, days: 19, seed: 42 };

  test('blank on days off and absences, whole counts, revenue in thousands from that day’s deals', () => {
    const facts = demoFacts({ ...input, absentDays: new Map([['b', new Set([7, 8])]]) });
    expect(facts).toHaveLength(6);
    for (const row of facts) {
      row.forEach((v, d) => {
        if (!workdays[d]) expect(v).toBe('');
      });
    }
    expect(facts[3][7]).toBe('');
    expect(facts[5][8]).toBe('');
    for (const row of facts) for (const v of row) if (v !== '') expect(Number.isInteger(v)).toBe(true);
    facts[0].forEach((rev, d) => {
      if (rev === '') return;
      expect((rev as number) % 1000).toBe(0);
      if (facts[1][d] === 0) expect(rev).toBe(0);
    });
  });

  test('deterministic by seed; the running total of deals stays near the pace', () => {
    expect(demoFacts(input)).toEqual(demoFacts(input));
    expect(demoFacts({ ...input, seed: 43 })).not.toEqual(demoFacts(input));
    const deals = demoFacts(input)[1].reduce<number>((s, v) => s + (v === '' ? 0 : v), 0);
    // 13 of 22 working days at 10 a month, a form between 0.5 and 1.25: between 2 and 9 deals
    expect(deals).toBeGreaterThanOrEqual(2);
    expect(deals).toBeLessThanOrEqual(9);
  });

  test('a team of distinct names, new hires last, ids d1…', () => {
    const team = demoTeam(12, 5, 'ru', 2026, 11);
    expect(new Set(team.map((p) => p.name)).size).toBe(12);
    expect(team.map((p) => p.id)).toEqual(Array.from({ length: 12 }, (_, i) => `d${i + 1}`));
    expect(team.filter((p) => p.start !== null)).toHaveLength(2);
    expect(team[11].start! < '2026-11-01' && team[11].start! >= '2026-09-01').toBe(true);
    expect(demoTeam(12, 5, 'ru', 2026, 11)).toEqual(team);
    expect(demoTeam(1, 5, 'en', 2026, 1)[0].start).toBeNull();
  });
});

describe('command line', () => {
  test('options', () => {
    expect(
      parseArgs([
        '--month',
        '2026-03',
        '--team=4',
        '--lang',
        'en',
        '--seed',
        '9',
        '--png',
        '--out',
        'x.xlsx',
      ]),
    ).toEqual({
      month: '2026-03',
      team: 4,
      lang: 'en',
      seed: 9,
      png: true,
      out: 'x.xlsx',
    });
    expect(() => parseArgs(['--month', '2026-13'])).toThrow(/--month/);
    expect(() => parseArgs(['--team', '0'])).toThrow(/--team/);
    expect(() => parseArgs(['--lang', 'de'])).toThrow(/--lang/);
    expect(() => parseArgs(['--seed'])).toThrow(/--seed needs a value/);
    expect(() => parseArgs(['--what'])).toThrow(/unknown option --what/);
    expect(parseArgs(['--import', 'a.csv', '--import', 'b.xls'])).toEqual({ imports: ['a.csv', 'b.xls'] });
  });

  test('tab names become ASCII file names', () => {
    expect(slugOf('Отчёт 2026-11')).toBe('otchet-2026-11');
    expect(slugOf('Plan 2026')).toBe('plan-2026');
  });
});
