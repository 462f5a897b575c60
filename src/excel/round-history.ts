// "บันทึกผลรอบนี้": the state of every measure at the end of a round, added as a block to the
// history sheet the add-in owns (made on first use). Three round trips: the plan and the sheet
// list, the settings and the history so far, the write. A block is never overwritten: a second
// snapshot of the same round is refused until the user confirms, then added below the first.
import { analysePlan } from "../domain/plan-analysis";
import {
  HISTORY_SHEET,
  latestSnapshot,
  snapshotOf,
  snapshotRows,
} from "../domain/plan/round-snapshot";
import { isoDay } from "../domain/periods";
import { queueHistoryRead } from "./history-read";
import { queueSettingsRead, syncPlanRead } from "./plan-reader";
import { writeLiteral } from "./literal-text";
import { undoAfter } from "./rollback";
import { THAI_FONT } from "../domain/sheet-look";
import type { SnapshotResult } from "../services/workbook-service";

export async function takeSnapshot(
  context: Excel.RequestContext,
  request: { planSheetId?: string; again?: boolean },
  today: Date
): Promise<SnapshotResult> {
  // Round trip 1: the plan, and the sheets (is there a history yet?).
  const { plan, others: sheets } = await syncPlanRead(context, request.planSheetId, () => {
    const all = context.workbook.worksheets.load("items/name");
    return () => all;
  });
  // Round trip 2: the settings (year, round) and the history so far.
  const settingsRead = queueSettingsRead(context, plan.namesInUse, today);
  const historyRead = queueHistoryRead(context, sheets);
  await context.sync();
  const history = historyRead();
  const settings = settingsRead();
  const analysis = analysePlan(plan.grid, {
    overrides: plan.overrides,
    fiscalYear: settings.fiscalYear,
    today,
  });
  if (!analysis.layout) return { kind: "noPlan", sheet: plan.sheet };
  const { fiscalYear, round } = settings;
  const earlier = latestSnapshot(history.snapshots, fiscalYear, round);
  if (earlier && !request.again) {
    return { kind: "exists", fiscalYear, round, takenOn: isoDay(earlier.takenOn) };
  }

  // Round trip 3: the block, below what the sheet holds (a blank row between blocks).
  const rows = snapshotRows(
    snapshotOf(analysis.plan.measures, { fiscalYear, round, takenOn: today })
  );
  const created = !history.exists;
  const sheet = created
    ? context.workbook.worksheets.add(HISTORY_SHEET)
    : context.workbook.worksheets.getItem(HISTORY_SHEET);
  const block = sheet.getRangeByIndexes(history.nextRow, 0, rows.length, rows[0].length);
  try {
    writeLiteral(
      block,
      rows.map((row) => row.map((value) => value ?? ""))
    );
    block.format.font.name = THAI_FONT;
    block.format.font.size = 14;
    block.format.wrapText = true;
    block.format.verticalAlignment = "Top";
    block.getRow(0).format.font.bold = true;
    block.getRow(1).format.font.bold = true;
    if (created) {
      sheet.getRange("A:A").format.columnWidth = 300;
      sheet.getRange("B:B").format.columnWidth = 130;
      sheet.getRange("C:C").format.columnWidth = 300;
      sheet.getRange("D:D").format.columnWidth = 110;
    }
    await context.sync();
  } catch (error) {
    await undoAfter(error, async () => {
      if (created) context.workbook.worksheets.getItem(HISTORY_SHEET).delete();
      else block.clear();
      await context.sync();
    }, [HISTORY_SHEET]);
  }
  return { kind: "taken", sheet: HISTORY_SHEET, fiscalYear, round, measures: rows.length - 2 };
}
