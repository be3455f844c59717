/**
 * `npm run demo -- --png`: pictures of the demo's tabs, as LibreOffice prints them (the cached formula
 * results, TODAY() pinned to the demo's day), for the README and for a quick look at what a tab shows.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { t } from '../src/i18n';
import { BUDGET } from '../src/sheets/budget-layout';
import { BOARD } from '../src/sheets/leaderboard-layout';
import { MONTH } from '../src/sheets/month-layout';
import { WEEK } from '../src/sheets/week-layout';
import { renderCharts } from './chart-pictures';
import type { DemoResult } from './demo-run';
import { columnLetter, type Spreadsheet } from './spreadsheet';
import { toWorkbook } from './xlsx';

export const INSTALL_HINT = 'apt-get install -y --no-install-recommends libreoffice-calc-nogui poppler-utils';

const TRANSLIT: Record<string, string> = Object.fromEntries(
  'а:a б:b в:v г:g д:d е:e ё:e ж:zh з:z и:i й:y к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:h ц:ts ч:ch ш:sh щ:sch ъ: ы:y ь: э:e ю:yu я:ya'
    .split(' ')
    .map((p) => p.split(':')),
);

/** A file-name-safe ASCII form of a tab name: "Отчёт 2026-11" → "otchet-2026-11". */
export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .split('')
    .map((ch) => (ch in TRANSLIT ? TRANSLIT[ch] : ch))
    .join('')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const onPath = (cmd: string) =>
  spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

export interface PictureOptions {
  /** Resolution of the PNGs (default 60 dpi). */
  dpi?: number;
  /** Only these tabs (default every visible tab with something in it). */
  tabs?: string[];
  /** A print area per tab ("C1:AC24"): the picture shows that part only, larger. */
  areas?: Record<string, string>;
  /** Columns (1-based) to hide per tab in the picture. */
  hideColumns?: Record<string, number[]>;
  /** Appended to the file name of each picture (e.g. "-closeup"). */
  suffix?: string;
  /** The day TODAY() means in the pictures, "YYYY-MM-DD" (LibreOffice recalculates TODAY() on load). */
  today?: string;
}

/** A copy of the workbook that shows the tab `name` only, printed landscape, one page wide. */
function workbookShowing(ss: Spreadsheet, name: string, options: PictureOptions): ExcelJS.Workbook {
  const wb = toWorkbook(ss);
  wb.worksheets.forEach((ws, index) => {
    if (ws.name !== name) {
      ws.state = 'hidden';
      return;
    }
    ws.state = 'visible';
    if (options.today) pinToday(ws, options.today);
    spellWeekdays(ws, ss.locale);
    for (const c of options.hideColumns?.[ws.name] ?? []) ws.getColumn(c).hidden = true;
    // exceljs puts a $ before the column itself: "C$1:F$10" becomes the absolute $C$1:$F$10 LibreOffice wants
    const area = options.areas?.[ws.name]?.replace(/([A-Z]+)\$?(\d+)/g, '$1$$$2');
    ws.pageSetup = {
      ...ws.pageSetup,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.2, right: 0.2, top: 0.2, bottom: 0.2, header: 0, footer: 0 },
      ...(area ? { printArea: area } : {}),
    };
    wb.views = [
      { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: index, visibility: 'visible' },
    ];
  });
  return wb;
}

/**
 * The profile's locale setting: an .xlsx carries no locale, so LibreOffice formats its numbers and dates in
 * the profile's (thousands, decimal comma, weekday names); "ru_RU" → "ru-RU".
 */
export function localeProfile(locale: string): string {
  const tag = locale.replace('_', '-');
  return `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${tag}</value></prop></item>
</oor:items>
`;
}

/**
 * LibreOffice prints every .xlsx to a PDF beside it, in the spreadsheet's locale (its own profile under
 * `tmp`, never the user's).
 */
function convertToPdf(soffice: string, tmp: string, files: string[], locale: string): void {
  const dir = path.join(tmp, 'profile');
  fs.mkdirSync(path.join(dir, 'user'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'user', 'registrymodifications.xcu'), localeProfile(locale));
  const profile = `file://${dir}`;
  const converted = spawnSync(
    soffice,
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, ...files],
    { stdio: 'ignore', timeout: 300_000 },
  );
  if (converted.status !== 0)
    throw new Error(`LibreOffice could not convert the tabs to PDF (exit ${converted.status})`);
}

/** Page 1 of `pdf` as `<png>.png`, trimmed to its ink; false when pdftoppm failed. */
function pageToPng(pdf: string, png: string, dpi: string, tmp: string): boolean {
  const page = ['-r', dpi, '-f', '1', '-l', '1', '-singlefile'];
  const gray = path.join(tmp, 'page');
  spawnSync('pdftoppm', ['-gray', ...page, pdf, gray], { stdio: 'ignore' });
  const box = fs.existsSync(`${gray}.pgm`) ? inkBox(fs.readFileSync(`${gray}.pgm`)) : null;
  const crop = box ? ['-x', box.x, '-y', box.y, '-W', box.w, '-H', box.h].map(String) : [];
  return spawnSync('pdftoppm', ['-png', ...page, ...crop, pdf, png], { stdio: 'ignore' }).status === 0;
}

