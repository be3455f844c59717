import type { Lang } from '../../i18n';
import type { FunnelStage } from '../settings/funnel';
import type { ImportTabRows } from '../settings/import-tab';
import { choiceLabel } from '../settings/table';
import { exampleNames } from '../settings/team';

/**
 * The mapping Set up writes on the Import tab of the example workbook, so the example exports
 * (local/examples) import with nothing unknown: the call log's extensions 101…105 are the example team, and
 * the stages of amoCRM's and Bitrix24's standard pipelines say which reached a meeting (the people's names
 * need no rows: the import finds them in either word order).
 */
type Step = 'none' | 'meetings' | 'won' | 'lost';

/**
 * [stage, pipeline, step] as each CRM writes them in that language. One order for both pipelines (the core
 * reads the table as one): every stage that reached no step comes before the first that reached a meeting.
 */
const STAGES: Record<Lang, readonly (readonly [string, string, Step])[]> = {
  ru: [
    ['Первичный контакт', 'Продажи', 'none'],
    ['Новая', 'Общая', 'none'],
    ['В работе', 'Общая', 'none'],
    ['Переговоры', 'Продажи', 'meetings'],
    ['Принимают решение', 'Продажи', 'meetings'],
    ['Согласование договора', 'Продажи', 'meetings'],
    ['Подготовка документов', 'Общая', 'meetings'],
    ['Счёт на предоплату', 'Общая', 'meetings'],
    ['Финальный счёт', 'Общая', 'meetings'],
    ['Успешно реализовано', 'Продажи', 'won'],
    ['Закрыто и не реализовано', 'Продажи', 'lost'],
    ['Сделка успешна', 'Общая', 'won'],
    ['Сделка провалена', 'Общая', 'lost'],
    ['Анализ причины провала', 'Общая', 'lost'],
  ],
  en: [
    ['Initial contact', 'Sales', 'none'],
    ['New', 'General', 'none'],
    ['In progress', 'General', 'none'],
    ['Negotiation', 'Sales', 'meetings'],
    ['Decision making', 'Sales', 'meetings'],
    ['Contract discussion', 'Sales', 'meetings'],
    ['Preparing documents', 'General', 'meetings'],
    ['Prepayment invoice', 'General', 'meetings'],
    ['Final invoice', 'General', 'meetings'],
    ['Closed - won', 'Sales', 'won'],
    ['Closed - lost', 'Sales', 'lost'],
    ['Deal won', 'General', 'won'],
    ['Deal lost', 'General', 'lost'],
    ['Analyse failure', 'General', 'lost'],
  ],
};

/** The phone system's extensions of the example people m1…m5, in the order of `exampleNames`. */
const EXTENSIONS = ['101', '102', '103', '104', '105'];

/**
 * The example rows for a workbook with `teamNames` and `funnel` as read now: an extension only for an
 * example person still on the team; a meeting stage's step left empty (for the user) when the funnel has
 * no meetings step.
 */
export function exampleImportRows(
  lang: Lang,
  teamNames: readonly string[],
  funnel: readonly FunnelStage[],
): ImportTabRows {
  const names = exampleNames(lang);
  const people = EXTENSIONS.flatMap((ext, i) =>
    teamNames.includes(names[i]) ? [[ext, names[i]] as const] : [],
  );
  const meetings = funnel.find((s) => s.id === 'meetings')?.name ?? '';
  const stages = STAGES[lang].map(
    ([stage, pipeline, step]) =>
      [stage, pipeline, step === 'meetings' ? meetings : choiceLabel(step, lang)] as const,
  );
  return { people, stages };
}
