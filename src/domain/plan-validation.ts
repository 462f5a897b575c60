// Findings about a plan: what is wrong, how bad, and in which cell. Reads only.
// Messages are rendered by the catalogue from the code and params, in the user's language.
import { cellAddress, columnIndex } from "./a1";
import type { ColumnKey } from "./plan-columns";
import { CellValue, cellText, PlanLayout, SheetGrid } from "./plan-layout";
import { MeasureRow, ReadPlan, statusOf, TEXT_KEYS } from "./plan-reading";
import { parsePeriod, Period } from "./periods";
import { fiscalYearRange } from "./thai-dates";
import { isNoBudgetText } from "./no-budget";
import { foldThaiDigits } from "./thai-text";

export type Severity = "error" | "warning";

export const FINDING_CODES = [
  "no_plan",
  "missing_column",
  "empty_required",
  "several_statuses",
  "no_status",
  "status_unreadable",
  "period_unreadable",
  "period_outside_year",
  "budget_not_number",
  "budget_negative",
  "planned_budget_not_number",
  "planned_budget_negative",
  "indicator_out_of_range",
  "duplicate_measure",
  "done_without_result",
  "overdue",
  "excel_error",
  "too_long",
  "hidden_row",
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export interface Finding {
  severity: Severity;
  code: FindingCode;
  /** A1 address on the plan's sheet, or null for the plan as a whole. */
  cell: string | null;
  /** 0-based sheet row the finding is about, for grouping; null for the plan as a whole. */
  row: number | null;
  params: Record<string, string | number>;
}

export interface ValidationContext {
  /** The plan's fiscal year (Buddhist era), when known. */
  fiscalYear?: number;
  /** Today, for overdue measures. */
  today: Date;
}

/** Excel's cell limit: longer text cannot be written back to a cell. */
export const EXCEL_CELL_LIMIT = 32_767;

const EXCEL_ERRORS = new Set(
  ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!"].concat([
    "#GETTING_DATA",
    "#FIELD!",
    "#BLOCKED!",
    "#CONNECT!",
    "#BUSY!",
    "#UNKNOWN!",
  ])
);

// The result is required as a column but may be empty until a measure is done.
const REQUIRED_CELLS = ["measure", "method", "owner", "period"] as const;

export function isExcelError(value: CellValue): boolean {
  return typeof value === "string" && EXCEL_ERRORS.has(value.trim());
}

/** "๑๒,๕๐๐.๕๐ บาท" and 12500.5 are both 12,500.50; null when empty, a dash or "ไม่ใช้งบประมาณ". */
// Beyond any budget (a thousand trillion baht), and far enough below the largest number that a
// sum over a whole sheet of such budgets stays finite: "รวม NaN บาท" or "Infinity" never appear.
const LARGEST_BUDGET = 1e15;

export function parseBudget(value: CellValue | undefined): number | null | "invalid" {
  if (value === undefined || value === null) return null;
  if (typeof value !== "number" && isNoBudgetText(cellText(value))) return null;
  const number =
    typeof value === "number" ? value : foldThaiDigits(cellText(value)).replace(/[,\s]|บาท|฿/g, "");
  if (number === "") return null;
  if (typeof number === "string" && !/^-?\d+(\.\d+)?$/.test(number)) return "invalid";
  const budget = Number(number);
  // Not finite (Infinity, NaN from a pane or another reader) is an error at the cell.
  return Number.isFinite(budget) && Math.abs(budget) <= LARGEST_BUDGET ? budget : "invalid";
}

/** The plan's period of a measure, read in the plan's fiscal year. */
export function periodOf(measure: MeasureRow, fiscalYear?: number): Period | null {
  const raw = measure.raw.period;
  if (typeof raw === "number") return parsePeriod(raw);
  if (!measure.text.period) return null;
  return parsePeriod(measure.text.period, { fiscalYear });
}

class FindingList {
  readonly items: Finding[] = [];
  constructor(
    readonly layout: PlanLayout,
    readonly hiddenRows: ReadonlySet<number>
  ) {}

  has(key: ColumnKey): boolean {
    return this.layout.columns.some((mapped) => mapped.meaning.key === key);
  }

  add(
    severity: Severity,
    code: FindingCode,
    at: { row: number; key?: ColumnKey; column?: number } | null,
    params: Finding["params"] = {}
  ): void {
    const column = at?.column ?? (at?.key ? this.columnOf(at.key) : undefined);
    const cell = at && column !== undefined ? cellAddress(at.row, column) : null;
    this.items.push({ severity, code, cell, row: at?.row ?? null, params });
  }

  /** A key's column; for the status, the first of its tick columns. */
  private columnOf(key: ColumnKey): number | undefined {
    return this.layout.columns.find((mapped) => mapped.meaning.key === key)?.column;
  }
}

function checkColumns(layout: PlanLayout, findings: FindingList): void {
  for (const missing of layout.missing) {
    findings.add("error", "missing_column", null, {
      column: missing.key,
      nearest: missing.nearest?.header ?? "",
    });
  }
}

function checkCells(grid: SheetGrid, layout: PlanLayout, findings: FindingList): void {
  const firstData = layout.headerRow + layout.headerRowCount - grid.firstRow;
  for (let index = firstData; index < grid.values.length; index++) {
    grid.values[index].forEach((value, offset) => {
      const at = { row: grid.firstRow + index, column: grid.firstColumn + offset };
      if (isExcelError(value)) findings.add("error", "excel_error", at, { value: cellText(value) });
      else if (typeof value === "string" && value.length > EXCEL_CELL_LIMIT) {
        findings.add("error", "too_long", at, { length: value.length });
      }
    });
  }
}

