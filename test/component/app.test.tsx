import { act, fireEvent, render, screen } from "@testing-library/react";
import { capabilitiesFrom } from "../../src/domain/excel-capabilities";
import type { TemplateRequest } from "../../src/domain/plan-template";
import { HostStatus, WorkbookError, WorkbookService } from "../../src/services/workbook-service";
import { summariseProgress } from "../../src/domain/progress";
import { App } from "../../src/taskpane/App";

const ready: HostStatus = {
  kind: "ready",
  capabilities: capabilitiesFrom(() => true),
  displayLanguage: "th-TH",
};
const today = new Date(Date.UTC(2026, 10, 22));
const DEFAULT_REMEMBERED = { layout: "results", unit: null, thaiDigits: true } as const;

function serviceRecording(
  outcome: (request: TemplateRequest) => Promise<{ sheet: string; rows: number }>
) {
  const requests: TemplateRequest[] = [];
  const service: WorkbookService = {
    insertPlanTemplate: (request) => {
      requests.push(request);
      return outcome(request);
    },
    checkPlan: async () => ({
      sheet: "แผนมาตรการ ITA",
      sheetId: "{plan}",
      headerRow: 1,
      columns: [],
      unmapped: [],
      overrides: {},
      findings: [],
      progress: summariseProgress([], today),
      layouts: ["status", "results", "annual", "plan"],
      ignoredSettings: [],
    }),
    tidyPlan: () => Promise.reject(new Error("unused")),
    selectCell: () => Promise.resolve(),
    saveMapping: () => Promise.resolve(),
    watchPlans: () => Promise.resolve(),
    generateReport: () => Promise.reject(new Error("unused")),
    insertScoresSheet: () => Promise.reject(new Error("unused")),
    weakPoints: () => Promise.resolve(null),
    confirmIndicator: () => Promise.reject(new Error("unused")),
    addMeasureFor: () => Promise.reject(new Error("unused")),
    pasteScoreLines: () => Promise.reject(new Error("unused")),
    prepareMemo: () => Promise.reject(new Error("unused")),
    saveMemoFields: () => Promise.reject(new Error("unused")),
    exportPdf: () => Promise.reject(new Error("unused")),
    reportSpec: () => Promise.reject(new Error("unused")),
    reportOptions: async () => ({
      layout: "results",
      unit: null,
      thaiDigits: true,
      ignoredSettings: [],
    }),
  };
  return { service, requests };
}

async function renderApp(status: HostStatus, service?: WorkbookService) {
  const createService = () =>
    service ?? serviceRecording(() => Promise.reject(new Error("unused"))).service;
  await act(async () => {
    render(
      <App connect={() => Promise.resolve(status)} createService={createService} today={today} />
    );
  });
}

