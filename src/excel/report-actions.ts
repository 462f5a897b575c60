// The one-click report: read the plan, settings, scores and the previous report (two round
// trips), build the spec in the domain, write it (one more). The previous report is replaced
// only if the add-in made it (its tag) and nobody edited it since (its fingerprint); a failure
// at any point leaves the workbook as it was.
import type { ExcelCapabilities } from "../domain/excel-capabilities";
import { analysePlan } from "../domain/plan-analysis";
import { CellValue, recognisePlan } from "../domain/plan-layout";
import {
  fingerprint,
  FINGERPRINT_TAG,
  gridCells,
  OPTIONS_SETTING,
  optionsFrom,
  REPORT_TAG,
} from "../domain/report/report-inputs";
import type { ReportOptions, ReportSpec } from "../domain/report/report-spec";
import { buildReport, ReportOutcome } from "../domain/report/report-spec";
import { planColumnsOf } from "../domain/report/plan-capabilities";
import {
  scoreHistoryFrom,
  SCORE_TABLE_NAME,
  STATED_NAME,
  WEIGHTS_NAME,
} from "../domain/scores-sheet";
import { freeSheetName } from "../domain/sheet-names";
import type { ReportRequest, ReportResult } from "../services/workbook-service";
import { WorkbookError } from "../services/workbook-service";
import { toWorkbookError } from "./excel-errors";
import { queueSettingsRead, syncPlanRead } from "./plan-reader";
import { writeReportSheet } from "./report-writer";
import { parseReportRecords, REPORTS_SETTING } from "../domain/report/report-records";

function reportKey(spec: ReportSpec, options: ReportOptions): string {
  return `${spec.sheetName}|${options.unit ?? ""}`;
}

/** The cells a spec puts on the sheet, for its fingerprint. */
function specCells(spec: ReportSpec) {
  return spec.blocks.flatMap((block) => [
    ...gridCells(block.row, block.column, block.values as CellValue[][]),
  ]);
}

/** Round trips 1 and 2: everything the report is made from, and (when it is to be written)
 * the reports made before and what a failed write must put back. */
async function readReport(
  context: Excel.RequestContext,
  request: Partial<ReportRequest>,
  capabilities: ExcelCapabilities,
  today: Date,
  withPrevious: boolean
) {
  // Round trip 1: the plan, the sheets, the names and what the add-in remembered.
  const first = await syncPlanRead(context, request.planSheetId, () => {
    const options = context.workbook.settings.getItemOrNullObject(OPTIONS_SETTING);
    options.load("value");
    const records = context.workbook.settings.getItemOrNullObject(REPORTS_SETTING);
    records.load("value");
    const all = context.workbook.worksheets.load("items/name,items/id");
    const activeSheet = context.workbook.worksheets.getActiveWorksheet().load("id");
    return () => ({ options, records, all, activeSheet });
  });
  const {
    options: storedOptions,
    records: storedRecords,
    all: sheets,
    activeSheet: active,
  } = first.others;
  const remembered = optionsFrom(storedOptions.isNullObject ? undefined : storedOptions.value);
  const options: ReportOptions = {
    layout: request.layout ?? remembered.layout,
    unit: request.unit !== undefined ? request.unit : remembered.unit,
    thaiDigits: request.thaiDigits ?? remembered.thaiDigits,
  };
  let plan = first.plan;
  // From the ribbon the active sheet may be anything (often the last report): then the plan
  // the last report was made from, at the cost of one more round trip.
  const rememberedPlan = remembered.planSheetId;
  if (
    !request.planSheetId &&
    !recognisePlan(plan.grid, plan.overrides) &&
    rememberedPlan &&
    rememberedPlan !== plan.sheetId &&
    sheets.items.some((sheet) => sheet.id === rememberedPlan)
  ) {
    plan = (await syncPlanRead(context, rememberedPlan, () => () => undefined)).plan;
  }
  const records = parseReportRecords(storedRecords.isNullObject ? undefined : storedRecords.value);

  // Round trip 2: settings cells, scores, and the reports the add-in made before.
  const settingsRead = queueSettingsRead(context, plan.namesInUse, today);
  const scoreNames = [SCORE_TABLE_NAME, STATED_NAME, WEIGHTS_NAME];
  const [scoreTable, stated, weights] = scoreNames.map((name) =>
    scoreNames.every((needed) => plan.namesInUse.includes(needed))
      ? context.workbook.names.getItem(name).getRange().load("values")
      : null
  );
  const previous = Object.entries(withPrevious ? records : {}).flatMap(([key, record]) => {
    const sheet = sheets.items.find((candidate) => candidate.name === record.sheet);
    if (!sheet) return [];
    const used = sheet.getUsedRange(true).load("values,rowIndex,columnIndex");
    const tag = capabilities.customProperties
      ? sheet.customProperties.getItemOrNullObject(REPORT_TAG).load("value")
      : null;
    return [{ key, record, sheet, used, tag }];
  });
  await context.sync();

  const settings = settingsRead();
  const analysis = analysePlan(plan.grid, {
    overrides: plan.overrides,
    fiscalYear: settings.fiscalYear,
    today,
  });
  const outcome = buildReport({
    measures: analysis.plan.measures,
    columns: planColumnsOf(analysis.layout),
    findings: analysis.findings,
    settings,
    scores: scoreHistoryFrom(
      (scoreTable?.values ?? []) as CellValue[][],
      (stated?.values ?? []) as CellValue[][],
      (weights?.values ?? []) as CellValue[][]
    ),
    options,
    today,
    ...(request.reportDate ? { reportDate: new Date(`${request.reportDate}T00:00:00Z`) } : {}),
  });
  return {
    outcome,
    options,
    records,
    previous,
    planSheetId: plan.sheetId,
    before: sheets.items.map((sheet) => ({ id: sheet.id, name: sheet.name })),
    activeId: active.id,
    storedSettings: {
      [REPORTS_SETTING]: storedRecords.isNullObject ? null : (storedRecords.value as string),
      [OPTIONS_SETTING]: storedOptions.isNullObject ? null : (storedOptions.value as string),
    },
  };
}

