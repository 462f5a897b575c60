// The track step names the units that still have measures without a result (a shared workbook's
// divisions fill the same plan): most missing first, each unit of a shared measure counted.
import { render, screen } from "@testing-library/react";
import { analysePlan } from "../../src/domain/plan-analysis";
import { summariseProgress } from "../../src/domain/progress";
import { ProgressView } from "../../src/taskpane/components/ProgressView";
import { TranslatorProvider } from "../../src/taskpane/i18n-context";

const TODAY = new Date(Date.UTC(2026, 10, 22));

function progressOf(rows: [string, string, string][]) {
  const values = [["มาตรการ", "วิธีดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา", "ผลการดำเนินการ"]].concat(
    rows.map(([measure, owner, result]) => [measure, "วิธี", owner, "ต.ค. 2569 - ก.ย. 2570", result])
  );
  const analysis = analysePlan({ firstRow: 0, firstColumn: 0, values }, { today: TODAY });
  return summariseProgress(analysis.plan.measures, TODAY, 2570, false);
}

function shown(language: "th" | "en", rows: [string, string, string][]) {
  render(
    <TranslatorProvider language={language}>
      <ProgressView progress={progressOf(rows)} />
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
});
