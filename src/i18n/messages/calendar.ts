import type { Catalog } from '../lang';

export const calendarMessages: Catalog = {};
