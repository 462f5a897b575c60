// Issue 13 bug 8: a plan whose values pass Excel on the web's 5 MB response limit is still read,
// in as few row blocks as fit; on desktop (no such limit) it stays one round trip.
import { checkPlan } from "../../src/excel/plan-actions";
import { FakeExcelHost, RESPONSE_LIMIT_BYTES } from "../../office-fake/excel";
import { capabilitiesOf, inExcel } from "../support/in-excel";

const TODAY = new Date(Date.UTC(2026, 10, 22));
const MEASURES = 8_000;

function bigPlan(platform: "web" | "desktop"): FakeExcelHost {
  const host = new FakeExcelHost(["Sheet1"], { apiVersion: "1.18", platform });
  const method = "๑. จัดทำแผนและประกาศให้ประชาชนทราบผ่านเว็บไซต์ของหน่วยงาน ".repeat(3);
  host.paste("Sheet1", "A1", [
    ["ลำดับ", "มาตรการ", "วิธีดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา", "สถานะ"],
    ...Array.from({ length: MEASURES }, (_, index) => [
      index + 1,
      `มาตรการที่ ${index + 1}`,
      method,
      "กองคลัง",
      "ต.ค. 2569 - ก.ย. 2570",
      "อยู่ระหว่างดำเนินการ",
    ]),
  ]);
  host.sheet("Sheet1").hiddenRows.add(MEASURES);
  return host;
}

describe("a plan too large for one response", () => {
  it("is read on the web in row blocks, each response under 5 MB", async () => {
    const host = bigPlan("web");
    const check = await inExcel(host)((context) => checkPlan(context, capabilitiesOf(host), TODAY));
    const desktop = bigPlan("desktop");
    // The same plan, findings (the hidden last row among them) and progress as one read gives.
    expect(check).toEqual(
      await inExcel(desktop)((context) => checkPlan(context, capabilitiesOf(desktop), TODAY))
    );
    expect(check.progress.total).toBe(MEASURES);
    expect(check.findings.map((finding) => finding.code)).toContain("hidden_row");
    const responses = host.syncs.map((sync) => sync.responseBytes);
    // The whole read refused, then the plan's size, then two blocks.
    expect(responses[0]).toBeGreaterThan(RESPONSE_LIMIT_BYTES);
    expect(responses.slice(1).every((bytes) => bytes <= RESPONSE_LIMIT_BYTES)).toBe(true);
    expect(host.syncCount).toBe(4);
  }, 60_000);

  it("is read on desktop in one round trip", async () => {
    const host = bigPlan("desktop");
    const check = await inExcel(host)((context) => checkPlan(context, capabilitiesOf(host), TODAY));
    expect(check.progress.total).toBe(MEASURES);
    expect(host.syncCount).toBe(1);
  }, 60_000);
});
