// "สร้างแผนปีถัดไป" in the pane: what was made, said under the button, and the pane told to
// follow the new plan sheet; the sentence about this year's recommendations only when there are some.
import { fireEvent, render, screen } from "@testing-library/react";
import type { NextYearResult, WorkbookService } from "../../src/services/workbook-service";
import { NextYearPanel } from "../../src/taskpane/components/NextYearPanel";
import { planCheck } from "./support/pane";

async function madeMessage(recommendations: number) {
  const calls: string[] = [];
  const made: NextYearResult = {
    sheet: "แผนมาตรการ ITA 2571",
    sheetId: "{next-year}",
    fiscalYear: 2571,
    measures: 11,
    recommendations,
    settingsMoved: true,
  };
  const service = {
    startNextYear: async (sheetId: string) => {
      calls.push(`start ${sheetId}`);
      return made;
    },
  } as unknown as WorkbookService;
  render(
    <NextYearPanel
      service={service}
      check={planCheck("แผน")}
      onNewPlan={(sheetId) => calls.push(`follow ${sheetId}`)}
    />
  );
  fireEvent.click(screen.getByRole("button", { name: "สร้างแผนปีถัดไป" }));
  const message = await screen.findByText(/^สร้างแผนปีงบประมาณ 2571/);
  return { calls, text: message.textContent };
}

it("makes next year's plan, says what it made and follows it", async () => {
  const { calls, text } = await madeMessage(2);
  expect(text).toBe(
    'สร้างแผนปีงบประมาณ 2571 (11 มาตรการ) ลงแผ่นงาน "แผนมาตรการ ITA 2571" แล้ว ' +
      "ข้อเสนอแนะของปีนี้ 2 รายการอยู่ในแผนใหม่สำหรับเรื่องเดิม " +
      "แผ่นงานตั้งค่าเปลี่ยนเป็นปีงบประมาณ 2571 รอบ 6 เดือนแล้ว"
  );
  // The pane follows the new sheet by its id, not by whichever sheet happens to be active.
  expect(calls).toEqual(["start {แผน}", "follow {next-year}"]);
});

it("says nothing of recommendations when this year had none", async () => {
  const { text } = await madeMessage(0);
  expect(text).toBe(
    'สร้างแผนปีงบประมาณ 2571 (11 มาตรการ) ลงแผ่นงาน "แผนมาตรการ ITA 2571" แล้ว ' +
      "แผ่นงานตั้งค่าเปลี่ยนเป็นปีงบประมาณ 2571 รอบ 6 เดือนแล้ว"
  );
});
