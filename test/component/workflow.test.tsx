// The pane as steps: the plan found on opening and remembered, the add-in's own sheets never
// taken for it, the intro shown once, preferences remembered, long lists capped.
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import type { Finding } from "../../src/domain/plan-validation";
import { fakeService, freshPreferences, planCheck, renderApp } from "./support/pane";

// A guard against a hang on a loaded machine, not a speed check.
jest.setTimeout(30_000);

beforeEach(freshPreferences);

describe("the plan, always known", () => {
  it("finds the plan on opening, remembers it once, and says which sheet it is", async () => {
    const { service, remembered } = fakeService({
      findPlanSheet: async () => ({ sheetId: "{แผนงาน}", remembered: false }),
    });
    await renderApp(service);
    expect(screen.getByTestId("plan-known").textContent).toBe('แผนที่ใช้อยู่: แผ่นงาน "แผนงาน"');
    expect(remembered).toEqual(["{แผนงาน}"]);
  });

  it("asks for the plan when the workbook gives no hint", async () => {
    await renderApp(fakeService().service);
    expect(screen.getByTestId("plan-known").textContent).toMatch(/^ยังไม่พบแผนในสมุดงานนี้/);
    fireEvent.click(screen.getByRole("tab", { name: "ติดตาม" }));
    expect(screen.getByText(/^ยังไม่รู้ว่าแผนอยู่ที่แผ่นงานใด/)).toBeTruthy();
  });

  it("keeps the plan when the user checks the add-in's own report sheet, and says what it is", async () => {
    const { service, remembered } = fakeService({
      findPlanSheet: async () => ({ sheetId: "{แผนงาน}", remembered: true }),
    });
    await renderApp(service);
    service.checkPlan = async () =>
      planCheck("รายงาน 2570 รอบ12", { headerRow: null, ownSheet: "report" });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "ตรวจแผนในแผ่นงานนี้" }));
    });
    expect(screen.getByTestId("plan-result").textContent).toBe(
      'แผ่นงาน "รายงาน 2570 รอบ12" เป็นรายงานที่ส่วนเสริมสร้างไว้ ไม่ใช่แผน: เปิดแผ่นงานแผนแล้วกดตรวจอีกครั้ง แผนยังเป็นแผ่นงาน "แผนงาน" ตามเดิม'
    );
    expect(screen.getByTestId("plan-known").textContent).toBe('แผนที่ใช้อยู่: แผ่นงาน "แผนงาน"');
    // Found by its remembered id: nothing written to the workbook.
    expect(remembered).toEqual([]);
  });
});

describe("the steps", () => {
  it("suggests the next step once the plan is checked without errors, and opens it", async () => {
    const { service } = fakeService({
      findPlanSheet: async () => ({ sheetId: "{แผนงาน}", remembered: true }),
    });
    await renderApp(service);
    const tab = screen.getByRole("tab", { name: "ติดตาม" });
    expect(tab.getAttribute("aria-selected")).toBe("false");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "ไปขั้น ติดตาม" }));
    });
    expect(tab.getAttribute("aria-selected")).toBe("true");
    expect(await screen.findByRole("progressbar", { name: "ความก้าวหน้าของแผน" })).toBeTruthy();
  });

  it("moves between steps with the arrow keys, one tab in the Tab order", async () => {
    await renderApp(fakeService().service);
    const tabs = screen.getAllByRole("tab");
    expect(tabs.map((tab) => tab.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    fireEvent.keyDown(tabs[0], { key: "ArrowLeft" });
    expect(tabs[4].getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(tabs[4]);
    fireEvent.keyDown(tabs[4], { key: "Home" });
    expect(tabs[0].getAttribute("aria-selected")).toBe("true");
  });

  it("caps a long list of findings with a count, shows all on request, and goes to the first", async () => {
    const findings: Finding[] = Array.from({ length: 12 }, (_, index) => ({
      severity: "error",
      code: "empty_required",
      cell: `C${index + 2}`,
      row: index + 1,
      params: { column: "owner" },
    })) as never;
    const selected: string[] = [];
    const { service } = fakeService({
      findPlanSheet: async () => ({ sheetId: "{แผนงาน}", remembered: true }),
      checkPlan: async () => planCheck("แผนงาน", { findings }),
      selectCell: async (_sheet, cell) => {
        selected.push(cell);
      },
    });
    await renderApp(service);
    const list = screen.getByRole("list", { name: "สิ่งที่ต้องแก้ไข (คลิกเพื่อไปที่เซลล์)" });
    expect(list.children).toHaveLength(5);
    const showAll = screen.getByRole("button", { name: "แสดงทั้งหมด (12 รายการ)" });
    expect(showAll.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(showAll);
    expect(list.children).toHaveLength(12);
    expect(showAll.getAttribute("aria-expanded")).toBe("true");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "ไปที่เซลล์แรกที่ต้องแก้" }));
    });
    expect(selected).toEqual(["C2"]);
  });
});

describe("first run and preferences", () => {
  it("shows the intro once, and again from the header", async () => {
    window.localStorage.clear();
    const first = await renderApp(fakeService().service);
    expect(screen.getByText("เริ่มต้นใช้งาน")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "เข้าใจแล้ว" }));
    expect(screen.queryByText("เริ่มต้นใช้งาน")).toBeNull();
    first.unmount();
    await renderApp(fakeService().service);
    expect(screen.queryByText("เริ่มต้นใช้งาน")).toBeNull();
    const again = screen.getByRole("button", { name: "วิธีเริ่มต้น" });
    expect(again.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(again);
    expect(again.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByText(/ตารางที่คัดลอกจาก Word\/PDF/)).toBeTruthy();
  });

  it("remembers the language chosen, and words English plurals by Intl.PluralRules", async () => {
    const first = await renderApp(fakeService().service);
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    first.unmount();
    await renderApp(fakeService().service);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Create the measure-plan sheet" }));
    });
    expect(screen.getByText('Created sheet "แผนมาตรการ ITA" (1 measure)')).toBeTruthy();
  });

  it("shows numbers in Thai digits everywhere once chosen", async () => {
    const { service } = fakeService({
      insertPlanTemplate: async () => ({ sheet: "แผนมาตรการ ITA", rows: 11 }),
    });
    await renderApp(service);
    fireEvent.click(screen.getByRole("checkbox", { name: "แสดงตัวเลขในบานหน้าต่างเป็นเลขไทย" }));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "สร้างแผ่นงานแผนมาตรการ" }));
    });
    await waitFor(() =>
      expect(screen.getByText('สร้างแผ่นงาน "แผนมาตรการ ITA" แล้ว (๑๑ มาตรการ)')).toBeTruthy()
    );
    expect(window.localStorage.getItem("ita-tracker.thaiDigits")).toBe("true");
  });
});
