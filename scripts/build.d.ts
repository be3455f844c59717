/** Types of build.js for the TypeScript tests. */
export const GLOBAL_NAME: string;
/** `var G=(()=>{…})();` → the same IIFE with the hot built-ins passed in as parameters. */
export function bindBuiltins(bundle: string, globalName?: string): string;
export function build(options?: {
  entry?: string;
  outDir?: string;
  uiDir?: string;
  quiet?: boolean;
  lazyMenus?: boolean;
}): Promise<{ bytes: number; gzip: number; exports: unknown[]; pages: { file: string; bytes: number }[] }>;
