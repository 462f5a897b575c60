// One spec, two writers: the pane's Excel writer (against the fake) and the command line's
// workbook writer (read back with ExcelJS) give the same rows, heights and continuation rows for the same plans,
// the long result continued below its measure with no border between the measure's rows.
import ExcelJS from "exceljs";
import { analysePlan } from "../../src/domain/plan-analysis";
import type { CellValue } from "../../src/domain/plan-layout";
import type { ReportSpec } from "../../src/domain/report/report-spec";
import type { ReportLayout } from "../../src/domain/report/types";
import { snapshotOf } from "../../src/domain/plan/round-snapshot";
import { writeReportSheet } from "../../src/excel/report-writer";
import { reportWorkbookBytes } from "../../src/xlsx/report-file";
import { FakeExcelHost } from "../../office-fake/excel";
import { chartSeries, chartXmlTitled, CLUSTERED_COLUMNS } from "../support/chart-xml";
import { inExcel } from "../support/in-excel";
import { longCellPlan, manyMeasuresPlan, RESULTS_HEADER } from "../support/long-plans";
import { reportFixturePlan, reportSpecOf } from "../support/report-fixture";

const specOf = (values: CellValue[][], layout: ReportLayout) => reportSpecOf(values, layout);

interface Written {
  values: string[][];
  heights: number[];
  /** Rows of the table body with no border above them. */
  openTops: number[];
}

function bodyRows(spec: ReportSpec) {
  const body = spec.blocks.find((block) => block.style === "tableBody")!;
  return { first: body.row, count: body.values.length, width: body.values[0].length };
}

async function paneWrites(spec: ReportSpec): Promise<Written> {
  const host = new FakeExcelHost();
  await inExcel(host)(async (context) => {
    await writeReportSheet(context, spec.sheetName, spec);
    await context.sync();
  });
  const sheet = host.sheet(spec.sheetName);
  const { first, count, width } = bodyRows(spec);
  const rows = Array.from({ length: count }, (_, r) => first + r);
  return {
    values: rows.map((row) =>
      Array.from({ length: width }, (_, c) => String(sheet.cells.get(`${row},${c}`)?.value ?? ""))
    ),
    heights: rows.map((row) => sheet.rowHeights.get(row)!),
    openTops: rows.filter(
      (row) => sheet.cells.get(`${row},1`)?.format.borders?.EdgeTop?.style === "None"
    ),
  };
}

async function fileWrites(spec: ReportSpec): Promise<Written> {
  const book = new ExcelJS.Workbook();
  const bytes = await reportWorkbookBytes(spec);
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  );
  const sheet = book.worksheets[0];
  const { first, count, width } = bodyRows(spec);
  const rows = Array.from({ length: count }, (_, r) => first + r);
  return {
    values: rows.map((row) =>
      Array.from({ length: width }, (_, c) => {
        const value = sheet.getRow(row + 1).getCell(c + 1).value;
        return value === null ? "" : String(value);
      })
    ),
    heights: rows.map((row) => sheet.getRow(row + 1).height),
    openTops: rows.filter((row) => !sheet.getRow(row + 1).getCell(2).border?.top),
  };
}

describe.each([
  ["the 6,000-character result", longCellPlan()],
  ["200 short measures", manyMeasuresPlan(200)],
])("%s through both writers", (_, plan) => {
  it.each(["plan", "results", "annual"] as const)("gives the same %s table", async (layout) => {
    const spec = specOf(plan, layout);
    const [pane, file] = await Promise.all([paneWrites(spec), fileWrites(spec)]);
    expect(pane).toEqual(file);
    const continued = spec.blocks.find((block) => block.style === "tableBody")!.continues!;
    const first = bodyRows(spec).first;
    expect(file.openTops).toEqual(
      continued.flatMap((isContinued, r) => (isContinued ? [first + r] : []))
    );
    expect(Math.max(...file.heights)).toBeLessThanOrEqual(409);
  });
});

