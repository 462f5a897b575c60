// The number a measure has in the report's table, for the table and the sentences that name
// measures by it.
import type { MeasureRow } from "../plan-reading";
import { foldThaiDigits } from "../thai-text";

// A measure that starts with its own number ("๑. …", "1)", "(2)") is not numbered again.
export const OWN_NUMBER = /^\(?[0-9๐-๙]+(\.[0-9๐-๙]+)*[).]/;

/** Its own number ("(๗)", "๗.", "1)" give 7 and 1; "2.1." gives 2.1), else its place among the
 * measures reported; in Arabic digits. */
export function tableNumber(measure: MeasureRow, index: number): string {
  const own = OWN_NUMBER.exec(measure.text.measure.trim());
  return own ? foldThaiDigits(own[0]).replace(/^\(|[).]$/g, "") : String(index + 1);
}
