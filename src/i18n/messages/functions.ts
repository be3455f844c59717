import type { Catalog } from '../lang';

export const functionsMessages: Catalog = {};
