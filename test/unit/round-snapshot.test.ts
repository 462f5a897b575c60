// Round snapshots: kept as blocks of the history sheet, read back as written (notes between
// blocks passed over), and the round-12 report's lines on what changed since round 6.
import { analysePlan } from "../../src/domain/plan-analysis";
import type { CellValue } from "../../src/domain/plan-layout";
import {
  changesSince,
  latestSnapshot,
  readSnapshots,
  snapshotOf,
  snapshotRows,
} from "../../src/domain/plan/round-snapshot";
import { planColumnsOf } from "../../src/domain/report/plan-capabilities";
import { buildReport } from "../../src/domain/report/report-spec";
import { EXPECTED_TEMPLATE_HEADER } from "../support/expected-plan";

const TODAY = new Date(Date.UTC(2027, 9, 5));

// The template's columns: number, measure, method, owner, period, three ticks, result, outcome,
// planned budget, budget used.
function planRow(measure: string, status: 0 | 1 | 2, result = ""): CellValue[] {
  const ticks = [0, 1, 2].map((index) => index === status);
  return ["", measure, "วิธี", "กองคลัง", "ต.ค. 2569 - ก.ย. 2570", ...ticks, result, "", "", 1000];
}

function analysed(rows: CellValue[][]) {
  return analysePlan(
    { firstRow: 0, firstColumn: 0, values: [EXPECTED_TEMPLATE_HEADER, ...rows] },
    { today: TODAY, fiscalYear: 2570 }
  );
}

const ROUND_SIX = analysed([
  planRow("๑. จัดซื้อจัดจ้างโปร่งใส", 1),
  planRow("๒. No Gift Policy", 2, "ประกาศแล้ว"),
  planRow("๓. อบรมจริยธรรม", 0),
]).plan.measures;
const TAKEN = new Date(Date.UTC(2027, 2, 31));

describe("the history sheet", () => {
  it("reads back each block as written, notes and blank rows between blocks passed over", () => {
    const six = snapshotOf(ROUND_SIX, { fiscalYear: 2570, round: 6, takenOn: TAKEN });
    const sheet = [
      ...snapshotRows(six),
      [""],
      ["หมายเหตุ: ส่งรายงานรอบ ๖ เดือนแล้ว"],
      ...snapshotRows({ ...six, round: 12, takenOn: TODAY }),
    ];
    const read = readSnapshots(sheet);
    expect(read).toEqual([six, { ...six, round: 12, takenOn: TODAY }]);
    expect(read[0].measures.map((m) => m.status)).toEqual(["in_progress", "done", "not_started"]);
  });

  it("takes the latest of two snapshots of the same round, the earlier kept", () => {
    const first = snapshotOf(ROUND_SIX, { fiscalYear: 2570, round: 6, takenOn: TAKEN });
    const again = { ...first, takenOn: new Date(Date.UTC(2027, 3, 2)) };
    const read = readSnapshots([...snapshotRows(first), [""], ...snapshotRows(again)]);
    expect(read).toHaveLength(2);
    expect(latestSnapshot(read, 2570, 6)?.takenOn).toEqual(again.takenOn);
    expect(latestSnapshot(read, 2569, 6)).toBeUndefined();
  });
});