/**
 * Renders tabs to `<out>-<tab>.png` (the first page, landscape, fitted to the page width, trimmed of blank
 * margins): each tab goes into its own copy of the workbook with the other tabs hidden, LibreOffice prints
 * that to PDF (showing the cached formula results), pdftoppm turns page 1 into a PNG.
 * Returns the pictures written, or null when LibreOffice or poppler is missing.
 */
export async function renderPictures(
  ss: Spreadsheet,
  out: string,
  options: PictureOptions = {},
): Promise<string[] | null> {
  if (!onPath('pdftoppm')) return null;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'spk-demo-'));
  const base = out.replace(/\.xlsx$/i, '');
  try {
    const printed = await printTabs(ss, tmp, options);
    if (printed === null) return null;
    const dpi = String(options.dpi ?? 60);
    const written: string[] = [];
    for (const { slug, pdf } of printed) {
      const png = `${base}-${slug}${options.suffix ?? ''}`;
      if (fs.existsSync(pdf) && pageToPng(pdf, png, dpi, tmp)) written.push(`${png}.png`);
    }
    return written;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Each tab (as `options` choose them) in its own .xlsx under `dir`, printed by LibreOffice to a PDF beside
 * it (which may be missing when LibreOffice failed on it); null when LibreOffice is not installed.
 */
export async function printTabs(
  ss: Spreadsheet,
  dir: string,
  options: PictureOptions = {},
): Promise<{ slug: string; pdf: string }[] | null> {
  const soffice = onPath('soffice') ? 'soffice' : onPath('libreoffice') ? 'libreoffice' : null;
  if (!soffice) return null;
  const tabs = ss
    .sheetList()
    .filter((s) =>
      options.tabs ? options.tabs.includes(s.getName()) : !s.isSheetHidden() && s.getLastRow() > 0,
    );
  const files: { slug: string; xlsx: string }[] = [];
  for (const sheet of tabs) {
    const slug = slugOf(sheet.getName()) || `tab${files.length + 1}`;
    const xlsx = path.join(dir, `${slug}.xlsx`);
    await workbookShowing(ss, sheet.getName(), options).xlsx.writeFile(xlsx);
    files.push({ slug, xlsx });
  }
  convertToPdf(
    soffice,
    dir,
    files.map((f) => f.xlsx),
    ss.locale,
  );
  return files.map(({ slug, xlsx }) => ({ slug, pdf: xlsx.replace(/\.xlsx$/, '.pdf') }));
}

/** TODAY() in formulas and conditional formats becomes the demo's day, so LibreOffice's recalculation agrees. */
function pinToday(ws: ExcelJS.Worksheet, today: string): void {
  const [y, m, d] = today.split('-').map(Number);
  const pinned = (f: string) => f.replace(/\bTODAY\(\)/gi, `DATE(${y},${m},${d})`);
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value as ExcelJS.CellFormulaValue | null;
      if (v && typeof v === 'object' && typeof v.formula === 'string' && /TODAY\(/i.test(v.formula)) {
        cell.value = { ...v, formula: pinned(v.formula) };
      }
    }),
  );
  const formats = (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
  for (const cf of formats ?? []) {
    for (const rule of cf.rules as { formulae?: unknown[] }[]) {
      if (rule.formulae) rule.formulae = rule.formulae.map((f) => (typeof f === 'string' ? pinned(f) : f));
    }
  }
}

/**
 * `ddd` in a cell's format becomes the cell's weekday as a quoted literal, as the in-memory engine and Sheets
 * write it ("пн"; LibreOffice's Russian would say "Пн").
 */
function spellWeekdays(ws: ExcelJS.Worksheet, locale: string): void {
  const tag = locale.replace('_', '-');
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const fmt = cell.numFmt;
      if (!fmt || !/d{3}/i.test(fmt.replace(/"[^"]*"/g, ''))) return;
      const v = cell.value as ExcelJS.CellValue | ExcelJS.CellFormulaValue;
      const serial =
        typeof v === 'number'
          ? v
          : typeof (v as ExcelJS.CellFormulaValue)?.result === 'number'
            ? ((v as ExcelJS.CellFormulaValue).result as number)
            : null;
      if (serial === null) return;
      const day = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000;
      cell.numFmt = fmt.replace(/"[^"]*"|d{3,}/gi, (token) =>
        token.startsWith('"')
          ? token
          : `"${new Intl.DateTimeFormat(tag, { weekday: token.length > 3 ? 'long' : 'short', timeZone: 'UTC' }).format(day)}"`,
      );
    }),
  );
}

