// The measure-plan template as data: which sheets, names, headers and rows to create.
import { thaiMonthNames } from "./thai-dates";
import { EXAMPLE_MEASURES } from "./example-plan";
import { STATUSES, TEMPLATE_COLUMNS, TemplateColumn } from "./plan-columns";
import { DEFAULT_UNITS, SETTING_FIELDS, SettingField, UNIT_SLOTS } from "./plan-settings";
import { buildProgressSummary, ProgressSummarySpec, SUMMARY_SHEET_BASE } from "./progress-summary";
import { freeSheetName, freeTableName } from "./sheet-names";

export type TemplateCell = string | number | boolean;

export const PLAN_SHEET_BASE = "แผนมาตรการ ITA";
export const SETTINGS_SHEET_BASE = "ตั้งค่า ITA";
export const PLAN_TABLE_BASE = "ITA_Plan";

export interface TemplateRequest {
  withExample: boolean;
  fiscalYear: number;
}

export interface WorkbookNames {
  sheets: readonly string[];
  /** Tables and defined names: Excel keeps them in one namespace. */
  definedNames: readonly string[];
}

export interface SettingsSheetSpec {
  sheet: string;
  title: string;
  /** One row per setting, from row 3: label, value, and the name given to the value cell. */
  fields: { field: SettingField; value: TemplateCell }[];
  unitsHeading: string;
  units: readonly string[];
  unitSlots: number;
}

export interface PlanTemplateSpec {
  sheet: string;
  tableName: string;
  columns: readonly TemplateColumn[];
  rows: TemplateCell[][];
  /** Null when the workbook already holds the settings (their names exist). */
  settings: SettingsSheetSpec | null;
  /** Progress counted by formulas, so it works without the add-in. */
  summary: ProgressSummarySpec;
}

export function isFiscalYear(year: number): boolean {
  return Number.isInteger(year) && year >= 2500 && year <= 2700;
}

/** "ต.ค. 2568 - ก.ย. 2569": the period form real plans use for a whole fiscal year. */
export function wholeYearPeriod(fiscalYear: number): string {
  const months = thaiMonthNames("short");
  return `${months[9]} ${fiscalYear - 1} - ${months[8]} ${fiscalYear}`;
}

function exampleRows(fiscalYear: number): TemplateCell[][] {
  const period = wholeYearPeriod(fiscalYear);
  return EXAMPLE_MEASURES.map((example, index) =>
    TEMPLATE_COLUMNS.map((column): TemplateCell => {
      switch (column.key) {
        case "number":
          return index + 1;
        case "measure":
          return example.measure;
        case "method":
          return example.method;
        case "owner":
          return example.owner;
        case "period":
          return period;
        case "status":
          return column.status === STATUSES[0];
        case "indicator":
          return example.indicator;
        default:
          return "";
      }
    })
  );
}

function emptyRow(): TemplateCell[] {
  return TEMPLATE_COLUMNS.map((column) =>
    column.key === "number" ? 1 : column.key === "status" ? false : ""
  );
}

export function buildPlanTemplate(
  request: TemplateRequest,
  taken: WorkbookNames
): PlanTemplateSpec {
  if (!isFiscalYear(request.fiscalYear))
    throw new RangeError(`Not a Buddhist-era fiscal year: ${request.fiscalYear}`);
  const rows = request.withExample ? exampleRows(request.fiscalYear) : [emptyRow()];
  return buildPlanSheet(rows, request.fiscalYear, taken);
}

/** A plan sheet of the canonical columns holding these rows, with the settings sheet and the
 * progress summary when the workbook has no settings yet. Shared by the template and tidying. */
export function buildPlanSheet(
  rows: TemplateCell[][],
  fiscalYear: number,
  taken: WorkbookNames,
  /** namedByYear: "แผนมาตรการ ITA 2571", for a plan made beside another year's. */
  options: { namedByYear?: boolean } = {}
): PlanTemplateSpec {
  const base = options.namedByYear ? `${PLAN_SHEET_BASE} ${fiscalYear}` : PLAN_SHEET_BASE;
  const sheet = freeSheetName(base, taken.sheets);
  // A workbook made by an earlier version lacks the fields added since: its settings still
  // exist (a second settings sheet would collide with the names it has).
  const settingsExist = SETTING_FIELDS.some((field) =>
    taken.definedNames.some((name) => name.toLowerCase() === field.name.toLowerCase())
  );
  const settings: SettingsSheetSpec | null = settingsExist
    ? null
    : {
        sheet: freeSheetName(SETTINGS_SHEET_BASE, [...taken.sheets, sheet]),
        title: "ตั้งค่าส่วนเสริมติดตามมาตรการ ITA (แก้ไขค่าในคอลัมน์ B ได้)",
        fields: SETTING_FIELDS.map((field) => ({
          field,
          value: field.kind === "year" ? fiscalYear : field.kind === "round" ? 12 : "",
        })),
        unitsHeading: "หน่วยงานผู้รับผิดชอบ (เพิ่มหรือแก้ไขรายชื่อได้)",
        units: DEFAULT_UNITS,
        unitSlots: UNIT_SLOTS,
      };
  const tableName = freeTableName(PLAN_TABLE_BASE, taken.definedNames);
  const usedSheets = [...taken.sheets, sheet, ...(settings ? [settings.sheet] : [])];
  return {
    sheet,
    tableName,
    columns: TEMPLATE_COLUMNS,
    rows,
    settings,
    summary: buildProgressSummary(freeSheetName(SUMMARY_SHEET_BASE, usedSheets), tableName),
  };
}
