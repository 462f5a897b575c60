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
  REPORT_TAG,
} from "../domain/report/report-inputs";
import type { ReportOptions, ReportSheetSpec, ReportSpec } from "../domain/report/report-spec";
import { buildReport, ReportOutcome, reportSheets } from "../domain/report/report-spec";
import { planColumnsOf } from "../domain/report/plan-capabilities";
import { freeSheetName } from "../domain/sheet-names";
import { ignoredSettings, storedReportOptions, storedReports } from "../domain/stored-settings";
import type { ReportRequest, ReportResult, SettingsRead } from "../services/workbook-service";
import { queueSettingsRead, syncPlanRead } from "./plan-reader";
import {
  isUnedited,
  UneditedReport,
  queuePreviousReports,
  REPORTS_SETTING,
} from "./report-records";
import { finishSwap, restore } from "./report-rollback";
import { writeReportSheet } from "./report-writer";
import { undoAfter } from "./rollback";
import { queueScoreHistoryRead } from "./scores-actions";
import { queueHistoryRead } from "./history-read";

function reportKey(spec: ReportSpec, options: ReportOptions): string {
  return `${spec.sheetName}|${options.unit ?? ""}`;
}

/** The fingerprint of the cells a sheet's spec puts on it. */
function specFingerprint(sheet: ReportSheetSpec): string {
  return fingerprint(
    sheet.blocks.flatMap((block) => [
      ...gridCells(block.row, block.column, block.values as CellValue[][]),
    ])
  );
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
  const rememberedRead = storedReportOptions(
    storedOptions.isNullObject ? undefined : storedOptions.value
  );
  const remembered = rememberedRead.value;
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
  // Anyone can edit a file's settings: only well-formed records are kept.
  const recordsRead = storedReports(storedRecords.isNullObject ? undefined : storedRecords.value);
  const records = recordsRead.value;

  // Round trip 2: settings cells, scores, the reports the add-in made before, the rounds' history.
  const settingsRead = queueSettingsRead(context, plan.namesInUse, today);
  const scoresRead = queueScoreHistoryRead(context, plan.namesInUse);
  const previous = withPrevious ? queuePreviousReports(records, sheets, capabilities) : [];
  const historyRead = queueHistoryRead(context, sheets);
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
    scores: scoresRead(),
    options,
    today,
    history: historyRead().snapshots,
    ...(request.reportDate ? { reportDate: new Date(`${request.reportDate}T00:00:00Z`) } : {}),
  });
  return {
    outcome,
    options,
    records,
    previous,
    planSheetId: plan.sheetId,
    planSheet: plan.sheet,
    before: sheets.items.map((sheet) => ({ id: sheet.id, name: sheet.name })),
    activeId: active.id,
    ignoredSettings: [
      ...plan.ignoredSettings,
      ...ignoredSettings({ reportOptions: rememberedRead, reports: recordsRead }),
    ],
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
  // The add-in's own report, untouched since; anything else is the user's and is kept.
  const old = previous.find(
    (candidate): candidate is UneditedReport =>
      candidate.key === key && isUnedited(candidate, capabilities)
  );
  const keptEdited = previous.find((candidate) => candidate.key === key && candidate !== old);
  const sheetSpecs = reportSheets(spec);
  const taken = read.before.map((sheet) => sheet.name);
  // Final names: the old report's own where it is replaced; meanwhile the new sheets are written
  // under free names and take the final ones once the old sheets are renamed aside.
  const names = sheetSpecs.map((sheetSpec, index) => {
    const final = old?.sheets[index]?.sheet.name ?? freeSheetName(sheetSpec.sheetName, taken);
    taken.push(final);
    return { final, write: final };
  });
  if (old) for (const name of names) taken.push((name.write = freeSheetName(name.final, taken)));
  const fingerprints = sheetSpecs.map(specFingerprint);
  const newRecords = {
    ...read.records,
    [key]: {
      sheet: names[0].final,
      fingerprint: fingerprints[0],
      summary: { sheet: names[1].final, fingerprint: fingerprints[1] },
    },
  };

  // Round trip 3: the whole report, then the swap. Ordered so that a failure anywhere can be
  // undone: the old report is only renamed aside until the new one has its names.
  try {
    const written: Excel.Worksheet[] = [];
    for (const [index, sheetSpec] of sheetSpecs.entries()) {
      // Syncs only between row blocks of a table too large for one request.
      written.push(await writeReportSheet(context, names[index].write, sheetSpec));
    }
    written.forEach((sheet, index) => {
      if (!capabilities.customProperties) return;
      sheet.customProperties.add(REPORT_TAG, key);
      sheet.customProperties.add(FINGERPRINT_TAG, fingerprints[index]);
    });
    context.workbook.settings.add(REPORTS_SETTING, JSON.stringify(newRecords));
    context.workbook.settings.add(
      OPTIONS_SETTING,
      JSON.stringify({
        ...options,
        planSheetId: read.planSheetId,
        lastReport: names[0].final,
        lastSummary: names[1].final,
      })
    );
    written[0].activate();
    if (old) {
      for (const queued of old.sheets) {
        taken.push((queued.sheet.name = freeSheetName("ITA old report", taken)));
      }
      written.forEach((sheet, index) => (sheet.name = names[index].final));
      // Last in the batch: once the new report has its names, the old one is only deleted.
      for (const queued of old.sheets) queued.sheet.delete();
    }
    await context.sync();
  } catch (error) {
    // Excel deletes one sheet per call: a failure between two deletions cannot be undone (the
    // first old sheet is gone), so from there the replacement is finished instead.
    let swapped = false;
    const undo = async () => {
      swapped = Boolean(old && (await finishSwap(context, old)));
      if (!swapped) await restore(context, read.before, read.activeId, read.storedSettings);
    };
    try {
      await undoAfter(
        error,
        undo,
        names.map((name) => name.write)
      );
    } catch (thrown) {
      if (!swapped) throw thrown;
    }
    return created(spec, read, names[0].final, true, null);
  }
  return created(
    spec,
    read,
    names[0].final,
    old !== undefined,
    keptEdited?.sheets[0]?.sheet.name ?? null
  );
}

function created(
  spec: ReportSpec,
  read: { planSheet: string; ignoredSettings: SettingsRead["ignoredSettings"] },
  sheet: string,
  replaced: boolean,
  keptEdited: string | null
): ReportResult {
  return {
    kind: "created",
    sheet,
    planSheet: read.planSheet,
    replaced,
    keptEdited,
    included: spec.included,
    leftOut: spec.leftOut,
    chartsOmitted: spec.chartsOmitted,
    charts: spec.summary.charts.length,
    scoreWarnings: spec.scoreWarnings,
    ignoredSettings: read.ignoredSettings,
  };
}

/** The report options remembered in the workbook, for the pane to start from. */
export async function rememberedOptions(
  context: Excel.RequestContext
): Promise<ReportOptions & SettingsRead> {
  const stored = context.workbook.settings.getItemOrNullObject(OPTIONS_SETTING).load("value");
  await context.sync();
  const read = storedReportOptions(stored.isNullObject ? undefined : stored.value);
  const { layout, unit, thaiDigits } = read.value;
  return { layout, unit, thaiDigits, ignoredSettings: ignoredSettings({ reportOptions: read }) };
}
