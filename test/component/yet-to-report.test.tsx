// The track step names the units that still have measures without a result (a shared workbook's
// divisions fill the same plan): most missing first, each unit of a shared measure counted.
import { render, screen } from "@testing-library/react";
import { analysePlan } from "../../src/domain/plan-analysis";
import type { RoundSnapshot } from "../../src/domain/plan/history-blocks";
import { summariseProgress } from "../../src/domain/progress";
import { ProgressView } from "../../src/taskpane/components/ProgressView";
import { TranslatorProvider } from "../../src/taskpane/i18n-context";

const TODAY = new Date(Date.UTC(2026, 10, 22));

function progressOf(rows: [string, string, string][], roundSix?: RoundSnapshot) {
  const values = [["มาตรการ", "วิธีดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา", "ผลการดำเนินการ"]].concat(
    rows.map(([measure, owner, result]) => [measure, "วิธี", owner, "ต.ค. 2569 - ก.ย. 2570", result])
  );
  const analysis = analysePlan({ firstRow: 0, firstColumn: 0, values }, { today: TODAY });
  return summariseProgress(analysis.plan.measures, TODAY, 2570, false, roundSix);
}

function shown(language: "th" | "en", rows: [string, string, string][], roundSix?: RoundSnapshot) {
  render(
    <TranslatorProvider language={language}>
      <ProgressView progress={progressOf(rows, roundSix)} />
    </TranslatorProvider>
  );
}

describe("units yet to report", () => {
  it("lists each unit with measures still without a result, most missing first", () => {
    shown("th", [
      ["ม1", "กองคลัง", "ทำแล้ว"],
      ["ม2", "กองคลัง", ""],
      ["ม3", "1. กองช่าง 2. สำนักปลัด", ""],
      ["ม4", "กองช่าง", ""],
    ]);
    const items = screen.getByTestId("yet-to-report").querySelectorAll("li");
    expect([...items].map((item) => item.textContent)).toEqual([
      "กองช่าง: ยังไม่กรอกผลการดำเนินการ 2 มาตรการ",
      "กองคลัง: ยังไม่กรอกผลการดำเนินการ 1 มาตรการ",
      "สำนักปลัด: ยังไม่กรอกผลการดำเนินการ 1 มาตรการ",
    ]);
  });

  it("says when every unit has reported, in English too", () => {
    shown("en", [
      ["ม1", "กองคลัง", "ทำแล้ว"],
      ["ม2", "กองช่าง", "ทำแล้ว"],
    ]);
    expect(
      screen.getByText("Every unit has written a result for each of its measures")
    ).toBeTruthy();
    expect(screen.queryByTestId("yet-to-report")).toBeNull();
  });

  /** Round 6 kept กองคลัง's result on ม1 and กองช่าง's on ม2. */
  const ROUND_SIX: RoundSnapshot = {
    fiscalYear: 2570,
    round: 6,
    takenOn: new Date(Date.UTC(2027, 2, 31)),
    measures: [
      { measure: "ม1", status: null, result: "ร่างแผนแล้ว", budget: null },
      { measure: "ม2", status: null, result: "จัดอบรมแล้ว", budget: null },
    ],
  };

  it("at round 12 names the units whose results are still round 6's, for the round", () => {
    shown(
      "th",
      [
        ["ม1", "กองคลัง", "ร่างแผนแล้ว"],
        ["ม2", "กองช่าง", "จัดอบรมครั้งที่ 2 แล้ว"],
      ],
      ROUND_SIX
    );
    expect(screen.getByText("หน่วยงานที่ยังรายงานผลรอบ 12 เดือนไม่ครบ")).toBeTruthy();
    const items = screen.getByTestId("yet-to-report").querySelectorAll("li");
    expect([...items].map((item) => item.textContent)).toEqual([
      "กองคลัง: ยังไม่รายงานผลรอบ 12 เดือน 1 มาตรการ",
    ]);
  });

  it("says every unit has reported for round 12 in English when each result is new", () => {
    shown(
      "en",
      [
        ["ม1", "กองคลัง", "ประกาศแผนแล้ว"],
        ["ม2", "กองช่าง", "จัดอบรมครั้งที่ 2 แล้ว"],
      ],
      ROUND_SIX
    );
    expect(
      screen.getByText("Every unit has reported on each of its measures for round 12")
    ).toBeTruthy();
  });
});
