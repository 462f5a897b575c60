// "บันทึกผลรอบนี้" in the pane: the result said under the button; a round already kept is asked
// about (with its date in the pane's language) and kept again only on the user's answer.
import { fireEvent, render, screen } from "@testing-library/react";
import type { SnapshotResult, WorkbookService } from "../../src/services/workbook-service";
import { SnapshotPanel } from "../../src/taskpane/components/SnapshotPanel";
import { TranslatorProvider } from "../../src/taskpane/i18n-context";
import { planCheck } from "./support/pane";

function setUp(language: "th" | "en", answers: SnapshotResult[]) {
  const calls: string[] = [];
  const service = {
    takeSnapshot: async (request: { planSheetId?: string; again?: boolean }) => {
      calls.push(`${request.planSheetId} again=${request.again}`);
      return answers.shift()!;
    },
  } as unknown as WorkbookService;
  render(
    <TranslatorProvider language={language}>
      <SnapshotPanel service={service} check={planCheck("แผน")} />
    </TranslatorProvider>
  );
  return calls;
}

const EXISTS: SnapshotResult = {
  kind: "exists",
  fiscalYear: 2570,
  round: 6,
  takenOn: "2027-03-31",
};
const TAKEN: SnapshotResult = {
  kind: "taken",
  sheet: "ประวัติรอบรายงาน ITA",
  fiscalYear: 2570,
  round: 6,
  measures: 1,
};

describe("keeping a round's results", () => {
  it("asks before keeping a round a second time, and keeps it on the answer", async () => {
    const calls = setUp("th", [EXISTS, TAKEN]);
    fireEvent.click(screen.getByRole("button", { name: "บันทึกผลรอบนี้" }));
    await screen.findByText(
      "รอบ 6 เดือน ปีงบประมาณ 2570 บันทึกไว้แล้วเมื่อ 31 มีนาคม 2570 จะบันทึกเพิ่มอีกชุดหรือไม่ (ชุดเดิมยังอยู่)"
    );
    expect(calls).toEqual(["{แผน} again=false"]);
    fireEvent.click(screen.getByRole("button", { name: "บันทึกเพิ่มอีกชุด" }));
    await screen.findByText(
      'บันทึกผลรอบ 6 เดือน ปีงบประมาณ 2570 (1 มาตรการ) ลงแผ่นงาน "ประวัติรอบรายงาน ITA" แล้ว'
    );
    expect(calls).toEqual(["{แผน} again=false", "{แผน} again=true"]);
    expect(screen.queryByRole("button", { name: "บันทึกเพิ่มอีกชุด" })).toBeNull();
  });

  it("says it in English, the date in the English form and the count in the singular", async () => {
    setUp("en", [EXISTS, TAKEN]);
    fireEvent.click(screen.getByRole("button", { name: "Keep this round's results" }));
    await screen.findByText(/^Round 6 of fiscal year 2570 was already kept on 31 March 2027\./);
    fireEvent.click(screen.getByRole("button", { name: "Keep another set" }));
    await screen.findByText(
      'Kept round 6 of fiscal year 2570 (1 measure) in sheet "ประวัติรอบรายงาน ITA"'
    );
  });
});
