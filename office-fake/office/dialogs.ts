// Office dialogs as the dialog API shows them to the page that opened one: events for messages
// from the dialog and for its closing, and close(). Codes from Microsoft's "Handle errors and
// events in the Office dialog box": 12006 the user closed it.

export class DialogError extends Error {
  constructor(
    readonly code: number,
    message: string
  ) {
    super(message);
  }
}

type Handler = (arg: { message: string; origin: string | undefined } | { error: number }) => void;

export class DialogDouble {
  open = true;
  /** Who closed it: the add-in (close()), the user (Office's X), or the runtime ending. */
  closedBy?: "addin" | "user" | "runtime";
  private readonly handlers = new Map<string, Handler[]>();

  constructor(readonly url: string) {}

  addEventHandler(type: string, handler: Handler): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
  }

  close(): void {
    if (this.open) this.end("addin");
  }

  /** The page in the dialog calls Office.context.ui.messageParent(message). */
  messageParent(message: string): void {
    if (!this.open) throw new Error("messageParent from a closed dialog");
    this.emit("dialogMessageReceived", { message, origin: new URL(this.url).origin });
  }

  /** The user closes the dialog with Office's own button. */
  userCloses(): void {
    if (!this.open) throw new Error("The dialog is already closed");
    this.end("user");
    this.emit("dialogEventReceived", { error: 12006 });
  }

  /** The runtime that opened the dialog ended: the dialog goes with it, unannounced. */
  endWithRuntime(): void {
    if (this.open) this.end("runtime");
  }

  private end(by: "addin" | "user" | "runtime"): void {
    this.open = false;
    this.closedBy = by;
  }

  private emit(type: string, arg: Parameters<Handler>[0]): void {
    for (const handler of this.handlers.get(type) ?? []) handler(arg);
  }
}
