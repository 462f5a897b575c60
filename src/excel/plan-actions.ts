// The plan actions the pane and ribbon call: check (read only), tidy onto a new sheet,
// select a finding's cell, save a column mapping.
import { columnLetter } from "../domain/a1";
import type { ExcelCapabilities } from "../domain/excel-capabilities";
import { analysePlan } from "../domain/plan-analysis";
import { MappingOverrides, meaningId } from "../domain/plan-layout";
import { buildPlanSheet } from "../domain/plan-template";
import { summariseProgress } from "../domain/progress";
import { hasStatusColumns, layoutsFor, planColumnsOf } from "../domain/report/plan-capabilities";
import { fiscalYearOf } from "../domain/thai-dates";
import { tidyRows } from "../domain/tidy-plan";
import type { PlanCheck, TidyResult } from "../services/workbook-service";
import { WorkbookError } from "../services/workbook-service";
import { queueTakenNames, writePlanWorkbook } from "./plan-template-writer";
import { queueRoundSixRead } from "./history-read";
import { MAPPINGS_SETTING, readPlanSheet, readPlanSheetWith } from "./plan-reader";
import { queueOwnSheetMarks } from "./plan-sheet-actions";

export async function checkPlan(
  context: Excel.RequestContext,
  capabilities: ExcelCapabilities,
  today: Date,
  sheetId?: string
): Promise<PlanCheck> {
  // Round trip 1: the plan, its own-sheet marks and the sheet list; 2 (when the workbook has the
  // add-in's settings): the fiscal year, the round and the history of round snapshots.
  const {
    plan: read,
    others: { ownSheet },
    later: roundSix,
  } = await readPlanSheetWith(
    context,
    sheetId,
    () => {
      const judge = queueOwnSheetMarks(context, capabilities, sheetId);
      const sheets = context.workbook.worksheets.load("items/name");
      return () => ({ ownSheet: judge, sheets });
    },
    (plan, { sheets }) => queueRoundSixRead(context, plan.namesInUse, sheets, today)
  );
  const own = ownSheet(read.sheet);
  // The add-in's own report or scores sheet has a plan's headers but is never read as one.
  const analysis = analysePlan(own ? { ...read.grid, values: [] } : read.grid, {
    overrides: read.overrides,
    fiscalYear: read.fiscalYear,
    today,
  });
  const layout = analysis.layout;
  const columns = planColumnsOf(layout);
  return {
    sheet: read.sheet,
    sheetId: read.sheetId,
    headerRow: layout ? layout.headerRow + 1 : null,
    columns: (layout?.columns ?? []).map((mapped) => ({
      column: columnLetter(mapped.column),
      header: mapped.header,
      meaning: meaningId(mapped.meaning),
      byUser: mapped.byUser,
    })),
    unmapped: (layout?.unmapped ?? []).map((unmapped) => ({
      column: columnLetter(unmapped.column),
      header: unmapped.header,
    })),
    overrides: read.overrides,
    findings: own ? [] : analysis.findings,
    progress: summariseProgress(
      analysis.plan.measures,
      today,
      analysis.fiscalYear,
      hasStatusColumns(columns),
      roundSix
    ),
    layouts: layoutsFor(columns),
    ignoredSettings: read.ignoredSettings,
    ownSheet: own,
  };
}

export async function tidyPlan(
  context: Excel.RequestContext,
  capabilities: ExcelCapabilities,
  today: Date
): Promise<TidyResult> {
  const taken = queueTakenNames(context);
  const read = await readPlanSheet(context);
  const analysis = analysePlan(read.grid, {
    overrides: read.overrides,
    fiscalYear: read.fiscalYear,
    today,
  });
  if (!analysis.layout || analysis.plan.measures.length === 0) {
    throw new WorkbookError("NoPlanFound", `No plan found on ${read.sheet}`, true);
  }
  const spec = buildPlanSheet(
    tidyRows(analysis.plan.measures),
    analysis.fiscalYear ?? fiscalYearOf(today),
    taken()
  );
  await writePlanWorkbook(context, spec, capabilities);
  return {
    sheet: spec.sheet,
    measures: spec.rows.length,
    headerRowsDropped: analysis.plan.headerRowsDropped,
    rowsJoined: analysis.plan.rowsJoined,
  };
}

export async function selectCell(
  context: Excel.RequestContext,
  sheetId: string,
  address: string
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetId);
  sheet.activate();
  sheet.getRange(address).select();
  await context.sync();
}

/** Saves a sheet's column mapping in the workbook (document settings travel with the file). */
export async function saveMapping(
  context: Excel.RequestContext,
  sheetId: string,
  overrides: MappingOverrides
): Promise<void> {
  const read = await readPlanSheet(context, sheetId);
  const all = { ...read.allMappings, [sheetId]: overrides };
  context.workbook.settings.add(MAPPINGS_SETTING, JSON.stringify(all));
  await context.sync();
}
