// Reading the history sheet of round snapshots, queued beside a caller's other reads: the
// snapshot adds to it, the report and the pane compare the plan with it.
import type { CellValue } from "../domain/plan-layout";
import { latestSnapshot, readSnapshots, RoundSnapshot } from "../domain/plan/history-blocks";
import { HISTORY_SHEET } from "../domain/sheet-names";
import { queueSettingsRead, ROUND_NAME } from "./plan-reader";

/** Queues reading the history sheet when the workbook has one (from a loaded sheet list);
 * after the next sync the returned function gives its snapshots and the row a new block
 * starts on (a blank row below what the sheet holds). */
export function queueHistoryRead(
  context: Excel.RequestContext,
  sheets: Excel.WorksheetCollection
): () => { exists: boolean; snapshots: RoundSnapshot[]; nextRow: number } {
  if (!sheets.items.some((sheet) => sheet.name === HISTORY_SHEET)) {
    return () => ({ exists: false, snapshots: [], nextRow: 0 });
  }
  const used = context.workbook.worksheets
    .getItem(HISTORY_SHEET)
    .getUsedRangeOrNullObject()
    .load("values,rowIndex,rowCount");
  return () =>
    used.isNullObject
      ? { exists: true, snapshots: [], nextRow: 0 }
      : {
          exists: true,
          snapshots: readSnapshots(used.values as CellValue[][]),
          nextRow: used.rowIndex + used.rowCount + 1,
        };
}

/** For the pane's "yet to report": when the workbook's settings name a round and it has a history
 * sheet, queues the settings and the history (null otherwise: nothing to read); after the next
 * sync the returned function gives the round-6 snapshot of the year that round-12 results are
 * judged against, when the round is 12 and one was kept. */
export function queueRoundSixRead(
  context: Excel.RequestContext,
  namesInUse: readonly string[],
  sheets: Excel.WorksheetCollection,
  today: Date
): (() => RoundSnapshot | undefined) | null {
  if (
    !namesInUse.includes(ROUND_NAME) ||
    !sheets.items.some((sheet) => sheet.name === HISTORY_SHEET)
  ) {
    return null;
  }
  const settingsRead = queueSettingsRead(context, namesInUse, today);
  const historyRead = queueHistoryRead(context, sheets);
  return () => {
    const { fiscalYear, round } = settingsRead();
    return round === 12 ? latestSnapshot(historyRead().snapshots, fiscalYear, 6) : undefined;
  };
}
