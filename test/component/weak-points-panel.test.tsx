// The scores step's analysis in the pane: last year's weak indicators, each measure with how far
// it is and whether its link is the plan's or a proposal, a proposal confirmed by the user's
// click only, a gap answered with a row to type in, and "no scores yet" said plainly.
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { computeScores } from "../../src/domain/scores";
import { analyseScores } from "../../src/domain/scores/score-analysis";
import type { WeakPointsView, WorkbookService } from "../../src/services/workbook-service";
import { WorkbookError } from "../../src/services/workbook-service";
import { WeakPointsPanel } from "../../src/taskpane/components/WeakPointsPanel";
import { TranslatorProvider } from "../../src/taskpane/i18n-context";

const VIEW: WeakPointsView = {
  sheetId: "{plan}",
  analysis: analyseScores(computeScores(2569, [90, 88, 86, 91, 87, 87, 86, 88, 60, 75])),
  indicators: [
    {
      number: 9,
      score: 60,
      measures: [
        { row: 4, measure: "เผยแพร่ข้อมูลข่าวสาร", state: "done", source: "proposed" },
        { row: 9, measure: "พัฒนาเว็บไซต์", state: "not_started", source: "plan" },
      ],
    },
    { number: 10, score: 75, measures: [] },
  ],
  gaps: [10],
  indicatorColumn: "N",
};

function setUp(
  view: WeakPointsView | null,
  thaiDigits = false,
  added: () => Promise<{ address: string }> = async () => {
    throw new WorkbookError("AccessDenied", "protected");
  }
) {
  const calls: string[] = [];
  const service = {
    weakPoints: async () => (calls.push("read"), view),
    confirmIndicator: async (sheet: string, row: number, indicator: number) => {
      calls.push(`confirm ${sheet} ${row} ${indicator}`);
    },
    addMeasureFor: async (sheet: string, indicator: number) => {
      calls.push(`add ${sheet} ${indicator}`);
      return added();
    },
  } as unknown as WorkbookService;
  render(
    <TranslatorProvider language="th" thaiDigits={thaiDigits}>
      <WeakPointsPanel service={service} />
    </TranslatorProvider>
  );
  return calls;
}

describe("the weak points in the pane", () => {
  it("shows each weak indicator's measures, and writes a proposal only when the user confirms it", async () => {
    const calls = setUp(VIEW);
    fireEvent.click(screen.getByRole("button", { name: "วิเคราะห์ตัวชี้วัดที่ต้องพัฒนา" }));
    await screen.findByText(/ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล \(60\.00\)$/);
    expect(screen.getByText(/เผยแพร่ข้อมูลข่าวสาร \(แล้วเสร็จ\)/)).toBeTruthy();
    expect(screen.getByText(/พัฒนาเว็บไซต์ \(ยังไม่ดำเนินการ\)/)).toBeTruthy();
    // One proposal, one confirm button; the plan's own link has none.
    expect(screen.getAllByRole("button", { name: /ยืนยันตัวชี้วัด/ })).toHaveLength(1);
    expect(calls).toEqual(["read"]);
    fireEvent.click(screen.getByRole("button", { name: "ยืนยันตัวชี้วัด 9" }));
    await screen.findByText("บันทึกตัวชี้วัด 9 ลงแผนแล้ว");
    expect(calls).toEqual(["read", "confirm {plan} 4 9", "read"]);
  });

  it("offers a new measure for a gap, and shows Excel's refusal plainly", async () => {
    const calls = setUp(VIEW);
    fireEvent.click(screen.getByRole("button", { name: "วิเคราะห์ตัวชี้วัดที่ต้องพัฒนา" }));
    fireEvent.click(await screen.findByRole("button", { name: "เพิ่มมาตรการสำหรับตัวชี้วัด 10" }));
    await screen.findByText(/ถูกป้องกันไว้/);
    expect(calls).toEqual(["read", "add {plan} 10"]);
  });

  it("adds one row for a gap however often it is clicked, then says the row waits for its measure", async () => {
    let finish: (added: { address: string }) => void = () => undefined;
    const calls = setUp(VIEW, false, () => new Promise((resolve) => (finish = resolve)));
    fireEvent.click(screen.getByRole("button", { name: "วิเคราะห์ตัวชี้วัดที่ต้องพัฒนา" }));
    const add = await screen.findByRole("button", { name: "เพิ่มมาตรการสำหรับตัวชี้วัด 10" });
    fireEvent.click(add);
    fireEvent.click(add);
    finish({ address: "B13" });
    await screen.findByText("เพิ่มแถวใหม่ที่ B13 แล้ว พิมพ์มาตรการได้เลย");
    // The new row holds no measure yet, so the analysis read again still has the gap.
    await screen.findByText("เพิ่มแถวไว้แล้วที่ B13 รอพิมพ์มาตรการ");
    expect(screen.queryByRole("button", { name: "เพิ่มมาตรการสำหรับตัวชี้วัด 10" })).toBeNull();
    expect(calls).toEqual(["read", "add {plan} 10", "read"]);
  });

  it.each([
    [false, "ครบ 10 ตัวชี้วัด"],
    [true, "ครบ ๑๐ ตัวชี้วัด"],
  ])(
    "says the scores are missing when there is no year to analyse (Thai digits: %p), its count in the pane's digits",
    async (thaiDigits, count) => {
      setUp(null, thaiDigits);
      fireEvent.click(screen.getByRole("button", { name: "วิเคราะห์ตัวชี้วัดที่ต้องพัฒนา" }));
      await waitFor(() =>
        expect(screen.getByText(`ยังไม่มีคะแนน ITA ${count}`, { exact: false })).toBeTruthy()
      );
    }
  );
});
