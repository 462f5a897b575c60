// The cover memo (บันทึกข้อความ) as data: its header fields, the sections the seeds use (เรื่องเดิม,
// ข้อเท็จจริง with a generated summary, ข้อพิจารณา), signature blocks and the report table as an
// attachment. The Word writer (src/docx) and any other writer take this spec.
import type { MeasureRow } from "./plan-reading";
import { Progress, summariseProgress } from "./progress";
import type { ReportLayout } from "./report/report-layouts";
import { defaultLayout, hasStatusColumns, PlanColumn } from "./report/plan-capabilities";
import { reportTable } from "./report/report-table";
import { progressSentence } from "./report/report-sentences";
import type { ReportSettings } from "./report/report-spec";
import { fiscalYearRange, formatThaiDate } from "./thai-dates";
import { toThaiDigits } from "./thai-text";

export interface MemoFields {
  /** ส่วนราชการ: the division writing the memo and its phone number. */
  department: string;
  /** ที่: the memo's reference number. */
  number: string;
  date: Date;
  /** เรื่อง */
  subject: string;
  /** เรียน */
  to: string;
  /** เรื่องเดิม: what the memo follows up. */
  background: string;
  /** ข้อพิจารณา/ข้อเสนอแนะ */
  proposal: string;
  /** Signers after the preparer, e.g. the division head and the municipal clerk. */
  approvers: { name: string; position: string }[];
}

export const REQUIRED_MEMO_FIELDS = ["department", "number", "subject", "to"] as const;
export type MemoFieldKey = (typeof REQUIRED_MEMO_FIELDS)[number];

export interface MemoSpec {
  title: string;
  header: { label: string; value: string }[];
  sections: { heading: string; paragraphs: string[] }[];
  signatures: { name: string; position: string }[];
  attachment: { title: string; headers: string[]; rows: string[][]; widths: number[] };
  thaiDigits: boolean;
}

/** The required fields left empty: the pane lists them before exporting. */
export function missingMemoFields(fields: Partial<MemoFields>): MemoFieldKey[] {
  return REQUIRED_MEMO_FIELDS.filter((key) => !String(fields[key] ?? "").trim());
}

/** The defaults a memo starts from, from the report settings. */
export function defaultMemoFields(settings: ReportSettings, today: Date): MemoFields {
  return {
    department: "",
    number: "",
    date: today,
    subject: `รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${settings.fiscalYear}`,
    to: `นายก${settings.organisation || "เทศมนตรี"}`,
    background:
      `ตามที่${settings.organisation || "หน่วยงาน"}ได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ` +
      `ประจำปีงบประมาณ พ.ศ. ${settings.fiscalYear} เพื่อขับเคลื่อนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) นั้น`,
    proposal: "จึงเรียนมาเพื่อโปรดทราบ และพิจารณาอนุญาตให้เผยแพร่รายงานผลการดำเนินการบนเว็บไซต์ของหน่วยงาน",
    approvers: [],
  };
}

function factsParagraph(progress: Progress, settings: ReportSettings): string {
  const { start, end } = fiscalYearRange(settings.fiscalYear, settings.round);
  // The same counts as the report's summary: by status, or the reported results without status.
  return (
    `ในรอบ ${settings.round} เดือน ของปีงบประมาณ พ.ศ. ${settings.fiscalYear} ` +
    `(ระหว่างวันที่ ${formatThaiDate(start)} - ${formatThaiDate(end)}) ` +
    `${progressSentence(progress).replace(/^มาตรการทั้งหมด/, "มีมาตรการทั้งหมด")} ` +
    `รายละเอียดตามรายงานที่แนบมาพร้อมนี้`
  );
}

export function buildMemo(
  fields: MemoFields,
  measures: readonly MeasureRow[],
  settings: ReportSettings,
  options: { thaiDigits: boolean; layout: ReportLayout; columns: readonly PlanColumn[] }
): MemoSpec {
  const digits = (text: string) => (options.thaiDigits ? toThaiDigits(text) : text);
  const hasStatus = hasStatusColumns(options.columns);
  // A plan without status cannot fill the status layout: its own columns are attached instead.
  const layoutName =
    options.layout === "status" && !hasStatus ? defaultLayout(options.columns) : options.layout;
  const table = reportTable(layoutName, options.columns, measures, options.thaiDigits);
  const signatures = [
    { name: settings.preparerName, position: settings.preparerPosition },
    ...fields.approvers,
  ].filter((signer) => signer.name.trim() || signer.position.trim());
  return {
    title: "บันทึกข้อความ",
    header: [
      { label: "ส่วนราชการ", value: fields.department },
      { label: "ที่", value: digits(fields.number) },
      { label: "วันที่", value: formatThaiDate(fields.date, { thaiDigits: options.thaiDigits }) },
      { label: "เรื่อง", value: digits(fields.subject) },
      { label: "เรียน", value: fields.to },
    ],
    sections: [
      { heading: "๑. เรื่องเดิม", paragraphs: [digits(fields.background)] },
      {
        heading: "๒. ข้อเท็จจริง",
        paragraphs: [
          digits(
            factsParagraph(
              summariseProgress(measures, fields.date, settings.fiscalYear, hasStatus),
              settings
            )
          ),
        ],
      },
      { heading: "๓. ข้อพิจารณา/ข้อเสนอแนะ", paragraphs: [digits(fields.proposal)] },
    ],
    signatures,
    attachment: {
      title: digits(
        `${table.title} ${settings.organisation} ประจำปีงบประมาณ พ.ศ. ${settings.fiscalYear}`
      ),
      headers: table.headers,
      rows: table.rows.map((row) => row.map(String)),
      // A Word table fits its page: the number column needs a little more room than on a sheet.
      widths: table.widths.map((width, index) => (index === 0 ? width + 3 : width)),
    },
    thaiDigits: options.thaiDigits,
  };
}
