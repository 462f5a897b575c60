// Plans that report results and have no status ticks (most real ones, seeds 001 and 002): they
// validate, make every layout but the status one, and nothing speaks of done/not started.
import { buildMemo, defaultMemoFields } from "../../src/domain/memo-spec";
import { analysePlan } from "../../src/domain/plan-analysis";
import type { CellValue } from "../../src/domain/plan-layout";
import {
  defaultLayout,
  layoutsFor,
  planColumnsOf,
} from "../../src/domain/report/plan-capabilities";
import { snapshotOf } from "../../src/domain/plan/round-snapshot";
import { buildReport, ReportInput } from "../../src/domain/report/report-spec";
import type { ReportLayout } from "../../src/domain/report/types";
import { pastedSeedTables, SEEDS, WANGSAPHUNG_SETTINGS } from "../support/seed-paste";

const TODAY = new Date(Date.UTC(2026, 10, 22));
const SETTINGS = WANGSAPHUNG_SETTINGS;

function seedInput(seed: string, layout: ReportLayout): ReportInput {
  const values = pastedSeedTables(seed)[0];
  const analysis = analysePlan({ firstRow: 0, firstColumn: 0, values }, { today: TODAY });
  return {
    measures: analysis.plan.measures,
    columns: planColumnsOf(analysis.layout),
    findings: analysis.findings,
    settings: SETTINGS,
    scores: { years: [], weights: { IIT: 30, EIT: 30, OIT: 40 } },
    options: { layout, unit: null, thaiDigits: true },
    today: TODAY,
  };
}

const allText = (values: (string | number)[][]) => values.flat().join(" ");

describe.each([SEEDS.wangsaphung, SEEDS.memo])("seed %s as pasted (no status columns)", (seed) => {
  it("validates without errors and can make every layout but the status one", () => {
    const input = seedInput(seed, "plan");
    expect(input.findings.filter((finding) => finding.severity === "error")).toEqual([]);
    expect(layoutsFor(input.columns)).toEqual(["results", "annual", "plan"]);
    expect(defaultLayout(input.columns)).toBe("plan");
  });

  it.each(["results", "annual", "plan"] as const)("gives the %s layout", (layout) => {
    const outcome = buildReport(seedInput(seed, layout));
    if (outcome.kind !== "report") throw new Error(`refused: ${outcome.reason}`);
    const spec = outcome.spec;
    expect(spec.included).toBe(seedInput(seed, layout).measures.length);
    const text = spec.summary.blocks
      .filter((b) => b.style === "text")
      .flatMap((b) => b.values.flat());
    expect(text[0]).toMatch(/^มาตรการทั้งหมด [๐-๙]+ มาตรการ รายงานผลการดำเนินการแล้ว [๐-๙]+ มาตรการ/);
    const everything = allText([...spec.blocks, ...spec.summary.blocks].flatMap((b) => b.values));
    expect(everything).not.toMatch(/แล้วเสร็จ|ยังไม่ดำเนินการ|อยู่ระหว่างดำเนินการ/);
    expect(spec.summary.charts.map((chart) => chart.title)).toEqual([
      "มาตรการที่รายงานผลการดำเนินการแล้ว",
    ]);
  });

  it("leaves out of the annual layout the columns the plan has nothing for", () => {
    const outcome = buildReport(seedInput(seed, "annual"));
    if (outcome.kind !== "report") throw new Error(`refused: ${outcome.reason}`);
    // Seed 001 has no budget, problems or recommendations: no column printed blank or "-".
    const header = outcome.spec.blocks.find((b) => b.style === "tableHeader")!.values[0];
    expect(header).toEqual(["ที่", "มาตรการ/โครงการ/กิจกรรม", "ผลการดำเนินการ"]);
  });

  it("refuses the status layout, saying why", () => {
    expect(buildReport(seedInput(seed, "status"))).toEqual({
      kind: "refused",
      reason: "no_status_column",
      findings: [],
    });
  });

  it("prints the plan's own recognised columns, in its order, under its own headers", () => {
    const input = seedInput(seed, "plan");
    const outcome = buildReport(input);
    if (outcome.kind !== "report") throw new Error("refused");
    const header = outcome.spec.blocks.find((b) => b.style === "tableHeader")!.values[0];
    const printed = input.columns.filter((column) => column.key !== "number");
    expect(header.slice(1)).toEqual(printed.map((column) => column.header));
  });

  it("writes a memo whose facts count reported results, not statuses", () => {
    const input = seedInput(seed, "plan");
    const memo = buildMemo(defaultMemoFields(SETTINGS, TODAY), input.measures, SETTINGS, {
      thaiDigits: false,
      layout: "status",
      columns: input.columns,
    });
    const facts = memo.sections[1].paragraphs.join(" ");
    expect(facts).toMatch(/รายงานผลการดำเนินการแล้ว \d+ มาตรการ/);
    expect(facts).not.toMatch(/แล้วเสร็จ|ยังไม่ดำเนินการ/);
    // The status layout cannot be filled without status: the plan's own columns are attached.
    expect(memo.attachment.headers.slice(1)).toEqual(
      input.columns.filter((column) => column.key !== "number").map((column) => column.header)
    );
  });
});

