import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import type { TemplateRequest } from "../../src/domain/plan-template";
import { HostStatus, WorkbookError, WorkbookService } from "../../src/services/workbook-service";
import { fakeService, freshPreferences, planCheck, ready, renderApp } from "./support/pane";

function serviceRecording(
  outcome: (request: TemplateRequest) => Promise<{ sheet: string; rows: number }>
) {
  const requests: TemplateRequest[] = [];
  const { service } = fakeService({
    insertPlanTemplate: (request) => {
      requests.push(request);
      return outcome(request);
    },
    checkPlan: async () => planCheck("แผนมาตรการ ITA", { sheetId: "{plan}" }),
    saveMapping: () => Promise.resolve(),
  });
  return { service, requests };
}

async function renderWith(status: HostStatus, service?: WorkbookService) {
  return renderApp(
    service ?? serviceRecording(() => Promise.reject(new Error("unused"))).service,
    status
  );
}

// A guard against a hang on a loaded machine, not a speed check.
jest.setTimeout(30_000);

beforeEach(freshPreferences);

describe("the task pane", () => {
  it("defaults the fiscal year to today's and sends the user's choices", async () => {
    const { service, requests } = serviceRecording(async () => ({
      sheet: "แผนมาตรการ ITA",
      rows: 11,
    }));
    await renderWith(ready, service);
    expect(screen.getByRole("textbox", { name: "ปีงบประมาณ (พ.ศ.)" })).toHaveProperty(
      "value",
      "2570"
    );
    fireEvent.change(screen.getByRole("textbox", { name: "ปีงบประมาณ (พ.ศ.)" }), {
      target: { value: "๒๕๖๙" },
    });
    fireEvent.click(screen.getByRole("checkbox", { name: "เริ่มจากตัวอย่างมาตรการที่ใช้บ่อย" }));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "สร้างแผ่นงานแผนมาตรการ" }));
    });
    expect(requests).toEqual([{ withExample: false, fiscalYear: 2569 }]);
    expect(screen.getByText('สร้างแผ่นงาน "แผนมาตรการ ITA" แล้ว (11 มาตรการ)')).toBeTruthy();
  });

  it("refuses a Christian-era year with a Thai message and a disabled button", async () => {
    await renderWith(ready);
    fireEvent.change(screen.getByRole("textbox", { name: "ปีงบประมาณ (พ.ศ.)" }), {
      target: { value: "2026" },
    });
    expect(screen.getByText("ปีงบประมาณต้องเป็นปี พ.ศ. สี่หลัก เช่น ๒๕๖๙")).toBeTruthy();
    // Still focusable, so a screen reader reaches it and hears why (aria-describedby).
    const button = screen.getByRole("button", { name: "สร้างแผ่นงานแผนมาตรการ" });
    expect(button.getAttribute("aria-disabled")).toBe("true");
    expect(document.getElementById(button.getAttribute("aria-describedby")!)?.textContent).toBe(
      "แก้ปีงบประมาณด้านบนก่อน"
    );
  });

  it("shows Excel's failure in Thai for staff with the code for the administrator, and in English after the switch", async () => {
    const { service } = serviceRecording(() =>
      Promise.reject(new WorkbookError("AccessDenied", "protected"))
    );
    await renderWith(ready, service);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "สร้างแผ่นงานแผนมาตรการ" }));
    });
    const alert = screen.getByText("แผ่นงานหรือสมุดงานถูกป้องกันไว้ กรุณายกเลิกการป้องกันก่อน", {
      exact: false,
    });
    expect(screen.getByText(/^สมุดงานยังเหมือนเดิม ลองอีกครั้งได้/)).toBeTruthy();
    // The code is only inside the collapsed details for the administrator.
    const details = screen.getByText("รายละเอียดสำหรับผู้ดูแลระบบ").closest("details")!;
    expect(details.open).toBe(false);
    expect(details.textContent).toContain("รหัสข้อผิดพลาดของ Excel: AccessDenied");
    const main = alert.closest("[class*=MessageBarBody], div")!.cloneNode(true) as HTMLElement;
    main.querySelector("details")?.remove();
    expect(main.textContent).not.toContain("AccessDenied");
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(
      screen.getByText(/^The sheet or workbook is protected; unprotect it first/)
    ).toBeTruthy();
    expect(screen.getByText("Details for the administrator")).toBeTruthy();
  });

  it("shows the original failure and, when putting the workbook back failed too, the sheets left", async () => {
    const { service } = serviceRecording(() =>
      Promise.reject(
        new WorkbookError("AccessDenied", "protected", false, {
          code: "GeneralException",
          sheets: ["แผนมาตรการ ITA", "ตั้งค่า ITA"],
        })
      )
    );
    await renderWith(ready, service);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "สร้างแผ่นงานแผนมาตรการ" }));
    });
    // Excel's own code is in the administrator's details, not the main text.
    expect(
      await screen.findByText(
        'แผ่นงานหรือสมุดงานถูกป้องกันไว้ กรุณายกเลิกการป้องกันก่อน และคืนสมุดงานให้เหมือนเดิมไม่สำเร็จ (รหัส GeneralException) แผ่นงานที่อาจค้างอยู่ ลบออกเองได้: "แผนมาตรการ ITA", "ตั้งค่า ITA"'
      )
    ).toBeTruthy();
  });

  it("shows why selecting a finding's cell failed instead of leaving the promise unhandled", async () => {
    const { service } = serviceRecording(() => Promise.reject(new Error("unused")));
    const finding = { severity: "error", code: "empty_required", cell: "C2", row: 1, key: "owner" };
    service.checkPlan = async () => ({
      ...(await serviceRecording(() => Promise.reject(new Error("unused"))).service.checkPlan()),
      findings: [finding as never],
    });
    service.selectCell = () => Promise.reject(new WorkbookError("ItemNotFound", "sheet deleted"));
    await renderWith(ready, service);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "ตรวจแผนในแผ่นงานนี้" }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "C2" }));
    });
    expect(screen.getByText(/ไม่พบแผ่นงานหรือตารางที่ต้องการ/)).toBeTruthy();
    expect(screen.getByText(/รหัสข้อผิดพลาดของ Excel: ItemNotFound/)).toBeTruthy();
  });

  it("shows why saving a column mapping failed instead of leaving the promise unhandled", async () => {
    const { service } = serviceRecording(() => Promise.reject(new Error("unused")));
    service.saveMapping = () => Promise.reject(new WorkbookError("AccessDenied", "protected"));
    await renderWith(ready, service);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "ตรวจแผนในแผ่นงานนี้" }));
    });
    fireEvent.click(screen.getByRole("button", { name: "แก้ไขการจับคู่คอลัมน์" }));
    const save = await screen.findByRole("button", { name: "บันทึกการจับคู่ในสมุดงาน" });
    await act(async () => {
      fireEvent.click(save);
    });
    expect(await screen.findByText(/รหัสข้อผิดพลาดของ Excel: AccessDenied/)).toBeTruthy();
  });

  it("starts the report panel from the options remembered in the workbook", async () => {
    const { service } = serviceRecording(() => Promise.reject(new Error("unused")));
    service.reportOptions = async () => ({
      layout: "annual",
      unit: null,
      thaiDigits: false,
      ignoredSettings: [],
    });
    service.findPlanSheet = async () => ({ sheetId: "{plan}", remembered: true });
    await renderWith(ready, service);
    fireEvent.click(screen.getByRole("tab", { name: "รายงาน" }));
    const annual = await screen.findByRole("radio", { name: /รายงานการป้องกันการทุจริตประจำปี/ });
    await waitFor(() => expect(annual).toHaveProperty("checked", true));
    expect(screen.getByRole("checkbox", { name: "ใช้เลขไทยในรายงาน" })).toHaveProperty(
      "checked",
      false
    );
  });

  it("names the report layouts the plan can make only when one of them cannot be made", async () => {
    const { service } = serviceRecording(() => Promise.reject(new Error("unused")));
    service.findPlanSheet = async () => ({ sheetId: "{plan}", remembered: true });
    const { unmount } = await renderWith(ready, service);
    fireEvent.click(screen.getByRole("tab", { name: "รายงาน" }));
    await screen.findByRole("radio", { name: /^ผลการดำเนินการ/ });
    expect(screen.queryByTestId("report-layouts")).toBeNull();
    unmount();

    const full = await service.checkPlan();
    service.checkPlan = async () => ({ ...full, layouts: ["results", "annual", "plan"] });
    await renderWith(ready, service);
    fireEvent.click(screen.getByRole("tab", { name: "รายงาน" }));
    expect((await screen.findByTestId("report-layouts")).textContent).toMatch(
      /^รูปแบบรายงานที่ทำได้จากแผนนี้: ผลการดำเนินการ/
    );
    expect(screen.getByRole("radio", { name: /^สถานะ/ })).toHaveProperty("disabled", true);
  });

  it("says which stored settings were damaged and ignored, from the check and the report options", async () => {
    const { service } = serviceRecording(() => Promise.reject(new Error("unused")));
    const plain = await service.checkPlan();
    service.checkPlan = async () => ({ ...plain, ignoredSettings: ["mappings"] });
    service.reportOptions = async () => ({
      layout: "results",
      unit: null,
      thaiDigits: true,
      ignoredSettings: ["reportOptions"],
    });
    service.findPlanSheet = async () => ({ sheetId: "{plan}", remembered: true });
    await renderWith(ready, service);
    fireEvent.click(screen.getByRole("tab", { name: "รายงาน" }));
    const notice = await screen.findByText(/ตัวเลือกรายงานครั้งก่อน$/);
    // A notice, not part of the report button's name (no message bar inside a button).
    expect(notice.closest("button")).toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: "แผน" }));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "ตรวจแผนในแผ่นงานนี้" }));
    });
    expect(
      screen.getByText("ค่าที่ส่วนเสริมจำไว้ในสมุดงานนี้บางส่วนเสียหาย จึงไม่นำมาใช้ (ใช้ค่าเริ่มต้นแทน): การจับคู่คอลัมน์")
    ).toBeTruthy();
  });

  it("shows why the remembered report options could not be read", async () => {
    const { service } = serviceRecording(() => Promise.reject(new Error("unused")));
    service.reportOptions = () => Promise.reject(new WorkbookError("GeneralException", "lost"));
    service.findPlanSheet = async () => ({ sheetId: "{plan}", remembered: true });
    await renderWith(ready, service);
    fireEvent.click(screen.getByRole("tab", { name: "รายงาน" }));
    const error = await screen.findByText(/รหัสข้อผิดพลาดของ Excel: GeneralException/);
    expect(error.closest("button")).toBeNull();
  });

  it("follows an English Office UI", async () => {
    await renderWith({ ...ready, displayLanguage: "en-GB" } as HostStatus);
    expect(screen.getByRole("button", { name: "Create the measure-plan sheet" })).toBeTruthy();
  });

  it.each<[HostStatus, string]>([
    [{ kind: "offline" }, "โหลด Office ไม่สำเร็จ"],
    [{ kind: "outside" }, "เปิดนอก Excel"],
    [{ kind: "tooOld", required: "1.9", found: "1.8" }, "Excel รุ่นนี้เก่าเกินไป"],
  ])("explains why it cannot work: %j", async (status, title) => {
    await renderWith(status);
    expect(screen.getByText(title)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "สร้างแผ่นงานแผนมาตรการ" })).toBeNull();
  });

  it("names the intro, the plan notice and a result by what is on the page, never by a missing id", async () => {
    window.localStorage.removeItem("ita-tracker.introSeen");
    const { service } = serviceRecording(async () => ({ sheet: "แผนมาตรการ ITA", rows: 11 }));
    await renderWith(ready, service);
    await screen.findByTestId("plan-known");
    expect(screen.getByRole("group", { name: "เริ่มต้นใช้งาน" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "สร้างแผ่นงานแผนมาตรการ" }));
    await screen.findByText(/^สร้างแผ่นงาน "แผนมาตรการ ITA" แล้ว/);
    const dangling = [...document.querySelectorAll("[aria-labelledby]")].flatMap((element) =>
      element
        .getAttribute("aria-labelledby")!
        .split(/\s+/)
        .filter((id) => !document.getElementById(id))
        .map((id) => `${element.textContent}: ${id}`)
    );
    expect(dangling).toEqual([]);
  });

  it("puts what stops the pane above a first run's intro", async () => {
    window.localStorage.removeItem("ita-tracker.introSeen");
    await renderWith({ kind: "tooOld", required: "1.9", found: "1.8" });
    const notice = screen.getByText("Excel รุ่นนี้เก่าเกินไป");
    const intro = screen.getByText("เริ่มต้นใช้งาน");
    expect(notice.compareDocumentPosition(intro) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