/** The report's spec without writing anything: for a workbook holding only the report. */
export async function reportOutcome(
  context: Excel.RequestContext,
  request: Partial<ReportRequest>,
  capabilities: ExcelCapabilities,
  today: Date
): Promise<ReportOutcome> {
  return (await readReport(context, request, capabilities, today, false)).outcome;
}

export async function generateReport(
  context: Excel.RequestContext,
  request: Partial<ReportRequest>,
  capabilities: ExcelCapabilities,
  today: Date
): Promise<ReportResult> {
  const read = await readReport(context, request, capabilities, today, true);
  const { outcome, options, previous } = read;
  if (outcome.kind === "refused") return outcome;
  const spec = outcome.spec;
  const key = reportKey(spec, options);
  // The add-in's own report, untouched since: its tag names this report and its cells hash to
  // what was written. Anything else is the user's and is kept.
  const old = previous.find(
    (candidate) =>
      candidate.key === key &&
      // Without custom properties (before 1.12) the fingerprint alone tells.
      (!capabilities.customProperties ||
        (candidate.tag !== null && !candidate.tag.isNullObject && candidate.tag.value === key)) &&
      fingerprint(
        gridCells(
          candidate.used.rowIndex,
          candidate.used.columnIndex,
          candidate.used.values as CellValue[][]
        )
      ) === candidate.record.fingerprint
  );
  const taken = read.before.map((sheet) => sheet.name);
  const finalName = old ? old.sheet.name : freeSheetName(spec.sheetName, taken);
  const writeName = old ? freeSheetName(spec.sheetName, [...taken, finalName]) : finalName;
  const keptEdited = previous.find((candidate) => candidate.key === key && candidate !== old);

  // Round trip 3: the whole report, then the swap. Ordered so that a failure anywhere can be
  // undone: the old report is only renamed aside until the new one has its name.
  const newRecords = {
    ...read.records,
    [key]: { sheet: finalName, fingerprint: fingerprint(specCells(spec)) },
  };
  try {
    const sheet = await writeReportSheet(context, writeName, spec);
    if (capabilities.customProperties) {
      sheet.customProperties.add(REPORT_TAG, key);
      sheet.customProperties.add(FINGERPRINT_TAG, newRecords[key].fingerprint);
    }
    context.workbook.settings.add(REPORTS_SETTING, JSON.stringify(newRecords));
    context.workbook.settings.add(
      OPTIONS_SETTING,
      JSON.stringify({ ...options, planSheetId: read.planSheetId, lastReport: finalName })
    );
    sheet.activate();
    if (old) {
      old.sheet.name = freeSheetName("ITA old report", [...taken, writeName]);
      sheet.name = finalName;
      // Last in the batch: once the old report is gone, nothing is left that could fail.
      old.sheet.delete();
    }
    await context.sync();
  } catch (error) {
    try {
      await restore(context, read.before, read.activeId, read.storedSettings);
    } catch (rollbackError) {
      // The first failure is what the user must hear about; the second says what is left over.
      const original = toWorkbookError(error);
      throw new WorkbookError(original.code, original.message, original.fromAddin, {
        code: toWorkbookError(rollbackError).code,
        sheet: writeName,
      });
    }
    throw error;
  }
  return {
    kind: "created",
    sheet: finalName,
    replaced: old !== undefined,
    keptEdited: keptEdited ? keptEdited.sheet.name : null,
    included: spec.included,
    leftOut: spec.leftOut,
    chartsOmitted: spec.chartsOmitted,
    charts: spec.charts.length,
    scoreWarnings: spec.scoreWarnings,
  };
}

/** Puts the workbook back: removes sheets the action added, gives the others their names back,
 * shows the sheet that was active, and restores the settings it changed. */
async function restore(
  context: Excel.RequestContext,
  before: { id: string; name: string }[],
  activeId: string,
  settings: Record<string, string | null>
): Promise<void> {
  const sheets = context.workbook.worksheets.load("items/name,items/id");
  const stored = context.workbook.settings.load("items/key");
  await context.sync();
  const original = (sheet: Excel.Worksheet) => before.find((item) => item.id === sheet.id);
  // Deletions first: a new sheet may hold the name an old one gets back.
  for (const sheet of sheets.items) if (!original(sheet)) sheet.delete();
  for (const sheet of sheets.items) {
    const name = original(sheet)?.name;
    if (name !== undefined && name !== sheet.name) sheet.name = name;
  }
  sheets.items.find((sheet) => sheet.id === activeId)?.activate();
  for (const [key, value] of Object.entries(settings)) {
    // Only settings that exist can be deleted; one the action never managed to add is absent.
    if (value !== null) context.workbook.settings.add(key, value);
    else stored.items.find((item) => item.key === key)?.delete();
  }
  await context.sync();
}

/** The report options remembered in the workbook, for the pane to start from. */
export async function rememberedOptions(context: Excel.RequestContext): Promise<ReportOptions> {
  const stored = context.workbook.settings.getItemOrNullObject(OPTIONS_SETTING).load("value");
  await context.sync();
  const { layout, unit, thaiDigits } = optionsFrom(stored.isNullObject ? undefined : stored.value);
  return { layout, unit, thaiDigits };
}
