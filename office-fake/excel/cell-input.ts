// What Excel makes of a string written through Range.values (or formulas) to a cell: in a
// General cell it parses the string as a person typing it would; under the Text format "@" it
// keeps the string as it is.
//
// Sources:
// - @types/office-js, Range.values: "If the returned value starts with a plus ("+"), minus ("-"),
//   or equal sign ("="), Excel interprets this value as a formula." and locale-shaped dates are
//   parsed in the en-US shape only ("19-8-2025" stays text; ISO YYYY-MM-DD is a date).
// - OfficeDev/office-js#3256: text beginning with "-" written through values is taken as a
//   formula (and can fail the whole batch).
// - Microsoft support, "Format numbers as text": a cell formatted as Text (@) keeps what is
//   entered as text, numbers and formulas included; formatting a cell as Text after a number is
//   in it does not turn the number back into the text that was typed.
// Stricter than Excel where Excel is not documented: a leading "@" also starts a formula (Excel
// maps "@" to "=" for Lotus compatibility in the UI), and "m/d" takes the current year.
import type { CellValue } from "./model";

export const TEXT_FORMAT = "@";

export interface EnteredCell {
  value: CellValue;
  formula?: string;
  /** The number format Excel gives a General cell for what it recognised (a percent, a date). */
  numberFormat?: string;
}

const NUMBER = /^\(?[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?\)?$/;
const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function parseNumber(text: string): number | null {
  if (!/\d/.test(text) || !NUMBER.test(text)) return null;
  const negative = text.startsWith("(") && text.endsWith(")");
  if (text.startsWith("(") !== text.endsWith(")")) return null;
  const value = Number(text.replace(/[(),]/g, ""));
  if (!Number.isFinite(value)) return null;
  return negative ? -value : value;
}

function serial(year: number, month: number, day: number): number | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const time = Date.UTC(year, month - 1, day);
  if (new Date(time).getUTCDate() !== day) return null;
  return Math.round((time - EXCEL_EPOCH) / DAY_MS);
}

function fullYear(text: string): number {
  const year = Number(text);
  return text.length <= 2 ? (year < 30 ? 2000 + year : 1900 + year) : year;
}

/** m/d/yyyy, m/d/yy, m/yyyy, m/d and yyyy-mm-dd (en-US shapes), as a date serial. */
function parseDate(text: string): number | null {
  let match = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/.exec(text);
  if (match) return serial(fullYear(match[3]), Number(match[1]), Number(match[2]));
  match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) return serial(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[/-](\d{4})$/.exec(text);
  if (match) return serial(Number(match[2]), Number(match[1]), 1);
  match = /^(\d{1,2})[/-](\d{1,2})$/.exec(text);
  if (match) return serial(new Date().getFullYear(), Number(match[1]), Number(match[2]));
  return null;
}

function parseTime(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!match) return null;
  const [hours, minutes, seconds] = [match[1], match[2], match[3] ?? "0"].map(Number);
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  return (hours * 3600 + minutes * 60 + seconds) / 86_400;
}

/** A string as Excel stores it in a cell of the given number format. */
export function enterInput(input: CellValue, numberFormat: string): EnteredCell {
  if (typeof input !== "string" || numberFormat === TEXT_FORMAT) return { value: input };
  const text = input.trim();
  if (text.length === 0) return { value: input };
  if (
    text.length > 1 &&
    (text[0] === "=" || text[0] === "+" || text[0] === "-" || text[0] === "@")
  ) {
    const signed = text[0] === "=" ? null : parseNumber(text);
    if (signed !== null) return { value: signed };
    const percent = text.endsWith("%") ? parseNumber(text.slice(0, -1)) : null;
    if (percent !== null) return { value: percent / 100, numberFormat: "0%" };
    return { value: "", formula: text[0] === "=" ? text : `=${text}` };
  }
  const upper = text.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  const number = parseNumber(text);
  if (number !== null) return { value: number };
  if (text.endsWith("%")) {
    const percent = parseNumber(text.slice(0, -1).trim());
    if (percent !== null) return { value: percent / 100, numberFormat: "0%" };
  }
  const date = parseDate(text);
  if (date !== null) return { value: date, numberFormat: "m/d/yyyy" };
  const time = parseTime(text);
  if (time !== null) return { value: time, numberFormat: "h:mm" };
  return { value: input };
}