function checkMeasure(
  measure: MeasureRow,
  context: ValidationContext,
  findings: FindingList
): void {
  const row = measure.row;
  for (const key of REQUIRED_CELLS) {
    const filled =
      measure.text[key] !== "" || (key === "period" && measure.raw.period !== undefined);
    if (!filled && findings.has(key))
      findings.add("error", "empty_required", { row, key }, { column: key });
  }
  // Each cell was checked on its own; joining rows can make a text too long for one cell.
  for (const key of measure.sourceRows.length > 1 ? TEXT_KEYS : []) {
    if (measure.text[key].length > EXCEL_CELL_LIMIT) {
      findings.add("error", "too_long", { row, key }, { length: measure.text[key].length });
    }
  }
  const period = periodOf(measure, context.fiscalYear);
  if (findings.has("status")) checkStatus(measure, period, context, findings);
  if (period) checkPeriod(measure, period, context, findings);
  checkNumbers(measure, findings);
  const hidden = measure.sourceRows.filter((sourceRow) => findings.hiddenRows.has(sourceRow));
  for (const hiddenRow of hidden)
    findings.add(
      "warning",
      "hidden_row",
      { row: hiddenRow, key: "measure" },
      { row: hiddenRow + 1 }
    );
}

function checkStatus(
  measure: MeasureRow,
  period: Period | null,
  context: ValidationContext,
  findings: FindingList
): void {
  const row = measure.row;
  for (const value of measure.unreadableStatus) {
    findings.add("error", "status_unreadable", { row, key: "status" }, { value });
  }
  if (measure.ticked.length > 1) findings.add("error", "several_statuses", { row, key: "status" });
  else if (measure.ticked.length === 0 && measure.unreadableStatus.length === 0) {
    // Statuses are optional (a plan tidied from a results report has none ticked yet): an
    // unticked measure is reported without a status, and the user is reminded to tick it.
    findings.add("warning", "no_status", { row, key: "status" });
  }
  if (statusOf(measure) === "done" && measure.text.result === "" && findings.has("result")) {
    findings.add("warning", "done_without_result", { row, key: "result" });
  }
  // Unticked is unknown, not unfinished: only a measure ticked as not done can be overdue.
  const status = statusOf(measure);
  if (period?.end && period.end < context.today && status !== null && status !== "done") {
    findings.add(
      "warning",
      "overdue",
      { row, key: "period" },
      { end: period.end.toISOString().slice(0, 10) }
    );
  }
}

function checkPeriod(
  measure: MeasureRow,
  period: Period,
  context: ValidationContext,
  findings: FindingList
): void {
  const at = { row: measure.row, key: "period" as const };
  if (!period.start || !period.end) {
    findings.add("warning", "period_unreadable", at, { text: period.text });
    return;
  }
  if (context.fiscalYear === undefined) return;
  const year = fiscalYearRange(context.fiscalYear);
  if (period.start < year.start || period.end > year.end) {
    findings.add("warning", "period_outside_year", at, { fiscalYear: context.fiscalYear });
  }
}

// Both budgets are read the same way; each has its own words, so the message names the column.
const BUDGET_CHECKS: ["budget" | "plannedBudget", FindingCode, FindingCode][] = [
  ["budget", "budget_not_number", "budget_negative"],
  ["plannedBudget", "planned_budget_not_number", "planned_budget_negative"],
];

function checkNumbers(measure: MeasureRow, findings: FindingList): void {
  const row = measure.row;
  for (const [key, notNumber, negative] of BUDGET_CHECKS) {
    const budget = parseBudget(measure.raw[key]);
    if (budget === "invalid") {
      findings.add("error", notNumber, { row, key }, { value: cellText(measure.raw[key] ?? "") });
    } else if (budget !== null && budget < 0) {
      findings.add("error", negative, { row, key });
    }
  }
  const indicator = measure.raw.indicator;
  if (indicator !== undefined && indicator !== null) {
    const number = Number(foldThaiDigits(cellText(indicator)));
    if (!Number.isInteger(number) || number < 1 || number > 10) {
      findings.add(
        "warning",
        "indicator_out_of_range",
        { row, key: "indicator" },
        { value: cellText(indicator) }
      );
    }
  }
}

function checkDuplicates(measures: MeasureRow[], layout: PlanLayout, findings: FindingList): void {
  const seen = new Map<string, number>();
  const measureColumn = layout.columns.find((mapped) => mapped.meaning.key === "measure")?.column;
  for (const measure of measures) {
    const key = measure.text.measure.replace(/\s+/g, "");
    if (!key) continue;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, measure.row);
    else if (measureColumn !== undefined) {
      findings.add(
        "warning",
        "duplicate_measure",
        { row: measure.row, key: "measure" },
        { first: cellAddress(first, measureColumn) }
      );
    }
  }
}

/** Every finding about a recognised plan, in sheet order. */
export function validatePlan(
  grid: SheetGrid,
  layout: PlanLayout,
  plan: ReadPlan,
  context: ValidationContext
): Finding[] {
  const findings = new FindingList(layout, new Set(grid.hiddenRows ?? []));
  checkColumns(layout, findings);
  checkCells(grid, layout, findings);
  for (const measure of plan.measures) checkMeasure(measure, context, findings);
  checkDuplicates(plan.measures, layout, findings);
  const columnOfCell = (finding: Finding) =>
    finding.cell ? columnIndex(finding.cell.replace(/\d+$/, "")) : -1;
  return findings.items.sort(
    (a, b) => (a.row ?? -1) - (b.row ?? -1) || columnOfCell(a) - columnOfCell(b)
  );
}

/** The finding for a sheet where no header row was found. */
export function noPlanFinding(): Finding {
  return { severity: "error", code: "no_plan", cell: null, row: null, params: { rows: 20 } };
}
