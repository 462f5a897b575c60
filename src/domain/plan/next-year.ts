// Next year's plan from this year's: the same measures, methods, owners and units; statuses and
// what was done cleared; every period moved one fiscal year on, written as the user wrote it
// (their digits, their abbreviations, their two- or four-digit years).
import { TEMPLATE_COLUMNS } from "../plan-columns";
import type { TemplateCell } from "../plan-template";
import type { MeasureRow } from "../plan-reading";
import { dateFromSerial, serialFromDate } from "../periods";
import { thaiMonthNames } from "../thai-dates";
import { foldThaiDigits, toThaiDigits } from "../thai-text";
import { tidyRows } from "../tidy-plan";

/** Columns that describe this year's doing, not the measure: left empty next year. The planned
 * budget too: next year's comes from next year's budget act, and a carried figure would be
 * reported as next year's allocation if nobody changed it. */
const CLEARED = new Set([
  "status",
  "result",
  "outcome",
  "plannedBudget",
  "budget",
  "problems",
  "evidence",
  "updated",
]);

const DIGIT = "[0-9๐-๙]";
// What may stand before a two-digit year: a Thai month name (with or without its dots) or the
// era mark. A two-digit number anywhere else (a day, "30 วัน") is not a year.
let yearLead: RegExp | undefined;
function twoDigitYearLead(): RegExp {
  if (!yearLead) {
    const months = [...thaiMonthNames("long"), ...thaiMonthNames("short")].map((name) =>
      name.replace(/\./g, "").split("").join("\\.?\\s?")
    );
    yearLead = new RegExp(`(?:${months.join("|")}|พ\\.?\\s?ศ)\\.?\\s*$`);
  }
  return yearLead;
}

function sameDigits(original: string, value: number, width: number): string {
  const text = String(value).padStart(width, "0").slice(-width);
  return /[๐-๙]/.test(original) ? toThaiDigits(text) : text;
}

/** The text with each year in it one (or `years`) later: 2566 → 2567, ๖๕ → ๖๖, 2023 → 2024. */
export function shiftYearsInText(text: string, years = 1): string {
  return text.replace(new RegExp(`(?<!${DIGIT})${DIGIT}+(?!${DIGIT})`, "g"), (token, offset) => {
    const value = Number(foldThaiDigits(token));
    const buddhist = token.length === 4 && value >= 2400 && value <= 2800;
    const common = token.length === 4 && value >= 1900 && value <= 2200;
    const short =
      token.length === 2 && twoDigitYearLead().test(text.slice(Math.max(0, offset - 16), offset));
    if (buddhist || common) return sameDigits(token, value + years, 4);
    if (short) return sameDigits(token, (value + years) % 100, 2);
    return token;
  });
}

/** A period cell one fiscal year on: text by its years, a date typed as a date by a year. */
export function nextYearPeriod(period: TemplateCell): TemplateCell {
  if (typeof period === "number") {
    const date = dateFromSerial(period);
    if (!date) return period;
    const next = new Date(date);
    next.setUTCFullYear(date.getUTCFullYear() + 1);
    // 29 February has no twin next year: the last day of February instead.
    if (next.getUTCMonth() !== date.getUTCMonth()) next.setUTCDate(0);
    return serialFromDate(next);
  }
  return typeof period === "string" ? shiftYearsInText(period) : period;
}

/** The plan's measures as next year's rows of the canonical plan table, each not started. */
export function nextYearRows(measures: readonly MeasureRow[]): TemplateCell[][] {
  return tidyRows(measures).map((row) =>
    row.map((cell, index) => {
      const column = TEMPLATE_COLUMNS[index];
      if (column.key === "period") return nextYearPeriod(cell);
      if (!CLEARED.has(column.key)) return cell;
      return column.key === "status" ? column.status === "not_started" : "";
    })
  );
}

/** Last year's recommendations, one line a measure that has them, for next year's เรื่องเดิม. */
export function carriedRecommendations(measures: readonly MeasureRow[]): string[] {
  return measures
    .filter((measure) => measure.text.recommendation.trim() !== "")
    .map((measure) => `${measure.text.measure.trim()}: ${measure.text.recommendation.trim()}`);
}
