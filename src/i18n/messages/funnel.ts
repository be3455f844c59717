import type { Catalog } from '../lang';

export const funnelMessages: Catalog = {};
