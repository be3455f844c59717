/**
 * What the head of sales types during the demo's weekly meeting: a commitment per manager and two lines of
 * notes on last week's Week tab, which this week's tab then shows as last week's commitments.
 */
import type { Lang } from '../src/i18n';
import { WEEK, weekMarker } from '../src/sheets/week-layout';
import type { Spreadsheet } from './spreadsheet';

const COMMITMENTS: Record<Lang, string[]> = {
  ru: [
    'Дожать два счёта до пятницы',
    'Ещё 10 звонков в день по старой базе',
    'Встречи: не меньше трёх за неделю',
    'Разобрать зависшие сделки с РОПом',
    'Закрыть КП по «Альфе»',
  ],
  en: [
    'Close two invoices by Friday',
    '10 more calls a day to the old base',
    'At least three meetings this week',
    'Review stuck deals with the head',
    'Close the Alpha proposal',
  ],
};

const NOTES: Record<Lang, string[]> = {
  ru: ['Конверсия встреча → сделка проседает: разбор записей звонков в среду', 'Конкурс недели продлеваем'],
  en: [
    'Meeting → deal conversion is down: call recordings review on Wednesday',
    'The weekly contest goes on',
  ],
};

/** Types the meeting's texts on the Week tab `tab`: one commitment per manager, the notes lines. */
export function typeWeekMeeting(ss: Spreadsheet, lang: Lang, tab: string): void {
  const sheet = ss.getSheetByName(tab);
  if (!sheet) return;
  const values = sheet.getDataRange().getValues();
  const col = values[WEEK.keyRow - 1].indexOf(weekMarker('commitment')) + 1;
  const seen = new Set<string>();
  let k = 0;
  let table = true;
  let note = 0;
  values.forEach((row, r) => {
    if (r < WEEK.firstDataRow - 1) return;
    const id = String(row[WEEK.col.id - 1] ?? '');
    if (!id) table = false; // the table ends at its first blank row; the funnel, deals and notes follow
    if (id.startsWith(WEEK.notePrefix) && note < NOTES[lang].length) {
      sheet.getRange(r + 1, WEEK.col.name).setValue(NOTES[lang][note++]);
    } else if (table && id && id !== WEEK.departmentId && !seen.has(id) && col > 0) {
      seen.add(id);
      sheet.getRange(r + 1, col).setValue(COMMITMENTS[lang][k++ % COMMITMENTS[lang].length]);
    }
  });
}
