/**
 * The import in the benchmark (issue 14): generated amoCRM-like exports through the import core (bytes →
 * facts → merge → totals, timed in plain Node), and the service calls of "Import facts from this tab" over
 * the example workbook with an export staged in a tab as Sheets' File → Import leaves it.
 */

import {
  defaultImportSettings,
  type ImportSettings,
  importExport,
  mergeLog,
  parseExportText,
  totalsOf,
} from '../../src/core/import';
import { CP1251_UPPER_HALF } from '../../src/core/import/cp1251';
import { openAddon } from '../addon';
import { stageExport } from '../demo-import';
import { seededRandom } from '../random';
import type { Spreadsheet } from '../spreadsheet';
import { type ActionRun, type ActionSpec, menuActions, runAction } from './actions';
import { medianMs } from './timing';

const HEADER = [
  'ID',
  'Название сделки',
  'Бюджет ',
  'Ответственный',
  'Дата создания сделки',
  'Кем создана сделка',
  'Дата редактирования',
  'Дата закрытия',
  'Теги',
  'Примечание',
  'Этап сделки',
  'Воронка',
  'Контакт: Имя',
  'Компания: Название',
  'utm_source',
];
const OPEN_STAGES = ['Первичный контакт', 'Переговоры', 'Принимают решение', 'Согласование договора'];
const WON = 'Успешно реализовано';
const LOST = 'Закрыто и не реализовано';
const PRODUCTS = ['Доставка', 'Монтаж', 'Обучение персонала', 'Поставка оборудования', 'Сервис'];
const COMPANIES = ['ООО "Ромашка"', 'ЗАО "Прогресс"', 'ИП Зайцев', 'АО Вектор', 'ООО "Север"'];
const CONTACTS = ['Сергей', 'Павел', 'Ольга', 'Дмитрий'];
const UTM = ['', 'yandex', 'site', 'google'];
const NOTES = ['', '', '', 'Перезвонить; уточнить объём', 'КП отправлено'];

/** The example team of a Russian workbook: the core part imports for these names. */
export const EXAMPLE_TEAM = [
  { id: 'm1', name: 'Анна Смирнова' },
  { id: 'm2', name: 'Иван Петров' },
  { id: 'm3', name: 'Мария Кузнецова' },
  { id: 'm4', name: 'Олег Соколов' },
  { id: 'm5', name: 'Екатерина Новикова' },
];

const pad = (n: number) => String(n).padStart(2, '0');
const csvCell = (v: string) => (/[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * An amoCRM deal export as its text: the example file's columns, `rows` deals of `names` (one in three
 * written "Surname Name"), created on 1–`lastDay` November 2026, a quarter won and about one in six lost
 * (closed on a later day), amounts like "150 000", quoted companies and notes with `;`. Seeded: the same
 * arguments give the same text.
 */
export function amoExportText(rows: number, names: readonly string[], lastDay = 20, seed = 14): string {
  const next = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const lines = [HEADER.join(';')];
  for (let i = 0; i < rows; i++) {
    const name = names[i % names.length];
    const written = i % 3 === 2 ? name.split(' ').reverse().join(' ') : name;
    const created = 1 + Math.floor(next() * lastDay);
    const closedDay = created + Math.floor(next() * (lastDay - created + 1));
    const r = next();
    const stage = r < 0.25 ? WON : r < 0.4 ? LOST : pick(OPEN_STAGES);
    const at = (day: number) =>
      `${pad(day)}.11.2026 ${pad(9 + Math.floor(next() * 9))}:${pad(Math.floor(next() * 60))}:${pad(Math.floor(next() * 60))}`;
    const company = pick(COMPANIES);
    const cells = [
      String(31500000 + i * 17),
      `${pick(PRODUCTS)} — ${company}`,
      (5000 * (1 + Math.floor(next() * 60))).toLocaleString('en-US').replace(/,/g, ' '),
      written,
      at(created),
      name,
      at(closedDay),
      stage === WON || stage === LOST ? at(closedDay) : 'не закрыта',
      next() < 0.2 ? 'опт' : '',
      pick(NOTES),
      stage,
      'Продажи',
      pick(CONTACTS),
      company,
      pick(UTM),
    ];
    lines.push(cells.map(csvCell).join(';'));
  }
  return `${lines.join('\r\n')}\r\n`;
}

const CP1251 = new Map(Array.from(CP1251_UPPER_HALF, (ch, i) => [ch.charCodeAt(0), 0x80 + i]));

/** Text → windows-1251 bytes, as amoCRM writes its export; throws on a character the code page lacks. */
export function encodeCp1251(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    const b = u < 0x80 ? u : CP1251.get(u);
    if (b === undefined) throw new Error(`not in windows-1251: ${text[i]}`);
    out[i] = b;
  }
  return out;
}

export interface ImportCoreFigure {
  rows: number;
  bytes: number;
  /** Median ms of bytes → facts → merge (into an empty log) → totals. */
  ms: number;
  /** Log records (deals that count) and (member, day, metric) totals: the work was done. */
  records: number;
  totals: number;
}

/** The import core on a generated export of each size: the median of `runs` timings after a warm-up. */
export function measureImportCore(sizes: readonly number[], runs: number): ImportCoreFigure[] {
  const settings: ImportSettings = { ...defaultImportSettings(EXAMPLE_TEAM), year: 2026 };
  return sizes.map((rows) => {
    const bytes = encodeCp1251(
      amoExportText(
        rows,
        EXAMPLE_TEAM.map((p) => p.name),
      ),
    );
    let records = 0;
    let totals = 0;
    const ms = medianMs(runs, () => {
      const imported = importExport(bytes, settings);
      const merged = mergeLog([], imported.facts.records);
      records = merged.log.length;
      totals = totalsOf(merged.log).length;
    });
    return { rows, bytes: bytes.length, ms, records, totals };
  });
}

/** The Sheets action; its result dialog (heading "…New: n…") is its work done, not a problem. */
export const IMPORT_ACTION: ActionSpec = {
  key: 'importFromTab',
  fn: 'menuImportFromTab',
  result: /^(?:Import of "|Импорт «)[^\n]*(?:New|Новых): \d+/,
};

export interface ImportTabFigure extends ActionRun {
  rows: number;
}

export interface ImportTabOptions {
  code: string;
  locale: string;
  today: string;
  month: string;
}

/**
 * "Import facts from this tab" on a fresh example workbook (set up, decomposed, `month` created) with an
 * amoCRM export of `rows` deals of its team staged in a new tab as text and made active: the calls the
 * action makes (staging not counted).
 */
export function runImportFromTab(rows: number, o: ImportTabOptions): ImportTabFigure {
  const addon = openAddon({ locale: o.locale, today: o.today, code: o.code });
  addon.call('onOpen');
  for (const spec of menuActions(o.month).slice(0, 3)) {
    const run = runAction(addon, spec);
    if (run.problem) throw new Error(`${spec.fn} before the import: ${run.problem}`);
  }
  const text = amoExportText(rows, teamNames(addon.ss));
  stageExport(addon.ss, `amocrm-${rows}.csv`, parseExportText(text).table);
  return { rows, ...runAction(addon, IMPORT_ACTION) };
}

/** The names of the Team tab's managers (ids m1, m2…), as the export names them. */
function teamNames(ss: Spreadsheet): string[] {
  const sheet = ss.sheetNamed('Team') ?? ss.sheetNamed('Команда');
  if (!sheet) throw new Error('the workbook has no Team tab');
  const values = sheet.getDataRange().getValues();
  return values.filter((r) => /^m\d+$/.test(String(r[0]))).map((r) => String(r[1]));
}
