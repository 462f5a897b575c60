// The report layouts as columns and how a measure fills them: the three the seeds show, and the
// plan's own columns (most real reports print exactly those).
import type { MeasureRow } from "../plan-reading";
import { statusOf } from "../plan-reading";
import { parseBudget } from "../plan-validation";
import { ColumnKey, Status, STATUS_HEADERS } from "../plan-columns";
import { moneyText } from "../money";
import type { PlanColumn } from "./plan-capabilities";
import type { ReportLayout } from "./types";

export { REPORT_LAYOUTS } from "./types";
export type { ReportLayout } from "./types";

export interface CellOptions {
  thaiDigits: boolean;
}

export interface ReportColumn {
  header: string;
  /** Preferred width in characters of TH SarabunPSK 14 pt; the content may widen it. */
  width: number;
  align: "left" | "center" | "right";
  /** Set on number cells. */
  numberFormat?: string;
  /** The plan column printed here: an optional one empty in every measure is left out. */
  source?: ColumnKey;
  /** Set on a status tick column. */
  status?: Status;
  /** Printed as hyperlinks (evidence). */
  links?: boolean;
  cell: (measure: MeasureRow, options: CellOptions) => string | number;
}

export interface LayoutDefinition {
  title: string;
  /** The columns after the measure number. */
  columns: ReportColumn[];
  /** A group header over the status ticks: a second header row. */
  group?: { header: string; statuses: Status[] };
}

export const TICK = "✓";
export const MONEY_FORMAT = "#,##0.00";
export const GROUP_HEADER = "สถานะการดำเนินการ";
const MEASURE_TITLE = "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";

type BudgetKey = "plannedBudget" | "budget";

/** A budget cell: the number under the money format; a Thai-digit report carries the text, since
 * a number format cannot print Thai digits everywhere. */
function budgetCell(key: BudgetKey) {
  return (measure: MeasureRow, { thaiDigits }: CellOptions): string | number => {
    const budget = parseBudget(measure.raw[key]);
    if (typeof budget !== "number") return "";
    return thaiDigits ? moneyText(budget, true) : budget;
  };
}

type TextKey = Exclude<ColumnKey, "status" | BudgetKey | "indicator" | "updated">;

function text(key: TextKey, header: string, width: number): ReportColumn {
  return {
    header,
    width,
    align: "left",
    source: key,
    ...(key === "evidence" ? { links: true } : {}),
    cell: (measure) => measure.text[key],
  };
}

function tick(status: Status, header = STATUS_HEADERS[status]): ReportColumn {
  return {
    header,
    width: 12,
    align: "center",
    status,
    cell: (measure) => (statusOf(measure) === status ? TICK : ""),
  };
}

function budget(header: string, key: BudgetKey = "budget"): ReportColumn {
  return {
    header,
    width: 15,
    align: "right",
    numberFormat: MONEY_FORMAT,
    source: key,
    // No budget stays blank: a right-aligned "-" would run into the next column's "-".
    cell: budgetCell(key),
  };
}

const FIXED: Record<Exclude<ReportLayout, "plan">, LayoutDefinition> = {
  status: {
    title: MEASURE_TITLE,
    columns: [
      text("measure", "มาตรการ", 40),
      text("method", "ขั้นตอนหรือวิธีการ", 60),
      tick("not_started"),
      tick("in_progress"),
      tick("done"),
    ],
    group: { header: GROUP_HEADER, statuses: ["not_started", "in_progress", "done"] },
  },
  results: {
    title: MEASURE_TITLE,
    columns: [
      text("measure", "มาตรการ", 28),
      text("method", "วิธีดำเนินการ", 40),
      text("owner", "ผู้รับผิดชอบ", 16),
      text("period", "ระยะเวลา", 16),
      text("result", "ผลการดำเนินการ", 40),
      text("outcome", "ผลลัพธ์หรือความสำเร็จของการดำเนินการ", 30),
      text("recommendation", "ข้อเสนอแนะ", 24),
    ],
  },
  annual: {
    title: "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี",
    columns: [
      text("measure", "มาตรการ/โครงการ/กิจกรรม", 36),
      text("result", "ผลการดำเนินการ", 46),
      budget("งบประมาณที่ตั้งไว้ (บาท)", "plannedBudget"),
      budget("งบประมาณที่ใช้ (บาท)"),
      text("problems", "ปัญหา/อุปสรรค", 30),
      text("recommendation", "ข้อเสนอแนะ", 30),
    ],
  },
};

// Preferred widths of the plan's own columns, by meaning, before the content widens them.
const PLAN_WIDTHS: Partial<Record<ColumnKey, number>> = {
  measure: 28,
  method: 36,
  owner: 16,
  period: 16,
  result: 40,
  outcome: 30,
  problems: 24,
  recommendation: 24,
  evidence: 24,
};

/** The plan's recognised columns in its order, under its own headers (the number column aside:
 * the report numbers its measures; the add-in's update stamp is bookkeeping, not content). */
function planLayout(columns: readonly PlanColumn[]): LayoutDefinition {
  const printed = columns.filter((column) => column.key !== "number" && column.key !== "updated");
  const statuses = printed.flatMap((column) => (column.status ? [column.status] : []));
  return {
    title: MEASURE_TITLE,
    columns: printed.map((column): ReportColumn => {
      if (column.status) return tick(column.status, column.header);
      if (column.key === "budget" || column.key === "plannedBudget") {
        return budget(column.header, column.key);
      }
      if (column.key === "indicator" || column.key === "status") {
        return {
          header: column.header,
          width: 10,
          align: "center",
          source: column.key,
          cell: (measure) => String(measure.raw.indicator ?? ""),
        };
      }
      return text(column.key as TextKey, column.header, PLAN_WIDTHS[column.key] ?? 20);
    }),
    ...(statuses.length >= 2 ? { group: { header: GROUP_HEADER, statuses } } : {}),
  };
}

// Columns every plan has: printed even when empty, so a table keeps its shape.
const REQUIRED: readonly ColumnKey[] = ["measure", "method", "owner", "period", "result"];

/** Whether any measure has something in a plan column. */
function filled(key: ColumnKey, measures: readonly MeasureRow[]): boolean {
  if (key === "budget" || key === "plannedBudget" || key === "indicator") {
    return measures.some((measure) => measure.raw[key] !== undefined && measure.raw[key] !== "");
  }
  if (key === "status" || key === "updated") return true;
  return measures.some((measure) => measure.text[key] !== "");
}

/** A layout for these measures: the plan's columns for "plan", and no optional column that is
 * empty everywhere (outcome, recommendations... with no text in any row). */
export function layoutFor(
  layout: ReportLayout,
  planColumns: readonly PlanColumn[],
  measures: readonly MeasureRow[]
): LayoutDefinition {
  const definition = layout === "plan" ? planLayout(planColumns) : FIXED[layout];
  return {
    ...definition,
    columns: definition.columns.filter(
      (column) =>
        !column.source || REQUIRED.includes(column.source) || filled(column.source, measures)
    ),
  };
}
