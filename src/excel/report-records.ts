// The reports the add-in made, remembered in the workbook's settings: each report's sheets (the
// table and the summary) with the fingerprint of what was written, so that regenerating replaces
// only the add-in's own report, and only while nobody has edited any of its sheets.
import type { ExcelCapabilities } from "../domain/excel-capabilities";
import type { CellValue } from "../domain/plan-layout";
import { fingerprint, gridCells, REPORT_TAG } from "../domain/report/report-inputs";
import type { ReportRecord, SheetRecord } from "../domain/stored-settings";

export const REPORTS_SETTING = "ITA.reports";

interface QueuedSheet {
  record: SheetRecord;
  sheet: Excel.Worksheet;
  used: Excel.Range;
  tag: Excel.WorksheetCustomProperty | null;
}

export interface PreviousReport {
  key: string;
  /** The table sheet first, then the summary sheet when the record names one. */
  sheets: (QueuedSheet | null)[];
}

/** Queues the reading of every remembered report's sheets (their cells and tags). */
export function queuePreviousReports(
  records: Record<string, ReportRecord>,
  sheets: Excel.WorksheetCollection,
  capabilities: ExcelCapabilities
): PreviousReport[] {
  const queue = (record: SheetRecord): QueuedSheet | null => {
    const sheet = sheets.items.find((candidate) => candidate.name === record.sheet);
    if (!sheet) return null;
    const used = sheet.getUsedRange(true).load("values,rowIndex,columnIndex");
    const tag = capabilities.customProperties
      ? sheet.customProperties.getItemOrNullObject(REPORT_TAG).load("value")
      : null;
    return { record, sheet, used, tag };
  };
  return Object.entries(records).flatMap(([key, record]) => {
    const table = queue(record);
    if (!table) return [];
    return [{ key, sheets: record.summary ? [table, queue(record.summary)] : [table] }];
  });
}

export type UneditedReport = Omit<PreviousReport, "sheets"> & { sheets: QueuedSheet[] };

/** The add-in's own report, untouched since: each sheet's tag names this report and its cells
 * hash to what was written. A missing summary sheet counts as an edit. */
export function isUnedited(
  previous: PreviousReport,
  capabilities: ExcelCapabilities
): previous is UneditedReport {
  return previous.sheets.every(
    (queued) =>
      queued !== null &&
      // Without custom properties (before 1.12) the fingerprint alone tells.
      (!capabilities.customProperties ||
        (queued.tag !== null && !queued.tag.isNullObject && queued.tag.value === previous.key)) &&
      fingerprint(
        gridCells(
          queued.used.rowIndex,
          queued.used.columnIndex,
          queued.used.values as CellValue[][]
        )
      ) === queued.record.fingerprint
  );
}
