// The ribbon's side of Office: registering ExecuteFunction commands and telling the user
// something from a command (a dialog, as a function file has no UI of its own).
import type { MessageKey } from "../i18n/catalogue";
import { languageFromLocale, MessageParams } from "../i18n/translate";

export type RibbonCommand = (event: Office.AddinCommands.Event) => void;

export function registerRibbonCommands(commands: Record<string, RibbonCommand>): void {
  Office.onReady(() => {
    for (const [name, command] of Object.entries(commands)) Office.actions.associate(name, command);
  });
}

/** Opens notice.html with a catalogue message in the Office UI's language, then calls done. */
export function showNotice(message: MessageKey, params: MessageParams, done: () => void): void {
  const language = languageFromLocale(Office.context.displayLanguage);
  const query = new URLSearchParams({ message, lang: language, params: JSON.stringify(params) });
  const url = new URL(`notice.html?${query.toString()}`, window.location.href);
  Office.context.ui.displayDialogAsync(url.href, { height: 25, width: 35 }, () => done());
}
