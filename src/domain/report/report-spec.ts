// The one-click progress report as data: where every block of text, the table, the summary,
// the signature and the charts go on a sheet, and how it prints. No Excel in here: the Excel
// adapter writes this spec, and the command line writes the same spec to an .xlsx file.
import type { CellArea } from "../a1";
import type { Finding } from "../plan-validation";
import type { MeasureRow } from "../plan-reading";
import { Progress, summariseProgress } from "../progress";
import { hasStatusColumns, PlanColumn } from "./plan-capabilities";
import { reportTable } from "./report-table";
import { splitRows } from "./row-split";
import type { ReportBlock, ReportOptions, ReportSettings, ReportSheetSpec } from "./types";
import { completeYears, ScoreHistory } from "../scores/score-history";
import { roundTitle, organisationLine, periodLine } from "./report-sentences";
import type { ScoreWarning } from "../scores";
import { fittedHeights, lineHeight, MAX_ROW_HEIGHT, rowHeight } from "./row-heights";
import { continuedPieceHeight } from "./page-fit";
import { BLOCK_LOOKS } from "../sheet-look";
import { isEveryUnit, ownerUnits, squeezeKey } from "../owner-units";
import { summarySheet } from "./summary-sheet";
import { ChangesSince, changesSince, latestSnapshot, RoundSnapshot } from "../plan/round-snapshot";

/** The report: its first sheet is the measure table (the fields of ReportSheetSpec), its
 * second the summary, signature and charts. */
export interface ReportSpec extends ReportSheetSpec {
  summary: ReportSheetSpec;
  /** Why the score charts are missing, when they are. */
  chartsOmitted: "no_scores" | null;
  included: number;
  /** The counts the summary states (by status, or reported results without status). */
  progress: Progress;
  leftOut: { row: number; measure: string; codes: string[] }[];
  /** Stated totals that differ from the computed ones, or are impossible, by year. */
  scoreWarnings: { year: number; warning: ScoreWarning }[];
}

export interface ReportInput {
  measures: readonly MeasureRow[];
  /** The plan's recognised columns in its order (planColumnsOf the analysis' layout). */
  columns: readonly PlanColumn[];
  findings: readonly Finding[];
  settings: ReportSettings;
  scores: ScoreHistory;
  options: ReportOptions;
  today: Date;
  /** The date signed under the report (settings, the pane's field, --date); today if not given. */
  reportDate?: Date;
  /** The rounds' snapshots kept in the workbook: the round-12 report compares with round 6. */
  history?: readonly RoundSnapshot[];
}

export type ReportOutcome =
  | { kind: "report"; spec: ReportSpec }
  | {
      kind: "refused";
      reason: "plan_errors" | "no_measures" | "no_status_column";
      findings: Finding[];
    };

export type {
  BlockStyle,
  ReportBlock,
  ReportOptions,
  ReportSettings,
  ReportSheetSpec,
} from "./types";

const BODY_FONT_SIZE = BLOCK_LOOKS.tableBody.size;
const TITLE_FONT_SIZE = BLOCK_LOOKS.title.size;
const SHEET_NAME_LIMIT = 31;

/** The report's sheets in print order: the table, then the summary. */
export function reportSheets(spec: ReportSpec): ReportSheetSpec[] {
  return [spec, spec.summary];
}

export function reportSheetName(settings: ReportSettings, unit: string | null): string {
  return sheetName(`รายงาน ${settings.fiscalYear} รอบ${settings.round}`, unit);
}

export function summarySheetName(settings: ReportSettings, unit: string | null): string {
  return sheetName(`สรุปรายงาน ${settings.fiscalYear} รอบ${settings.round}`, unit);
}

function sheetName(base: string, unit: string | null): string {
  return (unit ? `${base} ${unit}` : base)
    .replace(/[[\]:*?/\\]/g, "-")
    .slice(0, SHEET_NAME_LIMIT)
    .replace(/^[\s']+|[\s']+$/g, ""); // Excel refuses a name that starts or ends with "'"
}

/** Measures of one unit: those naming it among their units, and those given to every unit
 * (ทุกกอง, ทุกส่วนราชการ). */
export function measuresOfUnit(measures: readonly MeasureRow[], unit: string | null): MeasureRow[] {
  if (!unit) return [...measures];
  const key = squeezeKey(unit);
  return measures.filter(
    (measure) =>
      isEveryUnit(measure.text.owner) ||
      ownerUnits(measure.text.owner).some((named) => named.key.includes(key))
  );
}

function rowFindings(findings: readonly Finding[]): Map<number, string[]> {
  const byRow = new Map<number, string[]>();
  for (const finding of findings) {
    if (finding.severity !== "error" || finding.row === null) continue;
    byRow.set(finding.row, [...(byRow.get(finding.row) ?? []), finding.code]);
  }
  return byRow;
}

