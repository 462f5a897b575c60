// The three report layouts the seeds show, as columns and how a measure fills them.
import type { MeasureRow } from "../plan-reading";
import { statusOf } from "../plan-reading";
import { parseBudget } from "../plan-validation";
import { STATUSES } from "../plan-columns";
import { moneyText } from "./report-sentences";
import { toThaiDigits } from "../thai-text";
import type { ReportLayout } from "./types";

export { REPORT_LAYOUTS } from "./types";
export type { ReportLayout } from "./types";

export interface ReportColumn {
  header: string;
  /** Width in characters of TH SarabunPSK 14 pt. */
  width: number;
  align: "left" | "center" | "right";
  /** Set on number cells. */
  numberFormat?: string;
}

export interface LayoutDefinition {
  title: string;
  columns: ReportColumn[];
  /** A group header over some columns (the status ticks): a second header row. */
  group?: { header: string; firstColumn: number; columnCount: number };
  cells: (measure: MeasureRow, options: { thaiDigits: boolean }) => (string | number)[];
}

export const TICK = "✓";
export const MONEY_FORMAT = "#,##0.00";

// Text, so Excel keeps "1." as written instead of turning it into the number 1.
const NUMBER_COLUMN: ReportColumn = { header: "ที่", width: 5, align: "center", numberFormat: "@" };
const MEASURE_TITLE = "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";

function money(value: number, thaiDigits: boolean): string | number {
  if (!thaiDigits) return value;
  // A number format cannot print Thai digits everywhere, so Thai-digit reports carry the text.
  return toThaiDigits(moneyText(value));
}

export const LAYOUTS: Record<ReportLayout, LayoutDefinition> = {
  status: {
    title: MEASURE_TITLE,
    columns: [
      NUMBER_COLUMN,
      { header: "มาตรการ", width: 40, align: "left" },
      { header: "ขั้นตอนหรือวิธีการ", width: 60, align: "left" },
      { header: "ยังไม่ดำเนินการ", width: 12, align: "center" },
      { header: "อยู่ระหว่างดำเนินการ", width: 12, align: "center" },
      { header: "ดำเนินการแล้วเสร็จ", width: 12, align: "center" },
    ],
    group: { header: "สถานะการดำเนินการ", firstColumn: 3, columnCount: 3 },
    cells: (measure) => [
      measure.text.measure,
      measure.text.method,
      ...STATUSES.map((status) => (statusOf(measure) === status ? TICK : "")),
    ],
  },
  results: {
    title: MEASURE_TITLE,
    columns: [
      NUMBER_COLUMN,
      { header: "มาตรการ", width: 28, align: "left" },
      { header: "วิธีดำเนินการ", width: 40, align: "left" },
      { header: "ผู้รับผิดชอบ", width: 16, align: "left" },
      { header: "ระยะเวลา", width: 16, align: "left" },
      { header: "ผลการดำเนินการ", width: 40, align: "left" },
      { header: "ผลลัพธ์หรือความสำเร็จของการดำเนินการ", width: 30, align: "left" },
    ],
    cells: (measure) => [
      measure.text.measure,
      measure.text.method,
      measure.text.owner,
      measure.text.period,
      measure.text.result,
      measure.text.outcome,
    ],
  },
  annual: {
    title: "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี",
    columns: [
      NUMBER_COLUMN,
      { header: "มาตรการ/โครงการ/กิจกรรม", width: 36, align: "left" },
      { header: "ผลการดำเนินการ", width: 46, align: "left" },
      { header: "งบประมาณที่ใช้ (บาท)", width: 15, align: "right", numberFormat: MONEY_FORMAT },
      { header: "ปัญหา/อุปสรรค", width: 30, align: "left" },
      { header: "ข้อเสนอแนะ", width: 30, align: "left" },
    ],
    cells: (measure, { thaiDigits }) => {
      const budget = parseBudget(measure.raw.budget);
      return [
        measure.text.measure,
        measure.text.result,
        typeof budget === "number" ? money(budget, thaiDigits) : "-",
        measure.text.problems || "-",
        measure.text.recommendation || "-",
      ];
    },
  },
};
