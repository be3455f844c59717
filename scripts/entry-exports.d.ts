/** Types of entry-exports.js for the TypeScript tests. */
export interface EntryExport {
  name: string;
  params: string[];
  jsdoc: string;
  custom: boolean;
  file: string;
}

export function collectEntryExports(entryFile: string): EntryExport[];
export function checkExports(exports: EntryExport[]): string[];
export function checkBundle(code: string, exports: EntryExport[], globalName: string): string[];
export function wrapperSource(exports: EntryExport[], target: string | ((e: EntryExport) => string)): string;
