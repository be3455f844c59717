import type { Addon } from '../../local/addon';
import type { Sheet } from '../../local/spreadsheet';
import { MONTH } from '../../src/sheets/month-layout';
import { everyTabWorkbook, exampleWorkbookWithFacts } from '../helpers/workbook';

/**
 * Issue 16, item 5 (Acceptance): the wording of every generated and settings tab, through the bundle (SPK_CODE
 * or dist/Code.js), in the example workbook with facts, a month, Today, Week, the leaderboards, Bonus and Report:
 * - a Russian tab shows no English word (a Latin-letter word of 2+ letters in a visible cell or a note) outside
 *   what the user typed: the people's and teams' names, ids, and the few words in ALLOWED, each with a reason;
 * - an English tab never says "fact" (we say "actual") and uses one word for completion ("attainment"; never
 *   "completion").
 */

/** Latin words a Russian tab may show, and why. Compared case-sensitively as whole words. */
const ALLOWED: Record<string, string> = {
  amoCRM: 'a CRM name (import sources)',
  Bitrix24: 'a CRM name (import sources)',
  Bitrix: 'a CRM name as its export files say it',
  CRM: 'what Russian sales people call it too',
  RUB: 'a currency code the Plan tab asks for (ISO 4217)',
  KZT: 'a currency code the Plan tab asks for (ISO 4217)',
  BYN: 'a currency code the Plan tab asks for (ISO 4217)',
  USD: 'a currency code the Plan tab asks for (ISO 4217)',
  ID: 'what Russian CRMs (amoCRM, Bitrix24) call a record’s id',
  RU: 'a country code the Calendar tab asks for',
  KZ: 'a country code the Calendar tab asks for',
  BY: 'a country code the Calendar tab asks for',
  NONE: 'the Calendar tab’s "no holidays" code',
  KPI: 'what Russian heads of sales write (the seed texts do)',
  LTV: 'what Russian heads of sales write (the seed texts do)',
  CSV: 'a file kind',
  TRUE: 'a checkbox value read by a formula',
  FALSE: 'a checkbox value read by a formula',
};

/** The example workbook with every tab written, and no problem said on the way. */
function workbook(locale: string): Addon {
  const a = everyTabWorkbook(locale);
  expect(a.ss.ui.dialogs.filter((d) => d.kind === 'alert')).toEqual([]);
  return a;
}

/** "Tab!R1C2 text" for each visible cell's value and note on every visible tab (hidden rows and columns are markers). */
function visibleTexts(a: Addon): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const sheet of a.ss.sheetList().filter((s) => !s.isSheetHidden())) {
    const all = sheet.getDataRange();
    const shown = all.getDisplayValues();
    const formulas = all.getFormulas();
    const notes = all.getNotes();
    for (let r = 0; r < shown.length; r++)
      for (let c = 0; c < shown[r].length; c++) {
        const [where, text] = [`${sheet.getName()}!R${r + 1}C${c + 1}`, shown[r][c]];
        if (hidden(sheet, r + 1, c + 1)) continue;
        if (notes[r][c]) out.push({ where: `${where} (note)`, text: notes[r][c] });
        // A formula's text (a validation list, a sum) is the spreadsheet's language, not ours.
        if (text && !(formulas[r][c] && !/^=".*"$/.test(formulas[r][c]))) out.push({ where, text });
      }
  }
  return out;
}

const hidden = (sheet: Sheet, r: number, c: number) =>
  sheet.isRowHiddenByUser(r) || sheet.isColumnHiddenByUser(c);

/** What the user typed (or the example typed for him): the Team tab's ids, names and groups, scheme names. */
function typedWords(a: Addon): Set<string> {
  const team = a.ss.getSheetByName('Команда');
  const words = new Set<string>();
  for (const row of team?.getDataRange().getDisplayValues().slice(1) ?? [])
    for (const c of [0, 1, 8, 11]) for (const w of row[c]?.match(/[A-Za-z0-9]+/g) ?? []) words.add(w);
  return words;
}

/** The Latin words of 2+ letters in a text: letters, and digits glued to them (S1, Bitrix24). */
function latinWords(text: string): string[] {
  return (text.match(/(?<![\p{L}\d])[A-Za-z][A-Za-z\d]*[A-Za-z\d]*/gu) ?? []).filter((w) =>
    /[A-Za-z].*[A-Za-z]/.test(w),
  );
}

describe('ru_RU: no English word in a Russian tab', () => {
  let a: Addon;
  beforeAll(() => {
    a = workbook('ru_RU');
  });

  test('outside names, ids and the allowed words', () => {
    const typed = typedWords(a);
    const found: string[] = [];
    for (const { where, text } of visibleTexts(a)) {
      // A URL is an address, not a word; #REF! is Sheets' own error text, as the user sees it in a broken cell.
      const words = latinWords(text.replace(/https?:\/\/\S+|#REF!/g, '')).filter(
        (w) => !ALLOWED[w] && !typed.has(w),
      );
      if (words.length) found.push(`${where}: ${words.join(', ')} — ${text.slice(0, 80)}`);
    }
    expect(found).toEqual([]);
  });
});

describe('ru_RU: the Report reads as a person writes', () => {
  test('sentence case after the colon; a whole number of deals in the bottleneck sentence', () => {
    const a = exampleWorkbookWithFacts('ru_RU');
    // Far fewer deals than meetings (1 000 a day against up to 40 000): the deals stage is the bottleneck.
    const month = a.ss.getSheetByName('2026-11')!;
    month
      .getDataRange()
      .getValues()
      .forEach((row, r) => {
        if (row[MONTH.col.metric - 1] === 'deals' && r + 1 >= MONTH.firstDataRow + 6)
          month.getRange(r + 1, MONTH.firstDayCol, 1, 19).setValues([Array(19).fill(1_000)]);
      });
    a.ss.ui.answer({ button: 'OK', text: '2026-11' });
    a.call('menuReport');
    expect(a.ss.ui.dialogs.filter((d) => d.kind === 'alert')).toEqual([]);
    const shown = a.ss.getSheetByName('Отчёт 2026-11')!.getDataRange().getDisplayValues();
    expect(shown[0][0]).toBe('Отчёт о продажах: ноябрь 2026');
    const neck = shown.map((r) => r[0]).find((x) => x.startsWith('Узкое место'));
    // (5 % − 30 %) × 1 900 000 meetings: 475 000 deals, whole.
    expect(neck).toMatch(
      /^Узкое место — «Встречи» → «Сделки»: конверсия 5\s?% при ориентире 30\s?%; при конверсии на уровне ориентира сделок было бы на 475\s000 больше\.$/,
    );
  });
});

describe('en_US: one word per idea', () => {
  let a: Addon;
  beforeAll(() => {
    a = workbook('en_US');
  });

  test('"actual", never "fact"; "attainment", never "completion" or "done"', () => {
    const found: string[] = [];
    for (const { where, text } of visibleTexts(a))
      if (/\bfacts?\b|\bcompletion\b|\bdone\b/i.test(text)) found.push(`${where}: ${text.slice(0, 100)}`);
    expect(found).toEqual([]);
  });
});

test('latinWords: words of 2+ Latin letters, ids with digits; not single letters or Cyrillic', () => {
  expect(latinWords('План S1, Bitrix24 и amoCRM; x = 2, Выручка')).toEqual(['Bitrix24', 'amoCRM']);
  expect(latinWords('kind.salary T0 Tmax')).toEqual(['kind', 'salary', 'Tmax']);
});
