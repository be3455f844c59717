import type { Catalog } from '../lang';

export const bonusMessages: Catalog = {};
