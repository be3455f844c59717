import type { Catalog } from '../lang';

export const uiMessages: Catalog = {
  'app.name': { ru: 'Sales Plan Kit', en: 'Sales Plan Kit' },
  'menu.setup': { ru: 'Подготовить книгу', en: 'Set up workbook' },
  'menu.decompose': { ru: 'Декомпозировать план', en: 'Decompose plan' },
  'menu.createMonth': { ru: 'Создать план/факт месяца…', en: 'Create plan/fact for a month…' },
  'menu.today': { ru: 'Сегодня: планёрка', en: 'Today: morning meeting' },
  'menu.bonuses': { ru: 'Рассчитать премии за месяц…', en: 'Calculate bonuses for a month…' },
  'menu.report': { ru: 'Отчёт за месяц…', en: 'Generate monthly report…' },
  'menu.help': { ru: 'Справка по функциям', en: 'Function reference' },
  'ui.notYet': {
    ru: 'Это действие ещё не готово в этой версии.',
    en: 'This action is not available in this version yet.',
  },
  'ui.help': {
    ru: 'Функции: PLAN_SPLIT, SEASONALITY, PLAN_RAMP, CAL_WORKDAYS, CAL_IS_WORKDAY, PLAN_BY_DAYS, FUNNEL_REVERSE, FUNNEL_CONVERSION, FUNNEL_BOTTLENECK, RUN_RATE, PACE_REQUIRED, FORECAST_ACCURACY, BONUS_TIERS, BONUS_CURVE, KPI_INDEX, POOL_SPLIT, BONUS_DRAW, SALES_VELOCITY, LTV. Начните вводить =PLAN_ в ячейке, чтобы увидеть подсказку.',
    en: 'Functions: PLAN_SPLIT, SEASONALITY, PLAN_RAMP, CAL_WORKDAYS, CAL_IS_WORKDAY, PLAN_BY_DAYS, FUNNEL_REVERSE, FUNNEL_CONVERSION, FUNNEL_BOTTLENECK, RUN_RATE, PACE_REQUIRED, FORECAST_ACCURACY, BONUS_TIERS, BONUS_CURVE, KPI_INDEX, POOL_SPLIT, BONUS_DRAW, SALES_VELOCITY, LTV. Start typing =PLAN_ in a cell to see the help.',
  },
};
