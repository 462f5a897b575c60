// The report's charts as data: which table of figures each one draws, where the figures sit
// (beside the print area, so they do not print), and where the chart goes on the page.
import type { CellArea } from "../a1";
import type { MeasureRow } from "../plan-reading";
import type { RoundSnapshot } from "../plan/round-snapshot";
import { toThaiDigits } from "../thai-text";
import { INDICATORS, LAST_LETTER_GRADE_YEAR, PASS_MARK, TOOLS } from "../scores";
import { completeYears, ScoreHistory } from "../scores/score-history";
import { statusChart } from "./status-chart";
import type { ReportBlock, ReportChart } from "./types";

export type { ChartKind, ReportChart } from "./types";

interface ChartLayoutInput {
  measures: readonly MeasureRow[];
  /** Thai digits in the chart titles. */
  thaiDigits: boolean;
  hasStatus: boolean;
  /** The year's round-6 snapshot, for the round-12 report: the status chart shows both. */
  roundSix?: RoundSnapshot;
  scores: ScoreHistory;
  fiscalYear: number;
  firstRow: number;
  /** Rows of the default height one printed page holds. */
  pageRows: number;
  columnCount: number;
  dataColumn: number;
}

// Excel's locale prefix [$-xxyyzzzz]: xx = 0D draws the digits as Thai digits, zzzz = 041E is
// Thai (the dates' [$-D07041E] with the Buddhist calendar, yy = 07, left out for numbers).
const THAI_DIGITS = "[$-D00041E]";

export function reportCharts(input: ChartLayoutInput) {
  const digits = (text: string) => (input.thaiDigits ? toThaiDigits(text) : text);
  const format = (code: string) => (input.thaiDigits ? `${THAI_DIGITS}${code}` : code);
  const scoreFormats = { labelFormat: format("0.00"), axisFormat: format("0") };
  const years = completeYears(input.scores).filter((year) => year.year <= input.fiscalYear);
  const latest = years[years.length - 1];
  const dataBlocks: ReportBlock[] = [];
  const planned: Omit<ReportChart, "position" | "labelFormat" | "axisFormat">[] = [];
  let dataRow = input.firstRow;
  const column = input.dataColumn;
  const addData = (values: (string | number)[][], seriesCount = 1): CellArea => {
    // Categories stay text (a year is a label here, not a number to plot).
    dataBlocks.push({ row: dataRow, column, values, style: "chartData", numberFormats: ["@"] });
    const area = { row: dataRow, column, rowCount: values.length, columnCount: 1 + seriesCount };
    dataRow += values.length + 1;
    return area;
  };

  if (latest) {
    // Years up to 2565 were graded by letter: the pass line at 85 is drawn only from 2566.
    const judged = latest.year > LAST_LETTER_GRADE_YEAR;
    const tools = addData([
      ["เครื่องมือ", "คะแนน", ...(judged ? [digits(`เกณฑ์ผ่าน ${PASS_MARK}`)] : [])],
      ...TOOLS.map((tool) => [tool, latest.tools[tool], ...(judged ? [PASS_MARK] : [])]),
      ["คะแนนรวม", latest.total, ...(judged ? [PASS_MARK] : [])],
    ]);
    planned.push({
      kind: "tools",
      title: digits(`คะแนน ITA ปีงบประมาณ พ.ศ. ${latest.year} แยกตามเครื่องมือ`),
      type: "ColumnClustered",
      data: tools,
      ...(judged && {
        passLine: {
          name: digits(`เกณฑ์ผ่าน ${PASS_MARK} คะแนน`),
          values: {
            row: tools.row + 1,
            column: column + 2,
            rowCount: TOOLS.length + 1,
            columnCount: 1,
          },
        },
      }),
    });
    const lowest = latest.indicators.indexOf(Math.min(...latest.indicators));
    const lowestName = `${INDICATORS[lowest].number} ${INDICATORS[lowest].name}`;
    planned.push({
      kind: "indicators",
      title: digits(
        `คะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. ${latest.year} (สีแดง: ต่ำสุด ตัวชี้วัดที่ ${lowestName})`
      ),
      type: "BarClustered",
      data: addData([
        ["ตัวชี้วัด", "คะแนน"],
        ...INDICATORS.map((indicator, index) => [
          digits(`${indicator.number} ${indicator.name}`),
          latest.indicators[index],
        ]),
      ]),
      markedPoint: lowest,
    });
  }
  if (years.length >= 2) {
    planned.push({
      kind: "trend",
      title: "แนวโน้มคะแนนรวม ITA",
      type: "LineMarkers",
      data: addData([
        ["ปีงบประมาณ", "คะแนนรวม"],
        ...years.map((year) => [digits(String(year.year)), year.total]),
      ]),
    });
  }
  const status = statusChart(input.measures, input.hasStatus, input.roundSix, input.thaiDigits);
  planned.push({
    kind: "status",
    title: status.title,
    type: status.type,
    data: addData(status.values, status.values[0].length - 1),
  });

  // Each chart the width of the table (never squeezed into a column or two) and starting a page
  // or half of one, so no chart is cut by a page's end: the ten indicators' bars get a page of
  // their own (every name readable), the others two to a page. A page's first row stays empty:
  // a frame starting on the row after a page break also printed its top edge on the page before.
  const halfRows = Math.floor(input.pageRows / 2) - 1;
  const ordered = [
    ...planned.filter((chart) => chart.kind !== "indicators"),
    ...planned.filter((chart) => chart.kind === "indicators"),
  ];
  const pageStarts: number[] = [];
  let nextPage = input.firstRow;
  let freeHalf: number | null = null;
  const charts: ReportChart[] = ordered.map((chart) => {
    const full = chart.kind === "indicators";
    let row = nextPage + 1;
    if (!full && freeHalf !== null) {
      row = freeHalf;
      freeHalf = null;
    } else {
      pageStarts.push(nextPage);
      nextPage += input.pageRows;
      if (!full) freeHalf = row + halfRows + 1;
    }
    const rowCount = full ? input.pageRows - 2 : halfRows;
    const formats =
      chart.kind === "status"
        ? { labelFormat: format("0"), axisFormat: format("0") }
        : scoreFormats;
    const position = { row, column: 0, rowCount, columnCount: input.columnCount };
    return { ...chart, ...formats, position };
  });
  return {
    charts,
    pageStarts,
    dataBlocks,
    dataColumnWidths: [28, 10, 12],
    scoreChartsOmitted: !latest,
  };
}
