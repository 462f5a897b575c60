// A measure's identity across copies of a plan and across rounds: people renumber, respace and
// repunctuate a measure's text, and it is still the same measure.
import { foldThaiDigits } from "./thai-text";

/** A measure's identity: its text without white space, punctuation or its own number. */
export function measureKey(text: string): string {
  return foldThaiDigits(text)
    .toLowerCase()
    .replace(/^\s*[([]?\d{1,3}\s*[.)\]]\s*/, "")
    .replace(/[\s\p{P}\p{S}\u200b]+/gu, "");
}
