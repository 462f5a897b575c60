// Why an input file cannot be read: each reason has a plain message in the catalogue
// (cli.unreadable.*); the detail is the file, or the file and the part, never a raw error text.
import type { Language, MessageKey } from "../i18n/catalogue";
import { translate } from "../i18n/translate";
import { LimitName, limitText } from "./limits";

export type UnreadableReason =
  | "missing"
  | "denied"
  | "readFailed"
  | "notRegular"
  | "notXlsx"
  | "encrypted"
  | "corrupt"
  | "tooLarge"
  | "noSheet"
  | "noWorksheets";

export class UnreadableFileError extends Error {
  constructor(
    readonly reason: UnreadableReason,
    readonly detail: string,
    /** The limit passed, for "tooLarge". */
    readonly limit?: LimitName
  ) {
    super(`${reason}: ${detail}${limit ? ` (${limit})` : ""}`);
    this.name = "UnreadableFileError";
  }
}

/** The plain message for a file that cannot be read: what and which file. */
export function unreadableMessage(language: Language, error: UnreadableFileError): string {
  return translate(language, `cli.unreadable.${error.reason}` as MessageKey, {
    detail: error.detail,
    limit: error.limit ? limitText(language, error.limit) : "",
  });
}
