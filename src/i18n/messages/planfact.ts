import type { Catalog } from '../lang';

export const planfactMessages: Catalog = {};
