import { type Lang, labelOr, t, textsFor } from '../../i18n';
import type { ImportDialogConfig, ImportPart, PageAnswer } from '../../ui/protocol';
import { type ActionContext, notify, runForPage } from '../context';
import { importRows, readImportSetup } from '../import/import-rows';
import { stagePart, takeStaged } from './staging';

/** The built page (src/ui/import-dialog.html → dist/ImportDialog.html). */
const PAGE = 'ImportDialog';

/**
 * Menu: Import from file… Opens the dialog with what its preview needs: the language, its texts, the import
 * settings (team, people and stages mapped, filters) and the metrics' names. Settings with problems get
 * the problems dialog instead, as every action does.
 */
export function importDialogAction(ctx: ActionContext): void {
  const setup = readImportSetup(ctx);
  if ('text' in setup) {
    notify(ctx, setup.text);
    return;
  }
  const config: ImportDialogConfig = {
    lang: ctx.lang,
    texts: textsFor(ctx.lang, ['dlg.', 'import.', 'importField.']),
    settings: setup.importSettings,
    mapping: setup.mapping,
    metrics: metricNames(
      setup.settings.funnel.map((s) => s.id),
      ctx.lang,
    ),
  };
  const template = HtmlService.createTemplateFromFile(PAGE);
  // JSON inside <script>: "</script>" in a person's text must not end the element.
  template.config = JSON.stringify(config).replace(/</g, '\\u003c');
  ctx.ui.showModalDialog(template.evaluate().setWidth(640).setHeight(560), t('dlg.import.title', ctx.lang));
}

/**
 * Every metric an import can count, by name, in the order the tabs show them: the funnel's steps, then the
 * money ones (revenue and receipts are not funnel steps), so the preview lists what counts in that order.
 */
function metricNames(funnel: readonly string[], lang: Lang): Record<string, string> {
  const ids = [...funnel, ...['revenue', 'receipts'].filter((m) => !funnel.includes(m))];
  return Object.fromEntries(ids.map((id) => [id, labelOr('metric.', id, lang)]));
}

/** From the page: one part of the file's rows, staged until the last arrives. */
export function importDialogPartRun(part: ImportPart): PageAnswer {
  return runForPage((ctx) => stagePart(ctx, part));
}

/** From the page: every part is staged; import them as "Import facts from this tab" would, and say how it went. */
export function importDialogFinishRun(label: string): PageAnswer {
  return runForPage((ctx) => notify(ctx, importRows(ctx, takeStaged(ctx), label).text));
}