describe("a plan with status columns", () => {
  it("still makes all four layouts, the results layout by default", () => {
    const values: CellValue[][] = pastedSeedTables(SEEDS.ayutthaya).find((table) =>
      table.some((row) => row.some((cell) => String(cell).includes("สถานะ")))
    )!;
    const analysis = analysePlan({ firstRow: 0, firstColumn: 0, values }, { today: TODAY });
    const columns = planColumnsOf(analysis.layout);
    expect(layoutsFor(columns)).toEqual(["status", "results", "annual", "plan"]);
    expect(defaultLayout(columns)).toBe("results");
  });
});

describe("status columns with measures not ticked yet (a results report tidied)", () => {
  const statusHeader = [
    ...["มาตรการ", "วิธีดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา"],
    ...["ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ", "ดำเนินการแล้วเสร็จ", "ผลการดำเนินการ"],
  ];
  const row = (name: string, ticks: boolean[], result = ""): CellValue[] => [
    name,
    "วิธี",
    "กองคลัง",
    "ต.ค. 2565 - ก.ย. 2566",
    ...ticks,
    result,
  ];
  const report = (rows: CellValue[][]) => {
    const analysis = analysePlan(
      { firstRow: 0, firstColumn: 0, values: [statusHeader, ...rows] },
      { today: TODAY, fiscalYear: 2566 }
    );
    const outcome = buildReport({
      ...seedInput(SEEDS.wangsaphung, "status"),
      measures: analysis.plan.measures,
      columns: planColumnsOf(analysis.layout),
      findings: analysis.findings,
    });
    if (outcome.kind !== "report") throw new Error(`refused: ${outcome.reason}`);
    const text = outcome.spec.summary.blocks.filter((b) => b.style === "text");
    return {
      findings: analysis.findings,
      included: outcome.spec.included,
      first: text[0].values[0][0],
    };
  };

  it("reminds to tick, reports every measure, and names the unticked in the counts", () => {
    const made = report([
      row("ม1", [false, false, true], "ทำแล้ว"),
      row("ม2", [false, false, false]),
    ]);
    expect(made.findings.map((f) => `${f.severity}:${f.code}@${f.cell}`)).toEqual([
      "warning:no_status@E3",
    ]);
    expect(made.included).toBe(2);
    expect(made.first).toBe(
      "มาตรการทั้งหมด ๒ มาตรการ ดำเนินการแล้วเสร็จ ๑ มาตรการ (ร้อยละ ๕๐) อยู่ระหว่างดำเนินการ ๐ มาตรการ " +
        "ยังไม่ดำเนินการ ๐ มาตรการ ยังไม่ระบุสถานะ ๑ มาตรการ"
    );
  });

  it("counts the reported results when nothing is ticked at all", () => {
    const made = report([
      row("ม1", [false, false, false], "ทำแล้ว"),
      row("ม2", [false, false, false]),
    ]);
    expect(made.included).toBe(2);
    expect(made.first).toMatch(/^มาตรการทั้งหมด ๒ มาตรการ รายงานผลการดำเนินการแล้ว ๑ มาตรการ/);
  });

  it("tells last year's weak points in the memo by reported results when nothing is ticked, as the report does", () => {
    const values = [
      statusHeader,
      row("เผยแพร่ข้อมูลการจัดซื้อจัดจ้างทางเว็บไซต์", [false, false, false], "ประกาศแล้ว"),
      row("ประชุมประจำเดือน", [false, false, false]),
    ];
    const analysis = analysePlan(
      { firstRow: 0, firstColumn: 0, values },
      { today: TODAY, fiscalYear: 2566 }
    );
    const scores = {
      years: [{ year: 2565, indicators: [90, 90, 90, 90, 90, 90, 90, 90, 70, 90], stated: null }],
      weights: { IIT: 30, EIT: 30, OIT: 40 },
    };
    const memo = buildMemo(defaultMemoFields(SETTINGS, TODAY), analysis.plan.measures, SETTINGS, {
      thaiDigits: false,
      layout: "results",
      columns: planColumnsOf(analysis.layout),
      scores,
    });
    expect(memo.sections[0].items).toEqual([
      "- ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (70.00) มีมาตรการรองรับ 1 มาตรการ (มาตรการที่ 1) รายงานผลแล้ว\u00a01\u00a0มาตรการ",
      "ตัวชี้วัดของมาตรการที่ 1 จับคู่จากถ้อยคำของมาตรการ เนื่องจากแผนยังไม่ได้ระบุตัวชี้วัด",
    ]);
    const outcome = buildReport({
      ...seedInput(SEEDS.wangsaphung, "results"),
      measures: analysis.plan.measures,
      columns: planColumnsOf(analysis.layout),
      findings: analysis.findings,
      scores,
    });
    if (outcome.kind !== "report") throw new Error(`refused: ${outcome.reason}`);
    const summary = outcome.spec.summary.blocks.flatMap((block) => block.values.flat());
    expect(summary).toContain(
      "- ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล (๗๐.๐๐) มีมาตรการรองรับ ๑ มาตรการ (มาตรการที่ ๑) รายงานผลแล้ว\u00a0๑\u00a0มาตรการ"
    );
  });
});

