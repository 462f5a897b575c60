// The notices where the pane cannot work (issue 14): worded for staff, the API versions, the
// library's address and the command line in the administrator's collapsed details only.
import { screen } from "@testing-library/react";
import type { HostStatus } from "../../src/services/workbook-service";
import { fakeService, freshPreferences, renderApp } from "./support/pane";

const TECHNICAL = /npx|ExcelApi|office\.js|GeneralException/;

/** The notice's text outside its collapsed details, and the details' text. */
async function noticeText(status: HostStatus) {
  const { container } = await renderApp(fakeService().service, status);
  const details = [...container.querySelectorAll("details")];
  const main = container.cloneNode(true) as HTMLElement;
  main.querySelectorAll("details").forEach((element) => element.remove());
  return { main: main.textContent ?? "", details: details.map((d) => d.textContent).join(" ") };
}

beforeEach(freshPreferences);

describe("the notices where the pane cannot work", () => {
  it("says an Excel is too old without API versions or commands in the main text", async () => {
    const { main, details } = await noticeText({ kind: "tooOld", required: "1.9", found: "1.8" });
    expect(screen.getByText("Excel รุ่นนี้เก่าเกินไป")).toBeTruthy();
    expect(main).toContain("ขอไฟล์แผนมาตรการ (plan.xlsx) จากผู้ดูแลระบบ");
    expect(main).not.toMatch(TECHNICAL);
    expect(details).toContain("รายละเอียดสำหรับผู้ดูแลระบบ");
    expect(details).toContain("ต้องการ ExcelApi 1.9 ขึ้นไป แต่ Excel นี้รองรับถึง ExcelApi 1.8");
    expect(details).toContain("npx ita-tracker template -o plan.xlsx");
  });

  it("says Office could not be loaded without naming office.js in the main text", async () => {
    const { main, details } = await noticeText({ kind: "offline" });
    expect(screen.getByText("โหลด Office ไม่สำเร็จ")).toBeTruthy();
    expect(main).toContain("ตรวจสอบการเชื่อมต่อ");
    expect(main).not.toMatch(TECHNICAL);
    expect(details).toContain("office.js");
  });
});
