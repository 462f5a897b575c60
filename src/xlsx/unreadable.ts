// Why an input file cannot be read: each reason has a plain message in the catalogue
// (cli.unreadable.*); the detail is the file, or the file and the part, never a raw error text.
import type { LimitName } from "./limits";

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