describe("the weak points in a unit's report", () => {
  it("names the measures by the numbers the table prints, their own", () => {
    const header = ["มาตรการ", "วิธีดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา", "ผลการดำเนินการ"];
    const values: CellValue[][] = [
      header,
      ["(๑) ประชุมประจำเดือน", "วิธี", "กองคลัง", "ต.ค. 2565 - ก.ย. 2566", "ประชุมแล้ว"],
      ["(๒) อบรมจริยธรรม", "วิธี", "สำนักปลัด", "ต.ค. 2565 - ก.ย. 2566", ""],
      ["(๓) เผยแพร่ข้อมูลการจัดซื้อจัดจ้างทางเว็บไซต์", "วิธี", "กองคลัง", "ต.ค. 2565 - ก.ย. 2566", ""],
    ];
    const analysis = analysePlan(
      { firstRow: 0, firstColumn: 0, values },
      { today: TODAY, fiscalYear: 2566 }
    );
    const input = seedInput(SEEDS.wangsaphung, "results");
    const outcome = buildReport({
      ...input,
      measures: analysis.plan.measures,
      columns: planColumnsOf(analysis.layout),
      findings: analysis.findings,
      scores: {
        years: [{ year: 2565, indicators: [90, 90, 90, 90, 90, 90, 90, 90, 70, 90], stated: null }],
        weights: { IIT: 30, EIT: 30, OIT: 40 },
      },
      options: { ...input.options, unit: "กองคลัง" },
    });
    if (outcome.kind !== "report") throw new Error(`refused: ${outcome.reason}`);
    const table = outcome.spec.blocks.filter((block) => block.style !== "tableHeader");
    expect(allText(table.map((block) => block.values.flat()))).toContain("(๓) เผยแพร่");
    const summary = outcome.spec.summary.blocks.flatMap((block) => block.values.flat());
    expect(summary).toContain(
      "- ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล (๗๐.๐๐) มีมาตรการรองรับ ๑ มาตรการ (มาตรการที่ ๓) ยังไม่รายงานผล\u00a0๑\u00a0มาตรการ"
    );
  });
});

describe("the round-12 report of a plan without status, with a round-6 snapshot", () => {
  it("charts the reported results of both rounds side by side", () => {
    const input = seedInput(SEEDS.wangsaphung, "results");
    // At round 6 the first two measures had no result yet.
    const roundSix = snapshotOf(
      input.measures.map((measure, index) =>
        index < 2 ? { ...measure, text: { ...measure.text, result: "" } } : measure
      ),
      { fiscalYear: 2566, round: 6, takenOn: new Date(Date.UTC(2023, 3, 2)) }
    );
    const outcome = buildReport({ ...input, history: [roundSix] });
    if (outcome.kind !== "report") throw new Error(`refused: ${outcome.reason}`);
    const chart = outcome.spec.summary.charts.find((candidate) => candidate.kind === "status")!;
    const figures = outcome.spec.summary.blocks.find(
      (block) => block.style === "chartData" && block.row === chart.data.row
    )!.values;
    const count = input.measures.length;
    expect(chart.type).toBe("ColumnClustered");
    expect(chart.title).toBe("มาตรการที่รายงานผลการดำเนินการแล้ว รอบ ๖ เดือนและรอบ ๑๒ เดือน");
    expect(figures).toEqual([
      ["ผลการดำเนินการ", "รอบ ๖ เดือน", "รอบ ๑๒ เดือน"],
      ["รายงานผลแล้ว", count - 2, count],
      ["ยังไม่รายงานผล", 2, 0],
    ]);
  });
});
