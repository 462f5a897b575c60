// The ribbon's side of Office: registering ExecuteFunction commands and telling the user
// something from a command (a dialog, as a function file has no UI of its own).
import type { MessageKey } from "../i18n/catalogue";
import { languageFromLocale, MessageParams } from "../i18n/translate";

export type RibbonCommand = (event: Office.AddinCommands.Event) => void;

/** What notice.html sends when its OK button is pressed. */
export const NOTICE_CLOSE = "close";

/** Office's code for "the user closed the dialog" (DialogEventReceived). */
const DIALOG_CLOSED_BY_USER = 12006;

export function registerRibbonCommands(commands: Record<string, RibbonCommand>): void {
  Office.onReady(() => {
    for (const [name, command] of Object.entries(commands)) Office.actions.associate(name, command);
  });
}

/**
 * Opens notice.html with a catalogue message in the Office UI's language and calls done once the
 * dialog is gone. done ends the command: `event.completed()` "indicates that the add-in has
 * completed processing and will automatically be closed" (@types/office-js), and closing the
 * function file's runtime closes the dialog it opened, so it must wait for the user.
 */
export function showNotice(message: MessageKey, params: MessageParams, done: () => void): void {
  const language = languageFromLocale(Office.context.displayLanguage);
  const query = new URLSearchParams({ message, lang: language, params: JSON.stringify(params) });
  const url = new URL(`notice.html?${query.toString()}`, window.location.href);
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    done();
  };
  Office.context.ui.displayDialogAsync(url.href, { height: 25, width: 35 }, (result) => {
    // No dialog (another one is open, or the page failed): nothing keeps the command alive.
    if (result.status !== Office.AsyncResultStatus.Succeeded) {
      finish();
      return;
    }
    const dialog = result.value;
    dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
      if (!("message" in arg) || arg.message !== NOTICE_CLOSE) return;
      dialog.close();
      finish();
    });
    // 12006: closed with Office's own button; others (12002, 12003): the page could not be shown.
    dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
      if (!("error" in arg && arg.error === DIALOG_CLOSED_BY_USER)) dialog.close();
      finish();
    });
  });
}

/** In notice.html: the OK button asks the command that opened it to close it and end. */
export function wireNoticeButton(button: HTMLElement): void {
  void Office.onReady(() =>
    button.addEventListener("click", () => Office.context.ui.messageParent(NOTICE_CLOSE))
  );
}
