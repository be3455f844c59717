import { type Lang, t, tCode } from '../i18n';
import { fixOf, mayFollowFrom } from './check-fixes';
import { colLetter } from './grid';
import type { SettingsProblem } from './problems';
import { SETTINGS_TABS } from './tabs';

/**
 * The one way settings problems are shown: Check settings, the dialog that stops an action and the notice
 * after one. A heading with the count, then each tab's problems under a heading with their count, by cell
 * (row, then column), each followed by the fix of its kind (check-fixes.ts) and, when it may follow from a
 * problem on another tab listed too, that tab. One problem per cell, the first found. The same problem on consecutive rows of one column (same code,
 * same parameters but the value typed) is one line naming the range ("D5:D9"), not one line per row. A long
 * list shows its first lines and counts the rest.
 */
export type ProblemsDialog = 'check' | 'stop' | 'notice';

/**
 * The most problem lines a dialog lists (the rest counted): an alert is not a report. An action's dialog is
 * shorter and sends the person to Check settings for the rest.
 */
const MAX_LINES: Record<ProblemsDialog, number> = { check: 40, stop: 20, notice: 20 };

export function problemsText(all: readonly SettingsProblem[], lang: Lang, dialog: ProblemsDialog): string {
  const list = firstPerCell(all);
  const count = list.length;
  const heading =
    dialog === 'check'
      ? t('check.heading', lang, { count })
      : t(dialog === 'stop' ? 'problems.heading' : 'problems.notice', lang, { count });
  const out: string[] = [heading, ''];
  let room = MAX_LINES[dialog];
  let shown = 0;
  const troubled = new Set(list.map((p) => p.tab));
  for (const [tab, problems] of byTab(list, lang)) {
    if (room === 0) break;
    const items = folded(problems).slice(0, room);
    out.push(
      t('check.tab', lang, { tab, count: problems.length }),
      ...items.flatMap((f) => lineOf(f, lang, troubled)),
      '',
    );
    room -= items.length;
    shown += items.reduce((n, f) => n + f.count, 0);
  }
  const left = count - shown;
  if (left > 0)
    out.push(t(dialog === 'check' ? 'problems.more' : 'check.moreInCheck', lang, { count: left }), '');
  if (dialog === 'check') out.push(t('check.nothingChanged', lang));
  else if (dialog === 'stop') out.push(t('problems.nothingWritten', lang));
  else out.pop();
  return out.join('\n');
}

/**
 * The first problem found at each cell: the one to fix (a percentage that is no number is not also "no
 * conversion"); the next shows once it is mended. Problems of a whole tab are all kept.
 */
function firstPerCell(list: readonly SettingsProblem[]): SettingsProblem[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    if (p.row === undefined || p.col === undefined) return true;
    const cell = `${p.tab}|${p.row}|${p.col}`;
    if (seen.has(cell)) return false;
    seen.add(cell);
    return true;
  });
}

/** The problems by tab: the settings tabs in their order, any other tab after them. */
function byTab(list: readonly SettingsProblem[], lang: Lang): Map<string, SettingsProblem[]> {
  const names = SETTINGS_TABS.map((tab) => t(`tab.${tab}`, lang));
  const rank = (tab: string) => (names.indexOf(tab) + names.length + 1) % (names.length + 1);
  const tabs = new Map<string, SettingsProblem[]>();
  for (const p of [...list].sort((a, b) => rank(a.tab) - rank(b.tab)))
    tabs.set(p.tab, [...(tabs.get(p.tab) ?? []), p]);
  return tabs;
}

/** A run of the same problem down one column: its first problem, the last row it reaches, how many. */
interface Folded {
  p: SettingsProblem;
  lastRow?: number;
  count: number;
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
      run.count++;
      continue;
    }
    const f: Folded = { p, count: 1 };
    runs.set(key, f);
    out.push(f);
  }
  return out;
}

/** "• D5: «Месяц»: …", what it may follow from, and when there is one, the fix on the next line. */
function lineOf({ p, lastRow, count }: Folded, lang: Lang, troubled: ReadonlySet<string>): string[] {
  // A problem of a whole tab, or of a row (the old Motivation layout, at its header), names no cell.
  const col = p.col === undefined ? '' : colLetter(p.col);
  const where = p.row === undefined || !col ? '' : `${col}${p.row}${lastRow ? `:${col}${lastRow}` : ''}: `;
  const fix = fixOf(p.code);
  const also = count > 1 && 'value' in p.params ? ` ${t('check.sameBelow', lang, { count: count - 1 })}` : '';
  const lines = [`• ${where}${tCode(p.code, lang, p.params)}${also}${followsFrom(p, lang, troubled)}`];
  if (fix) lines.push(`   → ${t(fix, lang, p.params)}`);
  return lines;
}

/** " (возможно, это следствие ошибки на листе «Команда»)" when a tab this problem may follow from has one. */
function followsFrom(p: SettingsProblem, lang: Lang, troubled: ReadonlySet<string>): string {
  const names = mayFollowFrom(p.code).flatMap((tab) => [
    t(`tab.${tab}`, lang),
    t(`tab.${tab}`, lang === 'ru' ? 'en' : 'ru'),
  ]);
  const tab = names.find((name) => name !== p.tab && troubled.has(name));
  return tab ? ` ${t('check.mayFollow', lang, { tab })}` : '';
}
