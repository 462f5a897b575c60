// Option values the commands share.
import { OutputError } from "./output-error";

/** A --date (YYYY-MM-DD), else today. */
export function dateOf(text: string | undefined, today: Date): Date {
  if (text === undefined) return today;
  const date = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new OutputError("badOption", `--date ${text}`);
  return date;
}
