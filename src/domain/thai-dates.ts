// Buddhist-era dates through Intl, never through hand-made month tables.

export interface ThaiDateOptions {
  thaiDigits?: boolean;
  /** "long": ๒๔ เมษายน ๒๕๖๗; "short": ๒๔ เม.ย. ๒๕๖๗ */
  style?: "long" | "short";
}

function thaiLocale(thaiDigits: boolean): string {
  return thaiDigits ? "th-TH-u-ca-buddhist-nu-thai" : "th-TH-u-ca-buddhist-nu-latn";
}

/** Formats a calendar date (its UTC fields) in the Buddhist era with Thai month names. */
export function formatThaiDate(date: Date, options: ThaiDateOptions = {}): string {
  return new Intl.DateTimeFormat(thaiLocale(options.thaiDigits ?? false), {
    day: "numeric",
    month: options.style === "short" ? "short" : "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}

/** The Thai month names from Intl, January first, in the long or short form. */
export function thaiMonthNames(style: "long" | "short"): string[] {
  const format = new Intl.DateTimeFormat("th-TH-u-ca-buddhist", { month: style, timeZone: "UTC" });
  return Array.from({ length: 12 }, (_, month) => format.format(Date.UTC(2000, month, 15)));
}

export const BUDDHIST_ERA_OFFSET = 543;

/** The fiscal year (Buddhist era) that a calendar date falls in: it ends on 30 September. */
export function fiscalYearOf(date: Date): number {
  const year = date.getUTCFullYear() + (date.getUTCMonth() >= 9 ? 1 : 0);
  return year + BUDDHIST_ERA_OFFSET;
}

/** First and last day (UTC) of a fiscal year or of its first six months. */
export function fiscalYearRange(
  fiscalYear: number,
  round: 6 | 12 = 12
): { start: Date; end: Date } {
  const endYear = fiscalYear - BUDDHIST_ERA_OFFSET;
  const start = new Date(Date.UTC(endYear - 1, 9, 1));
  const end = round === 6 ? new Date(Date.UTC(endYear, 2, 31)) : new Date(Date.UTC(endYear, 8, 30));
  return { start, end };
}
