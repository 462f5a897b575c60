import { webAddress } from "../../src/domain/report/cell-links";
import { analysePlan } from "../../src/domain/plan-analysis";
import type { CellValue } from "../../src/domain/plan-layout";
import { buildReport, ReportInput, reportSheetName } from "../../src/domain/report/report-spec";
import { planColumnsOf } from "../../src/domain/report/plan-capabilities";
import { reportDateFrom, reportSettingsFrom } from "../../src/domain/report/report-inputs";
import { rowHeight, wrappedLines } from "../../src/domain/report/row-heights";
import { scoreHistoryFrom } from "../../src/domain/scores-sheet";
import { EXPECTED_TEMPLATE_HEADER } from "../support/expected-plan";

const TODAY = new Date(Date.UTC(2026, 10, 22));

function planRow(measure: string, owner: string, status: 0 | 1 | 2): CellValue[] {
  const ticks = [false, false, false];
  ticks[status] = true;
  return [
    1,
    measure,
    "วิธี",
    owner,
    "ต.ค. 2569 - ก.ย. 2570",
    ...ticks,
    status === 2 ? "ทำแล้ว" : "",
    "",
    "", // planned budget
    1000,
  ];
}

function input(overrides: Partial<ReportInput> = {}, rows?: CellValue[][]): ReportInput {
  const values = [
    EXPECTED_TEMPLATE_HEADER,
    ...(rows ?? [
      planRow("จัดซื้อจัดจ้างโปร่งใส", "กองคลัง", 2),
      planRow("No Gift Policy", "สำนักปลัด", 1),
      planRow("อบรมจริยธรรม", "ทุกกอง", 0),
    ]),
  ];
  const analysis = analysePlan(
    { firstRow: 0, firstColumn: 0, values },
    { today: TODAY, fiscalYear: 2570 }
  );
  return {
    measures: analysis.plan.measures,
    columns: planColumnsOf(analysis.layout),
    findings: analysis.findings,
    settings: {
      organisation: "องค์การบริหารส่วนตำบลบ้านใหม่",
      district: "อำเภอเมือง",
      province: "นครราชสีมา",
      fiscalYear: 2570,
      round: 6,
      preparerName: "นายสมชาย ใจดี",
      preparerPosition: "นักวิเคราะห์นโยบายและแผน",
    },
    scores: { years: [], weights: { IIT: 30, EIT: 30, OIT: 40 } },
    options: { layout: "results", unit: null, thaiDigits: false },
    today: TODAY,
    ...overrides,
  };
}

function spec(overrides: Partial<ReportInput> = {}, rows?: CellValue[][]) {
  const outcome = buildReport(input(overrides, rows));
  if (outcome.kind !== "report") throw new Error(`refused: ${outcome.reason}`);
  return outcome.spec;
}

