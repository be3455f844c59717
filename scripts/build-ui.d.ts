/** `import-dialog` → `ImportDialog`: the dist/ page name of a src/ui page. */
export function pageName(base: string): string;
/** Builds every page of `uiDir` into `outDir`. */
export function buildUi(uiDir: string, outDir: string): { file: string; bytes: number }[];
