import type { Catalog } from '../lang';

export const splitMessages = (): Catalog => ({
  'split.weightNotFinite': { ru: 'вес №{index} не число', en: 'weight #{index} is not a number' },
  'split.negativeWeight': {
    ru: 'вес №{index} отрицательный ({value}); веса должны быть ≥ 0',
    en: 'weight #{index} is negative ({value}); weights must be ≥ 0',
  },
  'split.totalNotMultiple': {
    ru: 'сумма {total} не кратна шагу {step}',
    en: 'the total {total} is not a multiple of the step {step}',
  },
  'split.stepAboveTotal': {
    ru: 'шаг {step} больше суммы {total}: части, кратные шагу, не дадут в сумме {total}',
    en: 'the step {step} is larger than the total {total}: parts in whole steps cannot add up to {total}',
  },
  'split.noWeights': { ru: 'нет весов для распределения', en: 'there are no weights to split by' },
  'split.allZero': {
    ru: 'все веса равны нулю: распределить сумму не по чему',
    en: 'all weights are zero: there is nothing to split the total by',
  },
  'split.name.total': { ru: 'сумма', en: 'the total' },
  'split.name.value': { ru: 'значение', en: 'the value' },
  'split.notFinite': { ru: '{name}: не конечное число', en: '{name} is not a finite number' },
  'split.tooLarge': {
    ru: 'сумма {total} слишком велика для шага {step}: столько шагов нельзя посчитать точно',
    en: 'the total {total} is too large for the step {step}: that many steps cannot be counted exactly',
  },
  'split.badStep': {
    ru: 'шаг округления {step} должен быть положительным числом',
    en: 'the rounding step {step} must be a positive number',
  },
});
