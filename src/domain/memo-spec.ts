// The cover memo (บันทึกข้อความ) as data, in the form of the correspondence regulation's appendix:
// its header lines, numbered sections (เรื่องเดิม, ข้อเท็จจริง with a generated summary and one
// line per measure, ข้อกฎหมาย/ระเบียบ when given, ข้อพิจารณา), the closing, the signer and the
// comment-and-sign levels, and the report table as an attachment. Writers (src/docx) take this.
import type { MemoApprover, MemoEmblem, MemoSigner } from "./memo-form";
import { headOf, memoDigits, proposedApprovers } from "./memo-form";
import { STATUS_HEADERS } from "./plan-columns";
import { MeasureRow, statusOf } from "./plan-reading";
import { Progress, summariseProgress } from "./progress";
import type { ReportLayout } from "./report/report-layouts";
import { defaultLayout, hasStatusColumns, PlanColumn } from "./report/plan-capabilities";
import { MONEY_FORMAT } from "./report/report-layouts";
import { reportTable, TablePage, widthsOnPage } from "./report/report-table";
import { moneyText } from "./money";
import { overallBudgetLine, progressSentence } from "./report/report-sentences";
import { summariseBudgets } from "./budget-summary";
import type { ReportSettings } from "./report/report-spec";
import type { ScoreHistory } from "./scores/score-history";
import { WeakPoints, weakPointsFor } from "./scores/weak-points";
import {
  proposedLinksNote,
  scoreAnalysisSentences,
  weakIndicatorLines,
} from "../i18n/score-messages";
import { fiscalYearRange, formatThaiDate } from "./thai-dates";
import { normaliseSpaces } from "./thai-text";

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
  /** ข้อกฎหมาย/ระเบียบ: optional; the section is left out when empty. */
  legal: string;
  /** ข้อพิจารณา/ข้อเสนอแนะ */
  proposal: string;
  /** Who signs the memo (the preparer from the settings unless changed). */
  signer: MemoSigner;
  /** The comment-and-sign levels after the signer, in order (หัวหน้าส่วน, ปลัด, นายก). */
  approvers: MemoApprover[];
}

export interface MemoLine {
  label: string;
  value: string;
}

export interface MemoSignatureSpec {
  /** Empty: the writer leaves a dotted space for the name. */
  name: string;
  position: string[];
}

export interface MemoSpec {
  title: string;
  department: MemoLine;
  /** ที่ and วันที่: one line of the form, ที่ at the margin, วันที่ at the middle. */
  reference: MemoLine;
  date: MemoLine;
  subject: MemoLine;
  to: MemoLine;
  /** Numbered sections; items are one line each (the measures in ข้อเท็จจริง). */
  sections: { heading: string; paragraphs: string[]; items: string[] }[];
  closing: string;
  signer: MemoSignatureSpec;
  comments: (MemoSignatureSpec & { title: string })[];
  emblem: MemoEmblem | null;
  attachment: {
    title: string;
    headers: string[];
    rows: string[][];
    widths: number[];
    align: ("left" | "center" | "right")[];
  };
  thaiDigits: boolean;
}

