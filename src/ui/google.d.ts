/** The part of Apps Script's client-side API (`google.script`) the dialogs use. */
declare namespace google.script {
  const host: { close(): void };
}
