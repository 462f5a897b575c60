// A day in the pane's language: Thai in the Buddhist era ("31 มีนาคม 2570"), English day first
// ("31 March 2027"), through Intl as everywhere else.
import type { Language } from "./catalogue";

export function uiDate(language: Language, isoDay: string): string {
  return new Intl.DateTimeFormat(language === "th" ? "th-TH-u-ca-buddhist" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${isoDay}T00:00:00Z`));
}