/** The box around the non-white pixels of a binary PGM (P5) page, with a small margin; null if blank. */
function inkBox(pgm: Buffer): { x: number; y: number; w: number; h: number } | null {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 50).toString('latin1'));
  if (!header) return null;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const data = pgm.subarray(header[0].length);
  let [x0, y0, x1, y1] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (data[y * width + x] < 245) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  if (x1 < 0) return null;
  const pad = 6;
  const x = Math.max(0, x0 - pad);
  const y = Math.max(0, y0 - pad);
  return { x, y, w: Math.min(width, x1 + pad + 1) - x, h: Math.min(height, y1 + pad + 1) - y };
}

/**
 * The weekly meeting's tab (this week: the department and the first two managers, up to the commitments)
 * and the first contest's leaderboard as published (its visible columns).
 */
function meetingCloseups(result: DemoResult, tabs: string[], areas: Record<string, string>): void {
  const names = result.ss.sheetList().map((s) => s.getName());
  const prefix = (key: 'tab.week' | 'tab.leaderboard') =>
    t(key, result.lang, { week: '', name: '' }).replace(/[»”]$/, '');
  const week = names.filter((n) => n.startsWith(prefix('tab.week'))).pop();
  if (week) {
    const metrics = result.ss
      .getSheetByName(week)!
      .getDataRange()
      .getValues()
      .filter((r) => r[WEEK.col.id - 1] === WEEK.departmentId).length;
    const last = WEEK.firstDataRow - 1 + metrics * 3;
    areas[week] = `${columnLetter(WEEK.col.name)}1:${columnLetter(WEEK.col.commitment)}${last}`;
    tabs.push(week);
  }
  const board = names.find((n) => n.startsWith(prefix('tab.leaderboard')));
  if (board) {
    areas[board] = `A1:${columnLetter(BOARD.lastVisibleCol)}${BOARD.firstRow + 6}`;
    tabs.push(board);
  }
}

/** The Budget tab from its title down to the budget by month (the assumptions and the snapshot above it). */
function budgetCloseup(result: DemoResult, tabs: string[], areas: Record<string, string>): void {
  const year = Number(result.month.slice(0, 4));
  const name = t('tab.budget', result.lang, { year });
  const sheet = result.ss.getSheetByName(name);
  if (!sheet) return;
  const last = sheet
    .getDataRange()
    .getValues()
    .findIndex((r) => r[BUDGET.col.key - 1] === 'r:contribution');
  if (last < 0) return;
  areas[name] = `${columnLetter(BUDGET.col.label)}1:${columnLetter(BUDGET.col.total)}${last + 1}`;
  tabs.push(name);
}

/**
 * The close-ups the README shows, larger than the whole-tab pictures: the month tab's department and first
 * two managers over the ten days up to today; the report tab down to its charts' data; the report's charts
 * (`…-chart-<kind>.png`, when Chromium is there).
 */
export async function renderCloseups(result: DemoResult, dpi = 80): Promise<string[] | null> {
  const month = result.ss.getSheetByName(result.month);
  const areas: Record<string, string> = {};
  const hideColumns: Record<string, number[]> = {};
  const tabs: string[] = [];
  if (month) {
    const values = month.getDataRange().getValues();
    const keys = values[MONTH.keyRow - 1];
    const todayCol = keys.indexOf(result.today) + 1 || month.getLastColumn();
    const metrics = values.filter((r) => r[MONTH.col.id - 1] === MONTH.departmentId).length;
    const lastRow = Math.min(month.getLastRow(), MONTH.firstDataRow - 1 + metrics * 3);
    const lastCol = Math.min(todayCol + 1, month.getLastColumn());
    areas[result.month] = `${columnLetter(MONTH.col.name)}1:${columnLetter(lastCol)}${lastRow}`;
    hideColumns[result.month] = [];
    for (let c = MONTH.firstDayCol; c < lastCol - 11; c++) hideColumns[result.month].push(c);
    tabs.push(result.month);
  }
  const report = t('tab.report', result.lang, { month: result.month });
  const reportSheet = result.ss.getSheetByName(report);
  if (reportSheet) {
    // down to the charts' data: the charts themselves are pictures of their own
    const values = reportSheet.getDataRange().getValues();
    const dataRow = values.findIndex((r) => r[0] === t('rep.chartData', result.lang));
    if (dataRow > 0)
      areas[report] = `A1:${columnLetter(reportSheet.getLastColumn())}${Math.max(1, dataRow - 1)}`;
    tabs.push(report);
  }
  meetingCloseups(result, tabs, areas);
  budgetCloseup(result, tabs, areas);
  if (tabs.length === 0) return [];
  const pictures = await renderPictures(result.ss, result.out, {
    dpi,
    tabs,
    areas,
    hideColumns,
    suffix: '-closeup',
    today: result.today,
  });
  // the report's charts, which the .xlsx cannot carry: drawn from the ranges the Sheets charts point at
  const charts = reportSheet
    ? await renderCharts(result.ss, report, `${result.out.replace(/\.xlsx$/i, '')}-${slugOf(report)}`)
    : [];
  return pictures === null ? null : pictures.concat(charts ?? []);
}
