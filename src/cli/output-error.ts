// An output the command refuses or cannot write, with the user's reason: its own module so that
// the command line's error handling does not load the writing code (and Node's crypto) at start.
export class OutputError extends Error {
  constructor(
    readonly reason:
      | "exists"
      | "isFolder"
      | "sameAsInput"
      | "unwritable"
      | "badOption"
      | "needsYear"
      | "needsOrg"
      | "needsRound"
      | "noLibreOffice"
      | "memoTooLarge"
      | "noPlan",
    readonly detail: string
  ) {
    super(`${reason}: ${detail}`);
    this.name = "OutputError";
  }
}
