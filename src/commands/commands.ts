// Ribbon commands (ExecuteFunction). They use the same functions as the task pane.
import type { MessageKey } from "../i18n/catalogue";
import { languageFromLocale } from "../i18n/translate";

function showNotice(message: MessageKey, done: () => void): void {
  const language = languageFromLocale(Office.context.displayLanguage);
  const url = new URL(
    `notice.html?message=${encodeURIComponent(message)}&lang=${language}`,
    window.location.href
  );
  Office.context.ui.displayDialogAsync(url.href, { height: 25, width: 35 }, () => done());
}

/** One-click report: the report itself comes with the report feature; until then it says so. */
export function generateReport(event: Office.AddinCommands.Event): void {
  showNotice("command.reportNotYet", () => event.completed());
}

Office.onReady(() => {
  Office.actions.associate("generateReport", generateReport);
});
