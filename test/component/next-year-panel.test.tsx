// "สร้างแผนปีถัดไป" in the pane: what was made, said under the button, and the pane told to
// follow the new plan sheet.
import { fireEvent, render, screen } from "@testing-library/react";
import type { WorkbookService } from "../../src/services/workbook-service";
import { NextYearPanel } from "../../src/taskpane/components/NextYearPanel";
import { planCheck } from "./support/pane";

it("makes next year's plan, says what it made and follows it", async () => {
  const calls: string[] = [];
  const service = {
    startNextYear: async (sheetId: string) => {
      calls.push(`start ${sheetId}`);
      return {
        sheet: "แผนมาตรการ ITA (2)",
        fiscalYear: 2571,
        measures: 11,
        recommendations: 2,
        settingsMoved: true,
      };
    },
  } as unknown as WorkbookService;
  render(
    <NextYearPanel
      service={service}
      check={planCheck("แผน")}
      onNewPlan={() => calls.push("follow")}
    />
  );
  fireEvent.click(screen.getByRole("button", { name: "สร้างแผนปีถัดไป" }));
  await screen.findByText(
    'สร้างแผนปีงบประมาณ 2571 (11 มาตรการ) ลงแผ่นงาน "แผนมาตรการ ITA (2)" แล้ว ' +
      "ข้อเสนอแนะของปีนี้ 2 รายการอยู่ในแผนใหม่สำหรับเรื่องเดิม " +
      "แผ่นงานตั้งค่าเปลี่ยนเป็นปีงบประมาณ 2571 รอบ 6 เดือนแล้ว"
  );
  expect(calls).toEqual(["start {แผน}", "follow"]);
});
