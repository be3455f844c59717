/** The part of Apps Script's client-side API (`google.script`) the dialogs use. */
declare namespace google.script {
  interface Runner {
    withSuccessHandler(handler: (value: unknown) => void): Runner;
    withFailureHandler(handler: (error: Error) => void): Runner;
  }
  const run: Runner;
  const host: { close(): void };
}
