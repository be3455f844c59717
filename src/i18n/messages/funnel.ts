import type { Catalog } from '../lang';

export const funnelMessages = (): Catalog => ({
  // Argument names, filled into `{name}` of the messages below.
  'funnel.arg.opportunities': { ru: 'число сделок в работе', en: 'the number of opportunities' },
  'funnel.arg.avgDeal': { ru: 'средняя сделка', en: 'the average deal' },
  'funnel.arg.winRate': { ru: 'доля выигранных сделок', en: 'the win rate' },
  'funnel.arg.cycleDays': { ru: 'длительность цикла сделки', en: 'the sales-cycle length' },
  'funnel.arg.avgCheck': { ru: 'средний чек', en: 'the average check' },
  'funnel.arg.purchasesPerYear': { ru: 'число покупок в год', en: 'the number of purchases per year' },
  'funnel.arg.years': { ru: 'срок жизни клиента в годах', en: 'the customer lifetime in years' },
  'funnel.arg.margin': { ru: 'маржа', en: 'the margin' },

  'funnel.countNotFinite': {
    ru: 'этап №{stage}: «{value}» не число',
    en: 'stage #{stage}: "{value}" is not a number',
  },
  'funnel.funnelCountNotFinite': {
    ru: 'воронка №{funnel}, этап №{stage}: «{value}» не число',
    en: 'funnel #{funnel}, stage #{stage}: "{value}" is not a number',
  },
  'funnel.negativeCount': {
    ru: 'этап №{stage}: отрицательное количество ({value}); должно быть ≥ 0',
    en: 'stage #{stage}: the count is negative ({value}); it must be ≥ 0',
  },
  'funnel.funnelNegativeCount': {
    ru: 'воронка №{funnel}, этап №{stage}: отрицательное количество ({value}); должно быть ≥ 0',
    en: 'funnel #{funnel}, stage #{stage}: the count is negative ({value}); it must be ≥ 0',
  },
  'funnel.noStages': { ru: 'в воронке нет этапов', en: 'the funnel has no stages' },
  'funnel.noFunnels': { ru: 'нет ни одной воронки для сложения', en: 'there are no funnels to add up' },
  'funnel.stageCountMismatch': {
    ru: 'в воронке №{funnel} этапов {actual}, а в первой {expected}: у всех воронок должны быть одни и те же этапы',
    en: 'funnel #{funnel} has {actual} stages but the first has {expected}: all funnels must have the same stages',
  },
  'funnel.benchmarkLength': {
    ru: 'эталонных конверсий {actual}, а для {stages} этапов нужно {conversions} (или {stages}, первая не учитывается)',
    en: '{actual} benchmark conversions given; {stages} stages need {conversions} (or {stages}, the first ignored)',
  },
  'funnel.badBenchmark': {
    ru: 'эталонная конверсия в этап №{stage} («{value}») должна быть числом ≥ 0',
    en: 'the benchmark conversion into stage #{stage} ("{value}") must be a number ≥ 0',
  },
  'funnel.notFinite': { ru: '{name}: не конечное число', en: '{name} is not a finite number' },
  'funnel.negative': {
    ru: '{name}: отрицательное значение ({value}); должно быть ≥ 0',
    en: '{name} is negative ({value}); it must be ≥ 0',
  },
  'funnel.notFraction': {
    ru: '{name}: {value} вне диапазона от 0 до 1 (доля: 25 % — это 0,25)',
    en: '{name}: {value} is outside 0 to 1 (a fraction: 25% is 0.25)',
  },
  'funnel.badCycleDays': {
    ru: 'длительность цикла сделки {value} дн.: должна быть больше 0',
    en: 'the sales-cycle length of {value} days must be greater than 0',
  },
});