describe("the report spec", () => {
  it("titles the report with the organisation and the round's dates from the settings", () => {
    const titles = spec().blocks.filter((b) => b.style === "title" || b.style === "subtitle");
    // Round 6 reports progress; round 12 the year's results.
    expect(titles.flatMap((b) => b.values.flat())).toEqual([
      "รายงานความก้าวหน้าการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
      "องค์การบริหารส่วนตำบลบ้านใหม่ อำเภอเมือง จังหวัดนครราชสีมา",
      "ประจำปีงบประมาณ พ.ศ. 2570 (รอบ 6 เดือน ระหว่างวันที่ 1 ตุลาคม 2569 - 31 มีนาคม 2570)",
    ]);
  });

  it("goes with round 12 in the annual title, and signs under the report date given", () => {
    const base = input();
    const report = spec({
      settings: { ...base.settings, round: 12 },
      options: { layout: "annual", unit: null, thaiDigits: false },
      reportDate: new Date(Date.UTC(2027, 9, 5)),
    });
    expect(report.blocks.find((b) => b.style === "title")!.values[0][0]).toBe(
      "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี"
    );
    const signature = report.summary.blocks.find((b) => b.style === "signature")!.values.flat();
    expect(signature[3]).toBe("วันที่ 5 ตุลาคม 2570");
  });

  it("signs under the settings' report date when none is given, the date given winning", () => {
    const base = input();
    const settings = { ...base.settings, reportDate: new Date(Date.UTC(2027, 2, 31)) };
    const signatureOf = (overrides: Partial<ReportInput>) =>
      spec({
        settings,
        options: { layout: "results", unit: null, thaiDigits: false },
        ...overrides,
      })
        .summary.blocks.find((b) => b.style === "signature")!
        .values.flat()[3];
    expect(signatureOf({})).toBe("วันที่ 31 มีนาคม 2570");
    expect(signatureOf({ reportDate: new Date(Date.UTC(2027, 9, 5)) })).toBe("วันที่ 5 ตุลาคม 2570");
  });

  it.each<[CellValue, string | undefined]>([
    [46665, "2027-10-05"], // a date Excel recognised arrives as its serial number
    ["2027-10-05", "2027-10-05"],
    ["5/10/2570", "2027-10-05"],
    ["5/10/2027", "2027-10-05"],
    ["๕ ตุลาคม ๒๕๗๐", "2027-10-05"],
    ["5 ต.ค. 70", "2027-10-05"],
    ["31/2/2570", undefined],
    ["ต.ค. 2570", undefined], // a month is no day to sign on
    ["", undefined],
    [null, undefined],
  ])("reads the settings' report date %p", (value, expected) => {
    expect(reportDateFrom(value)?.toISOString().slice(0, 10)).toBe(expected);
    expect(
      reportSettingsFrom({ ITA_ReportDate: value }, 2570).reportDate?.toISOString().slice(0, 10)
    ).toBe(expected);
  });

  it("names its sheet for the year, round and unit, within Excel's 31 characters", () => {
    const settings = input().settings;
    expect(reportSheetName({ ...settings, round: 12 }, null)).toBe("รายงาน 2570 รอบ12");
    expect(reportSheetName(settings, "กองสาธารณสุขและสิ่งแวดล้อม").length).toBeLessThanOrEqual(31);
    // A unit typed with an apostrophe at the end (issue 17: ExcelJS refused the name).
    expect(reportSheetName({ ...settings, round: 12 }, "x'")).toBe("รายงาน 2570 รอบ12 x");
  });

  it("keeps a unit's own measures and those of every unit", () => {
    const body = spec({
      options: { layout: "results", unit: "กองคลัง", thaiDigits: false },
    }).blocks.find((b) => b.style === "tableBody")!;
    expect(body.values.map((row) => row[3])).toEqual(["กองคลัง", "ทุกกอง"]);
  });

  it("numbers measures in Thai digits on request and states the budget", () => {
    const report = spec({ options: { layout: "annual", unit: null, thaiDigits: true } });
    const body = report.blocks.find((b) => b.style === "tableBody")!;
    expect(body.values.map((row) => [row[0], row[3]])).toEqual([
      ["๑.", "๑,๐๐๐.๐๐"],
      ["๒.", "๑,๐๐๐.๐๐"],
      ["๓.", "๑,๐๐๐.๐๐"],
    ]);
    const text = report.summary.blocks.find((b) => b.style === "text")!.values.flat();
    expect(text[1]).toBe("งบประมาณที่ใช้ดำเนินการรวม ๓,๐๐๐.๐๐ บาท (๓ มาตรการที่ระบุงบประมาณ)");
  });

  it("tells last year's weak indicators in the summary, each with its measures numbered as in the table", () => {
    // 2569 for the plan of 2570: indicators 9 and 10 under 85, 9 the lowest.
    const history = scoreHistoryFrom(
      [["", "", 2569], ...[90, 88, 86, 91, 87, 87, 86, 88, 60, 75].map((s) => ["", "", s])],
      [["", "", ""]],
      [[30], [30], [40]]
    );
    const text = spec({ scores: history })
      .summary.blocks.filter((b) => b.style === "text")
      .flatMap((b) => b.values.flat());
    expect(text).toContain(
      "ผลการประเมินปี 2569 ตัวชี้วัดที่ได้คะแนนต่ำสุดคือ ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (60.00) " +
        "เครื่องมือและตัวชี้วัดที่ต่ำกว่าเกณฑ์ 85 คะแนน ได้แก่ OIT 67.50, ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (60.00), ตัวชี้วัดที่ 10 การป้องกันการทุจริต (75.00)"
    );
    // By their words: จัดซื้อจัดจ้างโปร่งใส (done) for disclosure, อบรมจริยธรรม (not started)
    // for prevention.
    expect(text).toContain(
      "- ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (60.00) มีมาตรการรองรับ 1 มาตรการ (มาตรการที่ 1) แล้วเสร็จ\u00a01\u00a0มาตรการ"
    );
    expect(text).toContain(
      "- ตัวชี้วัดที่ 10 การป้องกันการทุจริต (75.00) มีมาตรการรองรับ 1 มาตรการ (มาตรการที่ 3) ยังไม่ดำเนินการ\u00a01\u00a0มาตรการ"
    );
    // Both links are proposals: the plan states no indicator.
    expect(text).toContain("ตัวชี้วัดของมาตรการที่ 1, 3 จับคู่จากถ้อยคำของมาตรการ เนื่องจากแผนยังไม่ได้ระบุตัวชี้วัด");
    // Without an earlier year's scores, no analysis.
    expect(
      spec()
        .summary.blocks.flatMap((b) => b.values.flat())
        .join()
    ).not.toContain("ตัวชี้วัดที่");
  });

  it("puts nothing but the title and the table on the sheet whose header repeats", () => {
    const report = spec({});
    expect(report.print.titleRows).not.toBeNull();
    expect(new Set(report.blocks.map((b) => b.style))).toEqual(
      new Set(["title", "subtitle", "tableHeader", "tableBody"])
    );
    expect(report.charts).toEqual([]);
    const body = report.blocks.find((b) => b.style === "tableBody")!;
    expect(report.print.area.rowCount).toBe(body.row + body.values.length);
    expect(report.summary.print.titleRows).toBeNull();
    expect(report.summary.sheetName).toBe(`สรุป${report.sheetName}`);
  });

  it("places the charts below the signature on pages of their own, inside the print area, their figures outside it", () => {
    const history = scoreHistoryFrom(
      [["", "", 2569, 2570], ...Array.from({ length: 10 }, (_, i) => ["", "", 80 + i, 85 + i])],
      [["", "", 2569, 2570].map((_, c) => (c === 3 ? 91 : ""))],
      [[30], [30], [40]]
    );
    const full = spec({ scores: history });
    const report = full.summary;
    const signature = report.blocks.find((b) => b.style === "signature")!;
    // The ten indicators' bars have a page of their own; the others go two to a page.
    expect(report.charts.map((chart) => chart.kind)).toEqual([
      "tools",
      "trend",
      "status",
      "indicators",
    ]);
    const starts = report.print.pageBreaksBefore;
    for (const chart of report.charts) {
      expect(chart.position.row).toBeGreaterThan(signature.row + 3);
      const { row, rowCount } = chart.position;
      // No page break inside a chart: each is printed whole.
      expect(starts.filter((start) => start > row && start < row + rowCount)).toEqual([]);
      expect(chart.position.row + chart.position.rowCount).toBeLessThanOrEqual(
        report.print.area.rowCount
      );
      expect(chart.position.column + chart.position.columnCount).toBeLessThanOrEqual(
        report.print.area.columnCount
      );
      expect(chart.data.column).toBeGreaterThanOrEqual(report.print.area.columnCount);
    }
    expect(report.charts[3].markedPoint).toBe(0);
    expect(full.scoreWarnings).toEqual([
      { year: 2570, warning: { code: "stated_differs", params: { stated: 91, computed: 90.8 } } },
    ]);
  });

  it("draws the pass line only for years judged pass/fail, names the lowest, in Thai digits", () => {
    const history = (year: number) =>
      scoreHistoryFrom(
        [["", "", year], ...Array.from({ length: 10 }, (_, i) => ["", "", 90 - i])],
        [["", "", ""]],
        [[30], [30], [40]]
      );
    const graded = spec({ scores: history(2565) }).summary.charts;
    expect(graded[0].passLine).toBeUndefined();
    const judged = spec({
      scores: history(2569),
      options: { layout: "results", unit: null, thaiDigits: true },
    }).summary.charts;
    expect(judged[0].passLine?.name).toBe("เกณฑ์ผ่าน ๘๕ คะแนน");
    expect(judged.find((chart) => chart.kind === "indicators")!.title).toBe(
      "คะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. ๒๕๖๙ (สีแดง: ต่ำสุด ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต)"
    );
  });

  it("refuses a plan missing required columns, with the findings", () => {
    const outcome = buildReport({
      ...input(),
      findings: [
        {
          severity: "error",
          code: "missing_column",
          cell: null,
          row: null,
          params: { column: "status" },
        },
      ],
    });
    expect(outcome).toMatchObject({ kind: "refused", reason: "plan_errors" });
  });
});