describe("the task pane", () => {
  it("defaults the fiscal year to today's and sends the user's choices", async () => {
    const { service, requests } = serviceRecording(async () => ({
      sheet: "แผนมาตรการ ITA",
      rows: 11,
    }));
    await renderApp(ready, service);
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
    await renderApp(ready);
    fireEvent.change(screen.getByRole("textbox", { name: "ปีงบประมาณ (พ.ศ.)" }), {
      target: { value: "2026" },
    });
    expect(screen.getByText("ปีงบประมาณต้องเป็นปี พ.ศ. สี่หลัก เช่น ๒๕๖๙")).toBeTruthy();
    expect(screen.getByRole("button", { name: "สร้างแผ่นงานแผนมาตรการ" })).toHaveProperty(
      "disabled",
      true
    );
  });

  it("shows Excel's failure in Thai with the error code, and in English after the switch", async () => {
    const { service } = serviceRecording(() =>
      Promise.reject(new WorkbookError("AccessDenied", "protected"))
    );
    await renderApp(ready, service);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "สร้างแผ่นงานแผนมาตรการ" }));
    });
    expect(
      screen.getByText(
        "แผ่นงานหรือสมุดงานถูกป้องกันไว้ กรุณายกเลิกการป้องกันก่อน (รหัสข้อผิดพลาดของ Excel: AccessDenied)"
      )
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(
      screen.getByText(
        "The sheet or workbook is protected; unprotect it first (Excel error code: AccessDenied)"
      )
    ).toBeTruthy();
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
    await renderApp(ready, service);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "สร้างแผ่นงานแผนมาตรการ" }));
    });
    expect(
      screen.getByText(
        'แผ่นงานหรือสมุดงานถูกป้องกันไว้ กรุณายกเลิกการป้องกันก่อน (รหัสข้อผิดพลาดของ Excel: AccessDenied) และคืนสมุดงานให้เหมือนเดิมไม่สำเร็จ (รหัส GeneralException) แผ่นงานที่อาจค้างอยู่ ลบออกเองได้: "แผนมาตรการ ITA", "ตั้งค่า ITA"'
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
    await renderApp(ready, service);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "ตรวจแผนในแผ่นงานนี้" }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "C2" }));
    });
    expect(screen.getByText(/รหัสข้อผิดพลาดของ Excel: ItemNotFound/)).toBeTruthy();
  });

  it("shows why saving a column mapping failed instead of leaving the promise unhandled", async () => {
    const { service } = serviceRecording(() => Promise.reject(new Error("unused")));
    service.saveMapping = () => Promise.reject(new WorkbookError("AccessDenied", "protected"));
    await renderApp(ready, service);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "ตรวจแผนในแผ่นงานนี้" }));
    });
    fireEvent.click(screen.getByRole("button", { name: "แก้ไขการจับคู่คอลัมน์" }));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "บันทึกการจับคู่ในสมุดงาน" }));
    });
    expect(screen.getByText(/รหัสข้อผิดพลาดของ Excel: AccessDenied/)).toBeTruthy();
  });

  it("starts the report panel from the options remembered in the workbook", async () => {
    const { service } = serviceRecording(() => Promise.reject(new Error("unused")));
    service.reportOptions = async () => ({
      layout: "annual",
      unit: null,
      thaiDigits: false,
      ignoredSettings: [],
    });
    await renderApp(ready, service);
    expect(screen.getByRole("radio", { name: /รายงานการป้องกันการทุจริตประจำปี/ })).toHaveProperty(
      "checked",
      true
    );
    expect(screen.getByRole("checkbox", { name: "ใช้เลขไทยในรายงาน" })).toHaveProperty(
      "checked",
      false
    );
  });

  it("says which stored settings were damaged and ignored, from the check and the report options", async () => {
    const { service } = serviceRecording(() => Promise.reject(new Error("unused")));
    const plain = await service.checkPlan();
    service.checkPlan = async () => ({ ...plain, ignoredSettings: ["mappings"] });
    service.reportOptions = async () => ({
      ...DEFAULT_REMEMBERED,
      ignoredSettings: ["reportOptions"],
    });
    await renderApp(ready, service);
    expect(screen.getByText(/ตัวเลือกรายงานครั้งก่อน$/)).toBeTruthy();
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
    await renderApp(ready, service);
    expect(screen.getByText(/รหัสข้อผิดพลาดของ Excel: GeneralException/)).toBeTruthy();
  });

  it("follows an English Office UI", async () => {
    await renderApp({ ...ready, displayLanguage: "en-GB" } as HostStatus);
    expect(screen.getByRole("button", { name: "Create the measure-plan sheet" })).toBeTruthy();
  });

  it.each<[HostStatus, string]>([
    [{ kind: "offline" }, "โหลด Office ไม่สำเร็จ"],
    [{ kind: "outside" }, "เปิดนอก Excel"],
    [{ kind: "tooOld", required: "1.9", found: "1.8" }, "Excel รุ่นนี้เก่าเกินไป"],
  ])("explains why it cannot work: %j", async (status, title) => {
    await renderApp(status);
    expect(screen.getByText(title)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "สร้างแผ่นงานแผนมาตรการ" })).toBeNull();
  });
});
