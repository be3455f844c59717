import type { ImportPart, PageAnswer } from './protocol';

/** `google.script.run` as a promise: the server function `name` called with one argument. */
export function callServer<T>(name: string, arg: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const run = google.script.run.withSuccessHandler((v) => resolve(v as T)).withFailureHandler(reject);
    (run as unknown as Record<string, (a: unknown) => void>)[name](arg);
  });
}

/**
 * Stages every part, then asks the server to import the staged tab; `progress` hears after each part. The
 * answer of the first call that did not go through, or the import's.
 */
export async function sendImport(parts: ImportPart[], progress: (done: number) => void): Promise<PageAnswer> {
  for (let i = 0; i < parts.length; i++) {
    const answer = await callServer<PageAnswer>('importDialogPart', parts[i]);
    if (!answer.ok) return answer;
    progress(i + 1);
  }
  return callServer<PageAnswer>('importDialogFinish', parts[0]?.label ?? '');
}
