import type { Catalog } from '../lang';

export const decomposeMessages: Catalog = {};
