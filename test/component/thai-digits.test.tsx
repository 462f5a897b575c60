// Thai digits everywhere in the pane or nowhere (issue 14): with the setting on, the numbers
// outside messages (the progress counts, the by-unit table, an overdue measure's date) and the
// score sentences made outside the pane's messages are in Thai digits too.
import { fireEvent, render, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { computeScores } from "../../src/domain/scores";
import { analyseScores } from "../../src/domain/scores/score-analysis";
import type { Progress } from "../../src/domain/progress";
import type { WeakPointsView, WorkbookService } from "../../src/services/workbook-service";
import { ProgressView } from "../../src/taskpane/components/ProgressView";
import { TemplatePanel } from "../../src/taskpane/components/TemplatePanel";
import { WeakPointsPanel } from "../../src/taskpane/components/WeakPointsPanel";
import { TranslatorProvider } from "../../src/taskpane/i18n-context";

const ARABIC_DIGIT = /[0-9]/;

const PROGRESS: Progress = {
  hasStatus: true,
  total: 12,
  withResult: 0,
  percentWithResult: 0,
  counts: { not_started: 4, in_progress: 5, done: 3, unknown: 0 },
  percentDone: 25,
  byOwner: [
    {
      owner: "กองคลัง",
      counts: { not_started: 2, in_progress: 3, done: 2, unknown: 0 },
      total: 7,
      withResult: 0,
      reportedForRound: 0,
    },
  ],
  overdue: [{ row: 4, measure: "เผยแพร่ข้อมูลข่าวสาร", end: new Date(Date.UTC(2026, 2, 31)) }],
  reportRound: null,
};

function inThaiDigits(children: ReactNode) {
  return render(
    <TranslatorProvider language="th" thaiDigits>
      {children}
    </TranslatorProvider>
  );
}

describe("Thai digits in the pane", () => {
  it("shows every figure of the progress in Thai digits", () => {
    const { container } = inThaiDigits(<ProgressView progress={PROGRESS} />);
    expect(screen.getByTestId("progress-counts").textContent).toContain("แล้วเสร็จ: ๓");
    expect(screen.getByRole("table").textContent).toBe("หน่วยงานทั้งหมดดำเนินการแล้วเสร็จกองคลัง๗๒");
    expect(container.textContent).toContain("๓๑ มี.ค. ๒๕๖๙");
    expect(container.textContent).not.toMatch(ARABIC_DIGIT);
  });

  it("shows the score analysis in Thai digits", async () => {
    const view: WeakPointsView = {
      sheetId: "{plan}",
      analysis: analyseScores(computeScores(2569, [90, 88, 86, 91, 87, 87, 86, 88, 60, 75])),
      indicators: [{ number: 10, score: 75, measures: [] }],
      gaps: [10],
      indicatorColumn: "N",
    };
    const service = { weakPoints: async () => view } as unknown as WorkbookService;
    const { container } = inThaiDigits(<WeakPointsPanel service={service} />);
    fireEvent.click(screen.getByRole("button", { name: "วิเคราะห์ตัวชี้วัดที่ต้องพัฒนา" }));
    await screen.findAllByText(/ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต \(๗๕\.๐๐\)$/);
    expect(container.textContent).not.toMatch(ARABIC_DIGIT);
  });

  it("proposes the fiscal year in Thai digits", () => {
    const service = {} as WorkbookService;
    const today = new Date(Date.UTC(2026, 10, 22));
    inThaiDigits(<TemplatePanel service={service} today={today} onInserted={async () => {}} />);
    expect(screen.getByRole("textbox", { name: "ปีงบประมาณ (พ.ศ.)" })).toHaveProperty(
      "value",
      "๒๕๗๐"
    );
  });
});
