import type { Catalog } from '../lang';

export const sheetsMessages: Catalog = {};