/** The defaults a memo starts from, from the report settings. */
export function defaultMemoFields(settings: ReportSettings, today: Date): MemoFields {
  return {
    department: "",
    number: "",
    date: today,
    subject: `รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${settings.fiscalYear}`,
    to: headOf(settings.organisation),
    background:
      `ตามที่${settings.organisation || "หน่วยงาน"}ได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ` +
      `ประจำปีงบประมาณ พ.ศ. ${settings.fiscalYear} เพื่อขับเคลื่อนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) นั้น`,
    legal: "",
    proposal:
      "เห็นควรเสนอรายงานผลการดำเนินการตามมาตรการดังกล่าวต่อผู้บริหาร และเผยแพร่บนเว็บไซต์ของหน่วยงานต่อไป",
    signer: { name: settings.preparerName, position: settings.preparerPosition },
    approvers: proposedApprovers(settings.organisation),
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

// One line per measure: its own number dropped (the memo numbers them), then its status, or
// its result's first line where the plan has no status.
const RESULT_LENGTH = 90;
function measureLine(measure: MeasureRow): string {
  const name = normaliseSpaces(measure.text.measure).replace(/^\(?[0-9๐-๙]+[.)]\s*/, "");
  const status = statusOf(measure);
  if (status) return `${name} : ${STATUS_HEADERS[status]}`;
  const result = normaliseSpaces(measure.text.result.split("\n").find((l) => l.trim()) ?? "");
  if (!result) return `${name} : -`;
  const cut =
    result.length > RESULT_LENGTH ? `${result.slice(0, RESULT_LENGTH).trimEnd()}…` : result;
  return `${name} : ${cut}`;
}

const lines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

// The attachment's landscape A4 page at 14 pt: 257 mm of table, about 95 characters (Laksaman,
// LibreOffice's stand-in for TH SarabunPSK, measured 7-8 pt a character on its PDFs; Sarabun is
// narrower), each cell's padding (about 5.4 pt a side) 2 of them.
const ATTACHMENT_PAGE: TablePage = { characters: 95, cellPadding: 2 };

export const MEMO_CLOSING = "จึงเรียนมาเพื่อโปรดพิจารณา";

/** The proposal's paragraphs and the closing: a last paragraph of the user's own that starts
 * "จึงเรียนมา" (เพื่อโปรดทราบ, เพื่อโปรดพิจารณาอนุมัติ...) is the closing, printed once. */
function proposalAndClosing(text: string): { proposal: string[]; closing: string } {
  const proposal = lines(text);
  const last = proposal.at(-1);
  return last?.startsWith("จึงเรียนมา")
    ? { proposal: proposal.slice(0, -1), closing: last }
    : { proposal, closing: MEMO_CLOSING };
}

export function buildMemo(
  fields: MemoFields,
  measures: readonly MeasureRow[],
  settings: ReportSettings,
  options: {
    thaiDigits: boolean;
    layout: ReportLayout;
    columns: readonly PlanColumn[];
    emblem?: MemoEmblem | null;
    /** The ITA scores: last year's weak points are told in เรื่องเดิม. */
    scores?: ScoreHistory;
  }
): MemoSpec {
  // Thai digits chosen: every number in Thai digits; not chosen: Arabic throughout.
  const digits = memoDigits(options.thaiDigits);
  const hasStatus = hasStatusColumns(options.columns);
  // A plan without status cannot fill the status layout: its own columns are attached instead.
  const layoutName =
    options.layout === "status" && !hasStatus ? defaultLayout(options.columns) : options.layout;
  const table = reportTable(layoutName, options.columns, measures, options.thaiDigits);
  const signature = (signer: MemoSigner): MemoSignatureSpec => ({
    name: digits(signer.name.trim()),
    position: lines(digits(signer.position)),
  });
  const { proposal, closing } = proposalAndClosing(fields.proposal);
  const progress = summariseProgress(measures, fields.date, settings.fiscalYear, hasStatus);
  const weakPoints =
    options.scores &&
    // As the facts count them: a plan whose status columns hold no tick speaks of its results.
    weakPointsFor(options.scores, settings.fiscalYear, measures, {
      hasStatus: progress.hasStatus,
    });
  const sections = [
    {
      heading: "เรื่องเดิม",
      paragraphs: [
        ...lines(fields.background),
        ...(weakPoints ? [scoreAnalysisSentences("th", weakPoints.analysis).join(" ")] : []),
      ],
      items: weakPoints ? weakPointItems(weakPoints) : [],
    },
    {
      heading: "ข้อเท็จจริง",
      // The budget as the report's summary states it: planned, used and the share spent.
      paragraphs: [factsParagraph(progress, settings)].concat(
        overallBudgetLine(summariseBudgets(measures)) ?? []
      ),
      items: measures.map((measure, index) => `${index + 1}) ${measureLine(measure)}`),
    },
    { heading: "ข้อกฎหมาย/ระเบียบ", paragraphs: lines(fields.legal), items: [] },
    { heading: "ข้อพิจารณา/ข้อเสนอ", paragraphs: proposal, items: [] },
  ]
    // The optional legal section is left out, not printed empty; the others keep their place.
    .filter((section) => section.heading !== "ข้อกฎหมาย/ระเบียบ" || section.paragraphs.length > 0)
    .map((section, index) => ({
      heading: digits(`${index + 1}. ${section.heading}`),
      paragraphs: section.paragraphs.map(digits),
      items: section.items.map(digits),
    }));
  return {
    title: "บันทึกข้อความ",
    department: { label: "ส่วนราชการ", value: digits(fields.department) },
    reference: { label: "ที่", value: digits(fields.number) },
    date: {
      label: "วันที่",
      value: formatThaiDate(fields.date, { thaiDigits: options.thaiDigits }),
    },
    subject: { label: "เรื่อง", value: digits(fields.subject) },
    to: { label: "เรียน", value: digits(fields.to) },
    sections,
    closing: digits(closing),
    signer: signature(fields.signer),
    comments: fields.approvers.map((approver) => ({
      // A level given without its heading still reads as a comment block.
      title: digits(approver.title.trim() || "ความเห็น"),
      ...signature(approver),
    })),
    emblem: options.emblem ?? null,
    attachment: {
      title: digits(
        `${table.title} ${settings.organisation} ประจำปีงบประมาณ พ.ศ. ${settings.fiscalYear}`
      ),
      headers: table.headers.map(digits),
      // Amounts as the report prints them (its sheet shows them through the money format).
      rows: table.rows.map((row) =>
        row.map((cell, index) =>
          typeof cell === "number" && table.numberFormats[index] === MONEY_FORMAT
            ? moneyText(cell, options.thaiDigits)
            : digits(String(cell))
        )
      ),
      widths: widthsOnPage(table, ATTACHMENT_PAGE),
      align: table.align,
    },
    thaiDigits: options.thaiDigits,
  };
}

/** เรื่องเดิม's lines for the weak indicators, and which links are proposals from the words. */
function weakPointItems(weakPoints: WeakPoints): string[] {
  const proposed = proposedLinksNote("th", weakPoints);
  return [
    ...weakIndicatorLines("th", weakPoints).map((line) => `- ${line}`),
    ...(proposed ? [proposed] : []),
  ];
}
