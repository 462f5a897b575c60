// What the report reads besides the plan: the settings' named cells, the remembered options,
// and a fingerprint telling whether a report sheet was edited since the add-in wrote it.
import type { CellValue } from "../plan-layout";
import { REPORT_LAYOUTS, ReportLayout } from "./types";
import type { ReportOptions, ReportSettings } from "./types";
import { foldThaiDigits } from "../thai-text";

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
  return {
    organisation: text(named.ITA_Organisation),
    district: text(named.ITA_District),
    province: text(named.ITA_Province),
    fiscalYear: Number.isInteger(year) && year > 2400 ? year : fallbackYear,
    round: round === 6 ? 6 : 12,
    preparerName: text(named.ITA_PreparerName),
    preparerPosition: text(named.ITA_PreparerPosition),
  };
}

/** Options remembered in the workbook; anything unreadable falls back to the defaults. */
export function optionsFrom(
  stored: unknown
): ReportOptions & { planSheetId?: string; lastReport?: string; lastSummary?: string } {
  try {
    const parsed =
      typeof stored === "string" ? (JSON.parse(stored) as Record<string, unknown>) : {};
    return {
      layout: REPORT_LAYOUTS.includes(parsed.layout as ReportLayout)
        ? (parsed.layout as ReportLayout)
        : DEFAULT_OPTIONS.layout,
      unit: typeof parsed.unit === "string" && parsed.unit ? parsed.unit : null,
      thaiDigits:
        typeof parsed.thaiDigits === "boolean" ? parsed.thaiDigits : DEFAULT_OPTIONS.thaiDigits,
      planSheetId: typeof parsed.planSheetId === "string" ? parsed.planSheetId : undefined,
      lastReport: typeof parsed.lastReport === "string" ? parsed.lastReport : undefined,
      lastSummary: typeof parsed.lastSummary === "string" ? parsed.lastSummary : undefined,
    };
  } catch {
    return { ...DEFAULT_OPTIONS };
  }
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
