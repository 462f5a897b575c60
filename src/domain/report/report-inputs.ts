// What the report reads besides the plan: the settings' named cells, the options' defaults,
// and a fingerprint telling whether a report sheet was edited since the add-in wrote it.
import type { CellValue } from "../plan-layout";
import type { ReportOptions, ReportSettings } from "./types";
import { foldThaiDigits } from "../thai-text";
import { dateFromSerial, parsePeriod } from "../periods";
import { BUDDHIST_ERA_OFFSET } from "../thai-dates";

export const OPTIONS_SETTING = "ITA.reportOptions";
export const REPORT_TAG = "ITA.report";
export const FINGERPRINT_TAG = "ITA.fingerprint";

export const DEFAULT_OPTIONS: ReportOptions = { layout: "results", unit: null, thaiDigits: true };

const text = (value: CellValue | undefined) =>
  value === null || value === undefined ? "" : String(value).trim();

export function reportSettingsFrom(
  named: Record<string, CellValue>,
  fallbackYear: number
): ReportSettings {
  const year = Number(foldThaiDigits(text(named.ITA_FiscalYear)));
  const round = Number(foldThaiDigits(text(named.ITA_Round)));
  const reportDate = reportDateFrom(named.ITA_ReportDate);
  return {
    organisation: text(named.ITA_Organisation),
    district: text(named.ITA_District),
    province: text(named.ITA_Province),
    fiscalYear: Number.isInteger(year) && year > 2400 ? year : fallbackYear,
    round: round === 6 ? 6 : 12,
    preparerName: text(named.ITA_PreparerName),
    preparerPosition: text(named.ITA_PreparerPosition),
    ...(reportDate ? { reportDate } : {}),
  };
}

/** A date as a clerk enters it in the settings: a date Excel recognised (a serial number),
 * "2026-10-05", "5/10/2569" (day first, either era) or "5 ตุลาคม ๒๕๖๙"; anything else is no date. */
export function reportDateFrom(value: CellValue | undefined): Date | undefined {
  if (typeof value === "number") return dateFromSerial(value) ?? undefined;
  const written = foldThaiDigits(text(value));
  const numeric =
    written
      .match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/)
      ?.slice(1)
      .map(Number) ??
    written
      .match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/)
      ?.slice(1)
      .map(Number)
      .reverse();
  if (numeric) {
    const [year, month, day] = numeric;
    const calendarYear = year > 2400 ? year - BUDDHIST_ERA_OFFSET : year;
    const date = new Date(Date.UTC(calendarYear, month - 1, day));
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
  }
  const period = written ? parsePeriod(written) : undefined;
  return period?.start && period.end && period.start.getTime() === period.end.getTime()
    ? period.start
    : undefined;
}

/** A short hash of a sheet's non-empty cells and where they are (FNV-1a): equal when the sheet
 * holds exactly what the add-in wrote. A hash, not a copy, so it fits in a custom property. */
export function fingerprint(
  cells: Iterable<{ row: number; column: number; value: CellValue }>
): string {
  const parts: string[] = [];
  for (const cell of cells) {
    const value = text(cell.value);
    if (value !== "") parts.push(`${cell.row},${cell.column}=${value}`);
  }
  parts.sort();
  let hash = 0x811c9dc5;
  for (const part of parts) {
    for (let index = 0; index < part.length; index++) {
      hash ^= part.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    hash ^= 0x3b;
  }
  return `${parts.length}:${hash.toString(16)}`;
}

/** Every cell of a grid read from a sheet, for fingerprint(). */
export function* gridCells(firstRow: number, firstColumn: number, values: CellValue[][]) {
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < values[r].length; c++) {
      yield { row: firstRow + r, column: firstColumn + c, value: values[r][c] };
    }
  }
}