export function buildReport(input: ReportInput): ReportOutcome {
  const planErrors = input.findings.filter(
    (finding) => finding.severity === "error" && finding.row === null
  );
  if (planErrors.length > 0)
    return { kind: "refused", reason: "plan_errors", findings: planErrors };
  const { options, settings } = input;
  const hasStatus = hasStatusColumns(input.columns);
  if (options.layout === "status" && !hasStatus)
    return { kind: "refused", reason: "no_status_column", findings: [] };
  const thai = options.thaiDigits;
  const errors = rowFindings(input.findings);
  const inUnit = measuresOfUnit(input.measures, options.unit);
  const included = inUnit.filter((measure) => !errors.has(measure.row));
  const leftOut = inUnit
    .filter((measure) => errors.has(measure.row))
    .map((measure) => ({
      row: measure.row + 1,
      measure: measure.text.measure.split("\n")[0],
      codes: errors.get(measure.row)!,
    }));
  if (included.length === 0) {
    return {
      kind: "refused",
      reason: "no_measures",
      findings: input.findings.filter((finding) => finding.severity === "error"),
    };
  }

  // The report states no overdue measures: no fiscal year needed for their periods.
  const progress = summariseProgress(included, input.today, undefined, hasStatus);
  const table = reportTable(options.layout, input.columns, included, thai);
  const widths = table.widths;
  const width = widths.length;
  const blocks: ReportBlock[] = [];
  const merges: CellArea[] = [];
  let row = 0;
  const titleLines = [
    roundTitle(table.title, settings.round),
    organisationLine(settings),
    periodLine(settings, thai),
    ...(options.unit ? [`หน่วยงานผู้รับผิดชอบ: ${options.unit}`] : []),
  ];
  // Title lines wrap within the table's width (a narrow layout's period line is longer than
  // it): the width counted in characters of the larger title font.
  const titleWidth = (widths.reduce((a, b) => a + b, 0) * BODY_FONT_SIZE) / TITLE_FONT_SIZE;
  const titleHeight = (line: string) => rowHeight([line], [titleWidth], TITLE_FONT_SIZE);
  blocks.push({
    row,
    column: 0,
    values: [[titleLines[0]]],
    style: "title",
    mergeAcross: width,
    rowHeights: [titleHeight(titleLines[0])],
  });
  blocks.push({
    row: 1,
    column: 0,
    values: titleLines.slice(1).map((line) => [line]),
    style: "subtitle",
    mergeAcross: width,
    rowHeights: titleLines.slice(1).map(titleHeight),
  });
  row = titleLines.length + 1;

  const headerRow = row;
  const headers = table.headers;
  if (table.group) {
    const { first, count, header } = table.group;
    const inGroup = (index: number) => index >= first && index < first + count;
    const top = headers.map((text, index) =>
      !inGroup(index) ? text : index === first ? header : ""
    );
    const bottom = headers.map((text, index) => (inGroup(index) ? text : ""));
    blocks.push({
      row,
      column: 0,
      values: [top, bottom],
      style: "tableHeader",
      // The group header spans its columns, so its own line fits; the ticks' names wrap.
      rowHeights: [lineHeight(BODY_FONT_SIZE) + 4, rowHeight(bottom, widths, BODY_FONT_SIZE)],
    });
    for (let column = 0; column < headers.length; column++) {
      if (!inGroup(column)) merges.push({ row, column, rowCount: 2, columnCount: 1 });
    }
    merges.push({ row, column: first, rowCount: 1, columnCount: count });
    row += 2;
  } else {
    blocks.push({
      row,
      column: 0,
      values: [headers],
      style: "tableHeader",
      rowHeights: [rowHeight(headers, widths, BODY_FONT_SIZE)],
    });
    row += 1;
  }
  const titleLast = row - 1;

  // Cells taller than a row may be are continued on the rows below: nothing is ever clipped.
  const body = splitRows(
    table.rows,
    widths,
    BODY_FONT_SIZE,
    MAX_ROW_HEIGHT,
    continuedPieceHeight(widths)
  );
  blocks.push({
    row,
    column: 0,
    values: body.values,
    style: "tableBody",
    rowHeights: body.heights,
    continues: body.continues,
    numberFormats: table.numberFormats,
    align: table.align,
    ...(table.links.some(Boolean) && { links: table.links }),
  });
  row += body.values.length + 1;

  for (const block of blocks) block.rowHeights ??= fittedHeights(block, widths);
  const centerHeader = organisationLine(settings);
  const centerFooter = "หน้า &P / &N";
  const summary = summarySheet({
    sheetName: summarySheetName(settings, options.unit),
    widths,
    progress,
    measures: included,
    scores: input.scores,
    settings,
    thaiDigits: thai,
    signedOn: input.reportDate ?? settings.reportDate ?? input.today,
    centerHeader,
    centerFooter,
    ...sinceRoundSix(input.history, settings, included),
  });

  return {
    kind: "report",
    spec: {
      sheetName: reportSheetName(settings, options.unit),
      columnWidths: widths,
      blocks,
      merges,
      charts: [],
      print: {
        area: { row: 0, column: 0, rowCount: row - 1, columnCount: width },
        titleRows: { first: headerRow, last: titleLast },
        pageBreaksBefore: [],
        centerHeader,
        centerFooter,
      },
      summary: summary.sheet,
      chartsOmitted: summary.scoreChartsOmitted ? "no_scores" : null,
      included: included.length,
      progress,
      leftOut,
      scoreWarnings: completeYears(input.scores).flatMap((year) =>
        year.warnings.map((warning) => ({ year: year.year, warning }))
      ),
    },
  };
}

/** For the round-12 report, what changed since the year's latest round-6 snapshot. */
function sinceRoundSix(
  history: readonly RoundSnapshot[] | undefined,
  settings: ReportSettings,
  measures: readonly MeasureRow[]
): { since?: ChangesSince } {
  const roundSix = settings.round === 12 && latestSnapshot(history ?? [], settings.fiscalYear, 6);
  return roundSix ? { since: changesSince(roundSix, measures) } : {};
}
