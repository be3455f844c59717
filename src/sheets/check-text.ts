import { isMessageKey, type Lang, t, tCode } from '../i18n';
import { colLetter } from './grid';
import type { SettingsProblem } from './problems';
import { SETTINGS_TABS } from './tabs';

/** The most lines the Check settings dialog lists (the rest counted): an alert is not a report. */
const MAX_LINES = 40;

/**
 * The Check settings dialog: a heading with the count, then each tab's problems under a heading with their
 * count, by cell (row, then column), each followed by its fix when a `check.fix.<code>` message has one.
 * The same problem on consecutive rows of one column (same code, same parameters but the value typed) is
 * one line naming the range ("D5:D9"), not one line per row.
 */
export function checkText(list: readonly SettingsProblem[], lang: Lang): string {
  const tabs = new Map<string, SettingsProblem[]>();
  for (const p of byTab(list, lang)) tabs.set(p.tab, [...(tabs.get(p.tab) ?? []), p]);
  const out: string[] = [t('check.heading', lang, { count: list.length }), ''];
  let shown = 0;
  for (const [tab, problems] of tabs) {
    const lines = folded(problems).flatMap((f) => lineOf(f, lang));
    const room = Math.max(MAX_LINES - shown, 0);
    if (room === 0) break;
    out.push(t('check.tab', lang, { tab, count: problems.length }), ...lines.slice(0, room), '');
    shown += Math.min(lines.length, room);
  }
  const left = list.length - countShown(out);
  if (left > 0) out.push(t('problems.more', lang, { count: left }), '');
  out.push(t('check.nothingChanged', lang));
  return out.join('\n');
}

function byTab(list: readonly SettingsProblem[], lang: Lang): SettingsProblem[] {
  // The settings tabs in their order, any other tab after them.
  const names = SETTINGS_TABS.map((tab) => t(`tab.${tab}`, lang));
  const rank = (tab: string) => (names.indexOf(tab) + names.length + 1) % (names.length + 1);
  return [...list].sort((a, b) => rank(a.tab) - rank(b.tab));
}

/** A run of the same problem down one column: its first problem and the last row it reaches. */
interface Folded {
  p: SettingsProblem;
  lastRow?: number;
}

function folded(problems: readonly SettingsProblem[]): Folded[] {
  const sorted = [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  const out: Folded[] = [];
  const runs = new Map<string, Folded>();
  for (const p of sorted) {
    // The value typed aside: "1 млн" typed down a whole column is one mistake made twelve times.
    const { value: _typed, ...params } = p.params;
    const key = `${p.col}|${p.code}|${JSON.stringify(params)}`;
    const run = runs.get(key);
    if (run && p.row !== undefined && p.col !== undefined && (run.lastRow ?? run.p.row) === p.row - 1) {
      run.lastRow = p.row;
      continue;
    }
    const f: Folded = { p };
    runs.set(key, f);
    out.push(f);
  }
  return out;
}

/** "• D5: «Месяц»: …" and, when there is one, the fix on the next line. */
function lineOf({ p, lastRow }: Folded, lang: Lang): string[] {
  const cell = (row: number) => (p.col === undefined ? String(row) : colLetter(p.col) + row);
  const where = p.row === undefined ? '' : `${cell(p.row)}${lastRow ? `:${cell(lastRow)}` : ''}: `;
  const fix = `check.fix.${p.code}`;
  const cells = lastRow && p.row !== undefined ? lastRow - p.row + 1 : 1;
  const also = cells > 1 && 'value' in p.params ? ` ${t('check.sameBelow', lang, { count: cells - 1 })}` : '';
  const lines = [`• ${where}${tCode(p.code, lang, p.params)}${also}`];
  if (isMessageKey(fix)) lines.push(`   → ${t(fix, lang, p.params)}`);
  return lines;
}

/** How many problems the lines kept cover (a folded line covers its whole run). */
function countShown(lines: readonly string[]): number {
  let n = 0;
  for (const l of lines) {
    if (!l.startsWith('• ')) continue;
    const range = /^• [A-Z]*(\d+):[A-Z]*(\d+): /.exec(l);
    n += range ? Number(range[2]) - Number(range[1]) + 1 : 1;
  }
  return n;
}
