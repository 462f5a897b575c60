// Money as the reports print it: 12,500.00 บาท, in Thai digits when chosen. One helper for the
// report's cells and sentences and the memo, so they never disagree.

const DECIMALS = { minimumFractionDigits: 2, maximumFractionDigits: 2 } as const;
// Intl's "thai" numbering system writes the digits; the grouping stays the reports' comma.
const ARABIC = new Intl.NumberFormat("en-US", DECIMALS);
const THAI = new Intl.NumberFormat("th-TH-u-nu-thai", DECIMALS);

/** 12,500.00 (or ๑๒,๕๐๐.๐๐): baht with two decimals and thousands separators. */
export function moneyText(value: number, thaiDigits = false): string {
  // -0 from a rounding or an empty sum would print as "-0.00".
  return (thaiDigits ? THAI : ARABIC).format(value === 0 ? 0 : value);
}

/** 12,500.00 บาท */
export function bahtText(value: number, thaiDigits = false): string {
  return `${moneyText(value, thaiDigits)} บาท`;
}

/** A share as the reports print it, two decimals: 62.50 (or ๖๒.๕๐). */
export function percentText(value: number, thaiDigits = false): string {
  return moneyText(value, thaiDigits);
}
