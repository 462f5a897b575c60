// The canonical columns of a measure plan, as data.

export const COLUMN_KEYS = [
  "number",
  "measure",
  "method",
  "owner",
  "period",
  "status",
  "result",
  "outcome",
  "plannedBudget",
  "budget",
  "problems",
  "recommendation",
  "indicator",
  "evidence",
  "updated",
] as const;

export type ColumnKey = (typeof COLUMN_KEYS)[number];

export const STATUSES = ["not_started", "in_progress", "done"] as const;
export type Status = (typeof STATUSES)[number];

/** What a template column holds; the adapter picks formats and controls from it. */
export type ColumnKind =
  "text" | "longText" | "number" | "money" | "status" | "indicator" | "date" | "owner";

export interface TemplateColumn {
  key: ColumnKey;
  /** Set on the three status tick columns only. */
  status?: Status;
  header: string;
  kind: ColumnKind;
  /** Width in characters of TH SarabunPSK 14 pt. */
  width: number;
}

export const STATUS_HEADERS: Record<Status, string> = {
  not_started: "ยังไม่ดำเนินการ",
  in_progress: "อยู่ระหว่างดำเนินการ",
  done: "ดำเนินการแล้วเสร็จ",
};

export const TEMPLATE_COLUMNS: readonly TemplateColumn[] = [
  { key: "number", header: "ลำดับ", kind: "number", width: 6 },
  { key: "measure", header: "มาตรการ/แนวทาง", kind: "longText", width: 32 },
  { key: "method", header: "วิธีดำเนินการ", kind: "longText", width: 40 },
  { key: "owner", header: "ผู้รับผิดชอบ", kind: "owner", width: 18 },
  { key: "period", header: "ระยะเวลาดำเนินการ", kind: "text", width: 18 },
  ...(["not_started", "in_progress", "done"] as const).map((status): TemplateColumn => ({
    key: "status",
    status,
    header: STATUS_HEADERS[status],
    kind: "status",
    width: 11,
  })),
  { key: "result", header: "ผลการดำเนินการ", kind: "longText", width: 40 },
  { key: "outcome", header: "ผลลัพธ์หรือความสำเร็จ", kind: "longText", width: 32 },
  // Planned (the year's budget act) and used: a finance division reports both and the % spent.
  { key: "plannedBudget", header: "งบประมาณที่ตั้งไว้ (บาท)", kind: "money", width: 14 },
  { key: "budget", header: "งบประมาณที่ใช้ (บาท)", kind: "money", width: 14 },
  { key: "problems", header: "ปัญหา/อุปสรรค", kind: "longText", width: 24 },
  { key: "recommendation", header: "ข้อเสนอแนะ", kind: "longText", width: 24 },
  { key: "indicator", header: "ตัวชี้วัด ITA (1-10)", kind: "indicator", width: 10 },
  { key: "evidence", header: "หลักฐาน/ลิงก์", kind: "text", width: 24 },
  { key: "updated", header: "วันที่ปรับปรุง", kind: "date", width: 14 },
];
