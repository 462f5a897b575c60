// The narrow interface between the task pane (and ribbon commands) and Excel.
// The pane only ever sees these types; the Excel adapter implements them.
import type { ExcelCapabilities } from "../domain/excel-capabilities";
import type { PaneTheme } from "../domain/pane-theme";
import type { MappingOverrides } from "../domain/plan-layout";
import type { FoundPlanSheet, OwnSheetKind } from "../domain/plan/plan-sheet";
import type { TemplateRequest } from "../domain/plan-template";
import type { Finding } from "../domain/plan-validation";
import type { Progress } from "../domain/progress";
import type { MemoEmblem } from "../domain/memo-form";
import type { MergeChoices } from "../domain/plan/merge-choices";
import type { MergeConflict, PlanCopy, ReportedField } from "../domain/plan/merge-copies";
import type { MemoFields, MemoSpec } from "../domain/memo-spec";
import type { ReportLayout } from "../domain/report/report-layouts";
import type { ReportOptions, ReportOutcome } from "../domain/report/report-spec";
import type { ScoreWarning } from "../domain/scores";
import type { StoredSetting } from "../domain/stored-settings";

/** Settings the add-in keeps in the workbook that were found malformed and ignored. */
export interface SettingsRead {
  ignoredSettings: StoredSetting[];
}
import type { ScoreAnalysis } from "../domain/scores/score-analysis";
import type { MeasureState } from "../domain/scores/weak-points";

export interface ReportRequest extends ReportOptions {
  /** The plan's sheet; the remembered one, else the active sheet, when absent. */
  planSheetId?: string;
  /** The date signed under the report (the pane's field, YYYY-MM-DD); today when absent. */
  reportDate?: string;
}

export type HostStatus =
  | { kind: "offline" }
  | { kind: "outside" }
  | { kind: "tooOld"; required: string; found: string }
  | {
      kind: "ready";
      capabilities: ExcelCapabilities;
      displayLanguage: string;
      /** Office's theme, for the pane to match. */
      theme: PaneTheme;
    };

export interface TemplateResult {
  sheet: string;
  rows: number;
}

/** What checking the active sheet's plan found: its columns, findings and progress. */
export interface PlanCheck extends SettingsRead {
  sheet: string;
  sheetId: string;
  /** 1-based, null when no header row was found. */
  headerRow: number | null;
  columns: { column: string; header: string; meaning: string; byUser: boolean }[];
  unmapped: { column: string; header: string }[];
  overrides: MappingOverrides;
  findings: Finding[];
  progress: Progress;
  /** The report layouts this plan can make (the status layout needs status columns). */
  layouts: ReportLayout[];
  /** The add-in's own report or scores sheet: never read as a plan. */
  ownSheet: OwnSheetKind | null;
}

export interface TidyResult {
  sheet: string;
  measures: number;
  headerRowsDropped: number;
  rowsJoined: number;
}

/** What the one-click report did, or why it made nothing. */
export type ReportResult =
  | ({
      kind: "created";
      sheet: string;
      /** The plan's sheet: from the ribbon it may be the remembered one, not the active one. */
      planSheet: string;
      /** True when the add-in's previous, unedited report of this kind was replaced. */
      replaced: boolean;
      /** The previous report, kept because someone edited it, if there was one. */
      keptEdited: string | null;
      included: number;
      leftOut: { row: number; measure: string; codes: string[] }[];
      chartsOmitted: "no_scores" | null;
      charts: number;
      scoreWarnings: { year: number; warning: ScoreWarning }[];
    } & SettingsRead)
  | {
      kind: "refused";
      reason: "plan_errors" | "no_measures" | "no_status_column";
      findings: Finding[];
    };

/** Last year's weak indicators and the plan's measures linked to each (by its indicator cell,
 * or proposed from its words, for the user to confirm). */
export interface WeakPointsView {
  sheetId: string;
  analysis: ScoreAnalysis;
  indicators: {
    number: number;
    score: number;
    /** `row`: the measure's 0-based sheet row. */
    measures: { row: number; measure: string; state: MeasureState; source: "plan" | "proposed" }[];
  }[];
  /** Weak indicators no measure addresses. */
  gaps: number[];
  /** The plan's indicator column (a letter), where confirmed links are kept; null without one. */
  indicatorColumn: string | null;
}

/** "บันทึกผลรอบนี้": taken, or already taken for the round (then asked before a second). */
export type SnapshotResult =
  | { kind: "taken"; sheet: string; fiscalYear: number; round: 6 | 12; measures: number }
  | { kind: "exists"; fiscalYear: number; round: 6 | 12; takenOn: string }
  | { kind: "noPlan"; sheet: string };

/** Next year's plan made beside this year's. */
export interface NextYearResult {
  sheet: string;
  /** The new plan's sheet: the pane follows it. */
  sheetId: string;
  fiscalYear: number;
  measures: number;
  /** Last year's recommendations carried in the plan (for เรื่องเดิม). */
  recommendations: number;
  /** Whether the settings' fiscal year moved on (a workbook without settings has none). */
  settingsMoved: boolean;
}

