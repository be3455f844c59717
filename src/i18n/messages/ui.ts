import type { Catalog } from '../lang';

export const uiMessages: Catalog = {};