describe("row heights", () => {
  it("count wrapped lines without Thai marks above and below the line", () => {
    expect(wrappedLines("กิ่ง".repeat(10), 11)).toBe(wrappedLines("กง".repeat(10), 11));
    expect(wrappedLines("บรรทัดหนึ่ง\nบรรทัดสอง", 40)).toBe(2);
  });

  it("break Thai text between its words, as renderers do, not only at its spaces", () => {
    // The run after the space fills the first line's rest instead of starting a line of its own.
    expect(wrappedLines("การประชุม ประชาชนมีส่วนร่วมในการตรวจสอบการดำเนินงานของหน่วยงาน", 36)).toBe(2);
  });

  it("grow with the longest cell and stop at Excel's 409 points", () => {
    expect(rowHeight(["สั้น", "ยาว ".repeat(40)], [10, 20], 14)).toBeGreaterThan(
      rowHeight(["สั้น"], [10], 14)
    );
    expect(rowHeight(["ก".repeat(10_000)], [10], 14)).toBe(409);
  });
});

describe("evidence links", () => {
  it("link a cell to the one web address it names, never to one of several", () => {
    expect(webAddress("https://a.go.th/x?y=1")).toBe("https://a.go.th/x?y=1");
    expect(webAddress("ดูที่ www.a.go.th/ita)")).toBe("http://www.a.go.th/ita");
    expect(webAddress("https://a.go.th/1 และ https://a.go.th/2")).toBeNull();
    expect(webAddress("รายงานการประชุม")).toBeNull();
  });
});
