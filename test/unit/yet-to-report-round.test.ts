// At round 12 a division has "no report for the round" on a measure not done whose result is
// still the one the round-6 snapshot kept; measures are matched by text as the since-round lines
// match them. Without a round-6 snapshot any result counts, as before.
import type { MeasureRow } from "../../src/domain/plan-reading";
import type { RoundSnapshot } from "../../src/domain/plan/history-blocks";
import { summariseProgress, unitsYetToReport } from "../../src/domain/progress";
import type { Status } from "../../src/domain/plan-columns";

const TODAY = new Date(Date.UTC(2027, 8, 20));

function measure(text: string, owner: string, result: string, status?: Status): MeasureRow {
  return {
    row: 1,
    sourceRows: [1],
    text: { owner, result, measure: text, period: "" },
    raw: {},
    ticked: status ? [status] : [],
    unreadableStatus: [],
  } as unknown as MeasureRow;
}

const ROUND_SIX: RoundSnapshot = {
  fiscalYear: 2570,
  round: 6,
  takenOn: new Date(Date.UTC(2027, 2, 31)),
  measures: [
    { measure: "1. เผยแพร่แผน", status: "in_progress", result: "ร่างแผนแล้ว", budget: null },
    { measure: "2. อบรมคุณธรรม", status: "in_progress", result: "จัดแล้ว 1 ครั้ง", budget: null },
    { measure: "3. ตั้งจุดรับเรื่อง", status: "in_progress", result: "เตรียมสถานที่", budget: null },
  ],
};

const PLAN = [
  // Renumbered and respaced, the same measure; its result unchanged since round 6.
  measure("เผยแพร่  แผน", "กองคลัง", "ร่างแผนแล้ว", "in_progress"),
  // A new result for round 12.
  measure("2. อบรมคุณธรรม", "กองคลัง", "จัดแล้ว 2 ครั้ง", "in_progress"),
  // Unchanged but done: its result stands for the round.
  measure("3. ตั้งจุดรับเรื่อง", "กองช่าง", "เตรียมสถานที่", "done"),
  // Added after round 6, with a result.
  measure("4. ประเมินผล", "กองช่าง", "ประเมินแล้ว", "in_progress"),
  // No result at all.
  measure("5. สำรวจความเห็น", "สำนักปลัด", "", "not_started"),
];

describe("units yet to report for the round", () => {
  it("at round 12 counts a result unchanged since round 6 on a measure not done as no report", () => {
    const progress = summariseProgress(PLAN, TODAY, 2570, true, ROUND_SIX);
    expect(progress.reportRound).toBe(12);
    expect(unitsYetToReport(progress)).toEqual([
      { owner: "กองคลัง", missing: 1 },
      { owner: "สำนักปลัด", missing: 1 },
    ]);
    // The count of results written is the sheet's, whatever the round.
    expect(progress.withResult).toBe(4);
  });

  it("without a round-6 snapshot counts only measures with no result", () => {
    const progress = summariseProgress(PLAN, TODAY, 2570, true);
    expect(progress.reportRound).toBeNull();
    expect(unitsYetToReport(progress)).toEqual([{ owner: "สำนักปลัด", missing: 1 }]);
  });
});