describe("since round 6", () => {
  const now = analysed([
    planRow("1) จัดซื้อจัดจ้าง โปร่งใส", 2, "เผยแพร่แผนจัดซื้อแล้ว"), // renumbered, spaced
    planRow("๒. No Gift Policy", 2, "ประกาศแล้ว"),
    planRow("๓. อบรมจริยธรรม", 1, "อบรมรุ่นแรกแล้ว"),
    planRow("๔. เปิดเผยข้อมูลสาธารณะ", 0),
  ]);
  const six = snapshotOf(ROUND_SIX, { fiscalYear: 2570, round: 6, takenOn: TAKEN });

  it("names the measures finished and the results added, matched by their text", () => {
    expect(changesSince(six, now.plan.measures)).toMatchObject({
      finished: ["1) จัดซื้อจัดจ้าง โปร่งใส"],
      resultsAdded: ["1) จัดซื้อจัดจ้าง โปร่งใส", "๓. อบรมจริยธรรม"],
      added: ["๔. เปิดเผยข้อมูลสาธารณะ"],
    });
  });

  const report = (round: 6 | 12, thaiDigits = true, history = [six]) => {
    const outcome = buildReport({
      measures: now.plan.measures,
      columns: planColumnsOf(now.layout),
      findings: now.findings,
      settings: {
        organisation: "อบต.บ้านใหม่",
        district: "เมือง",
        province: "เลย",
        fiscalYear: 2570,
        round,
        preparerName: "",
        preparerPosition: "",
      },
      scores: { years: [], weights: { IIT: 30, EIT: 30, OIT: 40 } },
      options: { layout: "results", unit: null, thaiDigits },
      today: TODAY,
      history,
    });
    if (outcome.kind !== "report") throw new Error(outcome.reason);
    return outcome.spec;
  };
  const summaryText = (round: 6 | 12) =>
    report(round)
      .summary.blocks.filter((block) => block.style === "text")
      .flatMap((block) => block.values.flat().map(String));

  /** The status chart and the figures it draws. */
  const statusChartOf = (spec: ReturnType<typeof report>) => {
    const chart = spec.summary.charts.find((candidate) => candidate.kind === "status")!;
    const figures = spec.summary.blocks.find(
      (block) => block.style === "chartData" && block.row === chart.data.row
    )!;
    return { chart, figures: figures.values };
  };

  it("puts the changes in the round-12 report's summary", () => {
    expect(summaryText(12)).toEqual(
      expect.arrayContaining([
        "เทียบกับรอบ ๖ เดือน (บันทึกผลเมื่อ ๓๑ มีนาคม ๒๕๗๐): ดำเนินการแล้วเสร็จเพิ่ม ๑ มาตรการ " +
          "รายงานผลการดำเนินการเพิ่ม ๒ มาตรการ",
        "- แล้วเสร็จตั้งแต่รอบก่อน: ๑) จัดซื้อจัดจ้าง โปร่งใส",
        "- รายงานผลเพิ่มตั้งแต่รอบก่อน: ๑) จัดซื้อจัดจ้าง โปร่งใส; ๓. อบรมจริยธรรม",
      ])
    );
  });

  it("says nothing of it in the round-6 report", () => {
    expect(summaryText(6).join(" ")).not.toContain("เทียบกับรอบ");
  });

  it("shows round 6 and round 12 side by side in the round-12 report's status chart", () => {
    const { chart, figures } = statusChartOf(report(12, false));
    expect(chart).toMatchObject({
      type: "ColumnClustered",
      title: "มาตรการจำแนกตามสถานะการดำเนินการ รอบ 6 เดือนและรอบ 12 เดือน",
      data: { rowCount: 4, columnCount: 3 },
    });
    // Round 6 counts the three measures it knew (the fourth was added since); round 12 all four.
    expect(figures).toEqual([
      ["สถานะ", "รอบ 6 เดือน", "รอบ 12 เดือน"],
      ["ยังไม่ดำเนินการ", 1, 1],
      ["อยู่ระหว่างดำเนินการ", 1, 1],
      ["ดำเนินการแล้วเสร็จ", 1, 2],
    ]);
  });

  it("names the rounds in Thai digits when they are chosen", () => {
    const { chart, figures } = statusChartOf(report(12, true));
    expect(figures[0]).toEqual(["สถานะ", "รอบ ๖ เดือน", "รอบ ๑๒ เดือน"]);
    expect(chart.title).toBe("มาตรการจำแนกตามสถานะการดำเนินการ รอบ ๖ เดือนและรอบ ๑๒ เดือน");
    expect(chart.labelFormat).toBe("[$-D00041E]0");
  });

  it("keeps the one-round doughnut in the round-6 report and without a round-6 snapshot", () => {
    const twelveKept = { ...six, round: 12 as const };
    for (const spec of [report(6), report(12, true, []), report(12, true, [twelveKept])]) {
      const { chart, figures } = statusChartOf(spec);
      expect(chart).toMatchObject({ type: "Doughnut", data: { columnCount: 2 } });
      expect(figures[0]).toEqual(["สถานะ", "จำนวนมาตรการ"]);
    }
  });
});