/** "รวมผลจากไฟล์ของกอง" before anything is written: what each copy gives, the conflicts for the
 * user to settle, and the measures the copies added (listed, never merged in). */
export interface MergePreview {
  /** `value`: the value taken, as the merge compares it (statuses joined by commas). */
  taken: { measure: string; field: ReportedField; copy: string; value: string }[];
  conflicts: MergeConflict[];
  added: { copy: string; measure: string }[];
  /** Copies without a column the plan has: the plan keeps its values in those fields. */
  lacking: { copy: string; fields: ReportedField[] }[];
}

/** What the merge wrote into the plan. */
export interface MergeApplied {
  /** Values written, a measure's field once (as the preview lists them), not cells. */
  values: number;
  measures: number;
  /** Fields the copies filled that the plan has no column for (nothing written for them). */
  withoutColumn: ReportedField[];
}

export interface WorkbookService {
  insertPlanTemplate(request: TemplateRequest): Promise<TemplateResult>;
  checkPlan(sheetId?: string): Promise<PlanCheck>;
  /** The plan's sheet: the remembered one, the add-in's own plan table, or a sheet whose
   * mapping was saved; null when the user must say. */
  findPlanSheet(): Promise<FoundPlanSheet | null>;
  /** Remembers the plan's sheet in the workbook. */
  rememberPlanSheet(sheetId: string): Promise<void>;
  tidyPlan(): Promise<TidyResult>;
  selectCell(sheetId: string, address: string): Promise<void>;
  saveMapping(sheetId: string, overrides: MappingOverrides): Promise<void>;
  /** The report of the plan (the given sheet, else the remembered or active one); options not
   * given are the ones remembered in the workbook. */
  generateReport(request: Partial<ReportRequest>): Promise<ReportResult>;
  insertScoresSheet(fiscalYear: number): Promise<{ sheet: string; created: boolean }>;
  pasteScoreLines(year: number, text: string): Promise<{ year: number; indicators: number }>;
  /** The memo's fields (remembered, else defaults from the settings), the remembered emblem, and
   * how to build its spec; digits and layout not given are the report's remembered ones. */
  prepareMemo(
    sheetId: string,
    options: Partial<{ thaiDigits: boolean; layout: ReportLayout }>
  ): Promise<
    SettingsRead & {
      fields: MemoFields;
      emblem: MemoEmblem | null;
      spec: (fields: MemoFields, emblem: MemoEmblem | null) => MemoSpec;
    }
  >;
  /** Remembers the fields and the emblem (null forgets it). */
  saveMemoFields(fields: MemoFields, emblem: MemoEmblem | null): Promise<void>;
  /** The report options chosen last time, remembered in the workbook (defaults otherwise). */
  reportOptions(): Promise<ReportOptions & SettingsRead>;
  /** The report's spec, written nowhere: for a workbook holding only the report. */
  reportSpec(request: Partial<ReportRequest>): Promise<ReportOutcome>;
  /** The last report alone as PDF, as Office makes it; empty when the host produced nothing. */
  exportPdf(): Promise<{ sheet: string; bytes: Uint8Array }>;
  /** Last year's weak points and the measures for each; null without a plan or without a
   * complete year of scores before the plan's. */
  weakPoints(planSheetId?: string): Promise<WeakPointsView | null>;
  /** Writes a confirmed indicator into the measure's empty indicator cell. */
  confirmIndicator(sheetId: string, row: number, indicator: number): Promise<void>;
  /** A row under the plan for a new measure of the indicator; its measure cell selected. */
  addMeasureFor(sheetId: string, indicator: number): Promise<{ address: string }>;
  /** Keeps the state of every measure for the settings' round in the history sheet; a second
   * snapshot of a round only with `again` (the first is kept). */
  takeSnapshot(request: { planSheetId?: string; again?: boolean }): Promise<SnapshotResult>;
  /** Next year's plan as a new sheet from this year's; the settings move on to next year. */
  startNextYear(planSheetId: string): Promise<NextYearResult>;
  /** What the divisions' copies would bring into the plan (the plan is only read). */
  previewMerge(planSheetId: string, copies: PlanCopy[]): Promise<MergePreview>;
  /** Writes into the plan what the copies gave, with the user's choice for each conflict (the
   * plan's value where none was chosen): only the reported cells of matched measures. */
  applyMerge(planSheetId: string, copies: PlanCopy[], choices: MergeChoices): Promise<MergeApplied>;
  /** Keeps status ticks exclusive and stamped; calls back after every change to a sheet, and
   * with the error when the add-in could not apply its tick rules (a protected sheet). */
  watchPlans(
    onChange: (sheetId: string) => void,
    onError: (error: WorkbookError) => void
  ): Promise<void>;
}

/** An Excel failure, reduced to its error code so the pane can say it in the user's language.
 * `fromAddin` marks the add-in's own refusals, which carry no Excel error code. */
export class WorkbookError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fromAddin = false,
    /** When putting the workbook back failed too: that error's code and the sheets that may be
     * left behind. */
    readonly rollbackFailure?: { code: string; sheets: string[] }
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}