describe("evidence through both writers", () => {
  const plan: CellValue[][] = [
    ["รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2566"],
    [],
    [...RESULTS_HEADER, "หลักฐาน/ลิงก์"],
    [
      "มาตรการ ก",
      "ว",
      "กองคลัง",
      "ต.ค. 2565 - ก.ย. 2566",
      "ทำแล้ว",
      "",
      "https://www.example.go.th/ita/o1",
    ],
    ["มาตรการ ข", "ว", "กองคลัง", "ต.ค. 2565 - ก.ย. 2566", "ทำแล้ว", "", "ดูที่ www.example.go.th/ita."],
    ["มาตรการ ค", "ว", "กองคลัง", "ต.ค. 2565 - ก.ย. 2566", "ทำแล้ว", "", "รายงานการประชุม (ไม่มีลิงก์)"],
  ];

  it("prints a cell naming one web address as a hyperlink to it, its text as written", async () => {
    const spec = specOf(plan, "plan");
    const { first } = bodyRows(spec);
    const column = spec.blocks.find((b) => b.style === "tableBody")!.values[0].length - 1;
    const expected = [
      "https://www.example.go.th/ita/o1",
      "http://www.example.go.th/ita",
      undefined,
    ];

    const host = new FakeExcelHost();
    await inExcel(host)(async (context) => {
      await writeReportSheet(context, spec.sheetName, spec);
      await context.sync();
    });
    const paneCells = [0, 1, 2].map((r) =>
      host.sheet(spec.sheetName).cells.get(`${first + r},${column}`)!
    );
    expect(paneCells.map((cell) => cell.hyperlink)).toEqual(expected);
    expect(paneCells[0].format.underline).toBe("Single");
    expect(paneCells[1].value).toBe("ดูที่ www.example.go.th/ita.");

    const book = new ExcelJS.Workbook();
    const bytes = await reportWorkbookBytes(spec);
    await book.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    );
    const fileCells = [0, 1, 2].map((r) =>
      book.worksheets[0].getRow(first + r + 1).getCell(column + 1)
    );
    expect(fileCells.map((cell) => cell.hyperlink)).toEqual(expected);
    expect(fileCells[1].text).toBe("ดูที่ www.example.go.th/ita.");
    expect(fileCells[0].font?.underline).toBe(true);
  });
});

describe("the status chart of both rounds through both writers", () => {
  // Round 6 of the 200-measure plan: every other measure done now was still under way then.
  const plan = reportFixturePlan();
  const { measures } = analysePlan(
    { firstRow: 0, firstColumn: 0, values: plan },
    { today: new Date(Date.UTC(2023, 3, 2)) }
  ).plan;
  const roundSix = snapshotOf(measures, {
    fiscalYear: 2566,
    round: 6,
    takenOn: new Date(Date.UTC(2023, 3, 2)),
  });
  roundSix.measures.forEach((measure, index) => {
    if (measure.status === "done" && index % 2 === 0) measure.status = "in_progress";
  });
  const spec = reportSpecOf(plan, "status", { history: [roundSix] });

  it("draws a series per round, named and valued alike", async () => {
    const host = new FakeExcelHost();
    await inExcel(host)(async (context) => {
      await writeReportSheet(context, spec.summary.sheetName, spec.summary);
      await context.sync();
    });
    const sheet = spec.summary.sheetName;
    const chart = host.sheet(sheet).charts.find((c) => c.title?.startsWith("มาตรการจำแนก"))!;
    const figures = host.read(sheet, chart.source.split("!")[1]);
    const pane = {
      bars: chart.type,
      legend: chart.legendVisible,
      series: chart.series.map((series, index) => ({
        name: series.name,
        values: figures.slice(1).map((row) => row[index + 1]),
      })),
    };

    const xml = chartXmlTitled(await reportWorkbookBytes(spec), "มาตรการจำแนก");
    const file = {
      bars: xml.includes(CLUSTERED_COLUMNS) ? "ColumnClustered" : "other",
      legend: xml.includes("<c:legend>"),
      series: chartSeries(xml),
    };

    expect(pane).toEqual(file);
    expect(file.series.map((series) => series.name)).toEqual(["รอบ ๖ เดือน", "รอบ ๑๒ เดือน"]);
    // 200 measures ticked in turn done, under way, not started (67, 67, 66); the 34 done at an
    // even index (every sixth measure) were under way at round 6.
    expect(file.series.map((series) => series.values)).toEqual([
      [66, 101, 33],
      [66, 67, 67],
    ]);
  });
});
