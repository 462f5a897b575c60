// "รวมผลจากไฟล์ของกอง" in the workbook: the divisions' copies (read from files by the pane)
// merged into the open plan. The preview only reads the plan (one round trip); applying reads it
// again with its cells' formulas and formats (one; a plan past Excel on the web's 5 MB response
// takes its row blocks and one more), writes only the reported cells of matched measures that
// change (one), and on a failure puts those cells back as they were.
import { analysePlan } from "../domain/plan-analysis";
import { MergeChoices, mergeWrites, withChoices } from "../domain/plan/merge-choices";
import { fieldValue, mergeCopies, PlanCopy, reportedFields } from "../domain/plan/merge-copies";
import type { MergeApplied, MergePreview } from "../services/workbook-service";
import { WorkbookError } from "../services/workbook-service";
import { writeLiteral } from "./literal-text";
import { syncPlanRead } from "./plan-reader";
import { undoAfter } from "./rollback";

function mergedPlan(
  plan: { grid: Parameters<typeof analysePlan>[0]; overrides: Record<string, string> },
  copies: readonly PlanCopy[],
  today: Date
) {
  const analysis = analysePlan(plan.grid, { overrides: plan.overrides, today });
  if (!analysis.layout || analysis.plan.measures.length === 0) {
    throw new WorkbookError("NoPlanToMerge", "No plan with measures to merge into", true);
  }
  const measures = analysis.plan.measures;
  const outcome = mergeCopies(measures, copies, reportedFields(analysis.layout));
  return { layout: analysis.layout, measures, outcome };
}

export async function previewMerge(
  context: Excel.RequestContext,
  planSheetId: string,
  copies: readonly PlanCopy[],
  today: Date
): Promise<MergePreview> {
  const { plan } = await syncPlanRead(context, planSheetId, () => () => undefined);
  const { outcome } = mergedPlan(plan, copies, today);
  const valueOf = (measure: string, field: MergePreview["taken"][number]["field"]) => {
    const merged = outcome.measures.find((each) => each.text.measure === measure);
    return merged ? fieldValue(merged, field) : "";
  };
  return {
    taken: outcome.taken.map((item) => ({ ...item, value: valueOf(item.measure, item.field) })),
    conflicts: outcome.conflicts,
    added: outcome.added,
    lacking: outcome.copies
      .filter(({ lacking }) => lacking.length > 0)
      .map(({ copy, lacking }) => ({ copy, fields: lacking })),
  };
}

export async function applyMerge(
  context: Excel.RequestContext,
  planSheetId: string,
  copies: readonly PlanCopy[],
  choices: MergeChoices,
  today: Date
): Promise<MergeApplied> {
  const sheet = context.workbook.worksheets.getItem(planSheetId);
  // Round trip 1: the plan, and what its cells hold as written, to put any back. A plan too
  // large for one response is read in row blocks (syncPlanRead queues the others again): then
  // only the cells to be written are read, in one more round trip before the writes.
  let reads = 0;
  const { plan, others: used } = await syncPlanRead(context, planSheetId, () => {
    reads += 1;
    if (reads > 1) return () => null;
    const range = sheet.getUsedRange(true).load("rowIndex,columnIndex,formulas,numberFormat");
    return () => range;
  });
  const { layout, measures, outcome } = mergedPlan(plan, copies, today);
  const writes = mergeWrites(layout, measures, withChoices(outcome, copies, choices));
  const ranges = writes.cells.map((cell) => sheet.getRangeByIndexes(cell.row, cell.column, 1, 1));
  if (!used) {
    ranges.forEach((range) => range.load("formulas,numberFormat"));
    await context.sync();
  }
  const before = writes.cells.map((cell, index) => {
    const [r, c] = used ? [cell.row - used.rowIndex, cell.column - used.columnIndex] : [0, 0];
    const held = used ?? ranges[index];
    return {
      range: ranges[index],
      formula: (held.formulas[r]?.[c] ?? "") as string | number | boolean,
      format: (held.numberFormat[r]?.[c] ?? "General") as string,
    };
  });
  // Round trip 2: every write; a text keeps its literal form, other values the cell's format.
  writes.cells.forEach((cell, index) =>
    writeLiteral(before[index].range, [[cell.value]], () => before[index].format)
  );
  try {
    await context.sync();
  } catch (error) {
    return undoAfter(error, async () => {
      for (const { range, formula, format } of before) {
        range.numberFormat = [[format]];
        range.formulas = [[formula]];
      }
      await context.sync();
    }, []);
  }
  return {
    values: writes.values,
    measures: writes.measures,
    withoutColumn: writes.withoutColumn,
  };
}
