// The report's second sheet: the summary, the per-unit table, the signature and the charts. The
// table's header repeats on every printed page of its own sheet (print titles), so whatever
// follows the table goes here, where no header repeats.
import type { CellArea } from "../a1";
import type { MeasureRow } from "../plan-reading";
import type { Progress } from "../progress";
import { BLOCK_LOOKS } from "../sheet-look";
import { formatThaiDate } from "../thai-dates";
import { toThaiDigits } from "../thai-text";
import { naturalPageStarts, DEFAULT_ROW_HEIGHT, pageHeight } from "./page-fit";
import { reportCharts } from "./report-charts";
import type { ScoreHistory } from "../scores/score-history";
import { summaryLines } from "./report-sentences";
import { sinceRoundLines } from "./since-round-lines";
import type { ChangesSince } from "../plan/round-snapshot";
import { fittedHeights, rowHeight } from "./row-heights";
import type { ReportBlock, ReportSettings, ReportSheetSpec } from "./types";

const BODY_FONT_SIZE = BLOCK_LOOKS.tableBody.size;
const SIGNATURE_ROWS = 4;

const UNIT_HEADERS = {
  status: ["จำนวนมาตรการ", "แล้วเสร็จ", "อยู่ระหว่างดำเนินการ", "ยังไม่ดำเนินการ"],
  results: ["จำนวนมาตรการ", "รายงานผลแล้ว"],
};

export interface SummaryInput {
  sheetName: string;
  /** The table's column widths: the summary prints at the table's scale. */
  widths: readonly number[];
  progress: Progress;
  measures: readonly MeasureRow[];
  scores: ScoreHistory;
  settings: ReportSettings;
  thaiDigits: boolean;
  signedOn: Date;
  centerHeader: string;
  centerFooter: string;
  /** What changed since the round-6 snapshot, for the round-12 report. */
  since?: ChangesSince;
}

/** Per unit: the unit (over the first two columns), measures, then by status or, without
 * status, the measures with a reported result. */
function unitTable(progress: Progress, thai: boolean): (string | number)[][] {
  return progress.byOwner.map(({ owner, total, counts, withResult }) => [
    owner,
    "",
    ...(progress.hasStatus
      ? [total, counts.done, counts.in_progress, counts.not_started]
      : [total, withResult]
    ).map((n) => (thai ? toThaiDigits(String(n)) : n)),
  ]);
}

/** The per-unit table, from its header, and the signature print on one page: a page that would
 * start inside them starts at the table's header instead. A table too long for one page keeps
 * only its last row with the signature: no page opens with a signature alone. */
function keptTogether(
  blocks: ReportBlock[],
  tableRow: number,
  signatureRow: number,
  capacity: number
): number[] {
  const end = signatureRow + SIGNATURE_ROWS;
  const heights: number[] = Array(end).fill(DEFAULT_ROW_HEIGHT);
  for (const block of blocks) {
    block.rowHeights?.forEach((height, r) => (heights[block.row + r] = height));
  }
  const together = heights.slice(tableRow, end).reduce((sum, height) => sum + height, 0);
  const first = together <= capacity ? tableRow : signatureRow - 3;
  const starts = naturalPageStarts(heights, capacity).map((start) =>
    start > first && start < end ? first : start
  );
  return [...new Set(starts)];
}

export function summarySheet(input: SummaryInput): {
  sheet: ReportSheetSpec;
  scoreChartsOmitted: boolean;
} {
  const { widths, progress, thaiDigits: thai, settings } = input;
  const width = widths.length;
  const textWidth = widths.reduce((sum, w) => sum + w, 0);
  const blocks: ReportBlock[] = [];
  const merges: CellArea[] = [];
  blocks.push({
    row: 0,
    column: 0,
    values: [["สรุปผลการดำเนินการ"]],
    style: "heading",
    mergeAcross: width,
  });
  const sentences = [
    ...summaryLines(progress, input.measures, input.scores, settings.fiscalYear, thai),
    ...(input.since ? sinceRoundLines(input.since, thai) : []),
  ];
  blocks.push({
    row: 1,
    column: 0,
    values: sentences.map((line) => [line]),
    style: "text",
    mergeAcross: width,
    rowHeights: sentences.map((line) => rowHeight([line], [textWidth], BODY_FONT_SIZE)),
  });
  let row = sentences.length + 2;
  const unitTableRow = row;
  const unitRows = unitTable(progress, thai);
  const unitHeaders = UNIT_HEADERS[progress.hasStatus ? "status" : "results"];
  const unitWidths = [widths[0] + widths[1], ...widths.slice(2)];
  blocks.push({
    row,
    column: 0,
    values: [["หน่วยงานผู้รับผิดชอบ", "", ...unitHeaders]],
    style: "summaryHeader",
    rowHeights: [rowHeight(["หน่วยงานผู้รับผิดชอบ", ...unitHeaders], unitWidths, BODY_FONT_SIZE)],
  });
  blocks.push({
    row: row + 1,
    column: 0,
    values: unitRows,
    style: "summaryBody",
    align: ["left", "left", ...unitHeaders.map(() => "center" as const)],
    rowHeights: unitRows.map(([owner]) => rowHeight([owner], unitWidths, BODY_FONT_SIZE)),
  });
  // The unit's name spans the narrow number column and the next.
  for (let r = 0; r <= unitRows.length; r++) {
    merges.push({ row: row + r, column: 0, rowCount: 1, columnCount: 2 });
  }
  row += unitRows.length + 3;

  const half = Math.floor(width / 2);
  const signatureRow = row;
  blocks.push({
    row,
    column: half,
    values: [
      ["ลงชื่อ ............................................ ผู้รายงาน"],
      [`(${settings.preparerName || "............................................"})`],
      [settings.preparerPosition || "ตำแหน่ง ............................................"],
      [`วันที่ ${formatThaiDate(input.signedOn, { thaiDigits: thai })}`],
    ],
    style: "signature",
    mergeAcross: width - half,
  });
  row += SIGNATURE_ROWS + 1;
  for (const block of blocks) block.rowHeights ??= fittedHeights(block, widths);
  const capacity = pageHeight(widths);
  const summaryBreaks = keptTogether(blocks, unitTableRow, signatureRow, capacity);

  const charts = reportCharts({
    measures: input.measures,
    hasStatus: progress.hasStatus,
    roundSix: input.since?.since,
    thaiDigits: thai,
    scores: input.scores,
    fiscalYear: settings.fiscalYear,
    firstRow: row,
    pageRows: Math.floor(capacity / DEFAULT_ROW_HEIGHT),
    columnCount: width,
    dataColumn: width + 1,
  });
  blocks.push(...charts.dataBlocks);
  const lastRow = charts.charts.reduce(
    (last, chart) => Math.max(last, chart.position.row + chart.position.rowCount),
    row
  );
  return {
    sheet: {
      sheetName: input.sheetName,
      columnWidths: [...widths, 2, ...charts.dataColumnWidths],
      blocks,
      merges,
      charts: charts.charts,
      print: {
        // One row past the last chart: LibreOffice cut the frame's bottom edge where it lay on
        // the print area's last line (charts leave a page's last row free, so no page is added).
        area: { row: 0, column: 0, rowCount: lastRow + 1, columnCount: width },
        titleRows: null,
        pageBreaksBefore: [...summaryBreaks, ...charts.pageStarts],
        centerHeader: input.centerHeader,
        centerFooter: input.centerFooter,
      },
    },
    scoreChartsOmitted: charts.scoreChartsOmitted,
  };
}
