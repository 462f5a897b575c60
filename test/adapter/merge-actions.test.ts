// "รวมผลจากไฟล์ของกอง" against the fake: the preview only reads the plan (one round trip); apply
// writes exactly the reported cells of matched measures that change, the user's choice for the
// conflict, text kept literal, in one read and one write; a failure leaves the sheet as it was.
import { capabilitiesFrom } from "../../src/domain/excel-capabilities";
import { analysePlan } from "../../src/domain/plan-analysis";
import type { MeasureRow } from "../../src/domain/plan-reading";
import { conflictKey } from "../../src/domain/plan/merge-choices";
import { PlanCopy, REPORTED_FIELDS } from "../../src/domain/plan/merge-copies";
import { applyMerge, previewMerge } from "../../src/excel/merge-actions";
import { readPlanSheet } from "../../src/excel/plan-reader";
import { insertPlanTemplate } from "../../src/excel/plan-template-writer";
import { FakeExcelHost, RESPONSE_LIMIT_BYTES } from "../../office-fake/excel";
import { inExcel } from "../support/in-excel";

const modern = capabilitiesFrom(() => true);
const TODAY = new Date(Date.UTC(2027, 3, 5));
const PLAN = "แผนมาตรการ ITA";

async function planAndCopies() {
  const host = new FakeExcelHost();
  const run = inExcel(host);
  await run((context) =>
    insertPlanTemplate(context, { withExample: true, fiscalYear: 2570 }, modern)
  );
  const planId = host.sheet(PLAN).id;
  const read = await run((context) => readPlanSheet(context, planId));
  const measures = analysePlan(read.grid, { today: TODAY }).plan.measures;
  const edited = (index: number, change: Partial<MeasureRow["text"]>, more = {}) => ({
    ...measures[index],
    text: { ...measures[index].text, ...change },
    ...more,
  });
  // Finance ticked its first measure done with a result (a leading "-" that Excel would take
  // for a formula) and a budget; works and the office filled the second one differently; the
  // office added a measure of its own.
  const finance: PlanCopy = {
    name: "กองคลัง.xlsx",
    fields: REPORTED_FIELDS,
    measures: [
      edited(0, { result: "- เผยแพร่ครบ 12 เดือน" }, { ticked: ["done"], raw: { budget: 1500 } }),
      ...measures.slice(1),
    ],
  };
  const works: PlanCopy = {
    name: "กองช่าง.xlsx",
    fields: REPORTED_FIELDS,
    measures: [measures[0], edited(1, { result: "ลงนามครบทุกคน" }), ...measures.slice(2)],
  };
  // The office's copy has no evidence column.
  const office: PlanCopy = {
    name: "สำนักปลัด.xlsx",
    fields: REPORTED_FIELDS.filter((field) => field !== "evidence"),
    measures: [
      ...measures.slice(0, 1),
      edited(1, { result: "ลงนามแล้ว 20 คน" }),
      ...measures.slice(2),
      edited(2, { measure: "ตั้งจุดรับเรื่องร้องเรียนที่ตลาด" }),
    ],
  };
  return { host, run, planId, measures, copies: [finance, works, office] };
}

/** The plan sheet's cells that differ between two snapshots of it, by 0-based "row,column". */
function changedCells(before: Map<string, unknown>, after: Map<string, unknown>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter(
    (key) => JSON.stringify(before.get(key)) !== JSON.stringify(after.get(key))
  );
}

const copyOf = <T>(cells: Map<string, T>) =>
  new Map([...cells].map(([key, cell]) => [key, structuredClone(cell)]));

describe("the divisions' copies merged into the open plan", () => {
  it("previews what each copy gives, the conflict and the added measure, reading only", async () => {
    const { host, run, planId, measures, copies } = await planAndCopies();
    const before = host.snapshot();
    const syncs = host.syncCount;
    const preview = await run((context) => previewMerge(context, planId, copies, TODAY));
    expect(host.syncCount - syncs).toBe(1);
    expect(host.snapshot()).toBe(before);
    const first = measures[0].text.measure;
    expect(preview.taken).toEqual([
      { measure: first, field: "status", copy: "กองคลัง.xlsx", value: "done" },
      { measure: first, field: "result", copy: "กองคลัง.xlsx", value: "- เผยแพร่ครบ 12 เดือน" },
      { measure: first, field: "budget", copy: "กองคลัง.xlsx", value: "1500" },
    ]);
    expect(preview.conflicts).toEqual([
      {
        measure: measures[1].text.measure,
        field: "result",
        values: [
          { copy: "กองช่าง.xlsx", value: "ลงนามครบทุกคน" },
          { copy: "สำนักปลัด.xlsx", value: "ลงนามแล้ว 20 คน" },
        ],
      },
    ]);
    expect(preview.added).toEqual([{ copy: "สำนักปลัด.xlsx", measure: "ตั้งจุดรับเรื่องร้องเรียนที่ตลาด" }]);
    expect(preview.lacking).toEqual([{ copy: "สำนักปลัด.xlsx", fields: ["evidence"] }]);
  });

  it("writes exactly the changed reported cells, the chosen copy's text, in two round trips", async () => {
    const { host, run, planId, measures, copies } = await planAndCopies();
    const cells = host.sheet(PLAN).cells;
    const before = copyOf(cells);
    const syncs = host.syncCount;
    const choice = {
      [conflictKey({ measure: measures[1].text.measure, field: "result" })]: "สำนักปลัด.xlsx",
    };
    const applied = await run((context) => applyMerge(context, planId, copies, choice, TODAY));
    expect(host.syncCount - syncs).toBe(2);
    // Six cells (three ticks), but four values: row 2's status, result and budget, row 3's result.
    expect(applied).toEqual({ values: 4, measures: 2, withoutColumn: [] });
    // Row 2: the three status ticks (F:H), the result (I) and the budget used (L, after the
    // planned budget the copies left as it was); row 3's result.
    expect(changedCells(before, cells).sort()).toEqual(["1,5", "1,7", "1,8", "1,11", "2,8"].sort());
    expect(host.read(PLAN, "F2:L2")).toEqual([
      [false, false, true, "- เผยแพร่ครบ 12 เดือน", "", "", 1500],
    ]);
    expect(cells.get("1,8")).toMatchObject({ numberFormat: "@" });
    expect(cells.get("1,11")?.numberFormat).toBe(before.get("1,11")?.numberFormat);
    expect(host.read(PLAN, "I3")).toEqual([["ลงนามแล้ว 20 คน"]]);
  });

  it("keeps the plan's value of a conflict not chosen", async () => {
    const { host, run, planId, copies } = await planAndCopies();
    const before = host.read(PLAN, "I3");
    await run((context) => applyMerge(context, planId, copies, {}, TODAY));
    expect(host.read(PLAN, "I3")).toEqual(before);
  });

  it("leaves the sheet as it was when a write fails", async () => {
    const reference = await planAndCopies();
    const start = reference.host.operationCount;
    await reference.run((context) =>
      applyMerge(context, reference.planId, reference.copies, {}, TODAY)
    );
    const last = reference.host.operationCount - start;
    const { host, run, planId, copies } = await planAndCopies();
    const before = host.snapshot();
    // One of the last writes fails, after the others were applied.
    host.failOnOperation(last - 1);
    await expect(run((context) => applyMerge(context, planId, copies, {}, TODAY))).rejects.toThrow(
      /Injected failure/
    );
    expect(host.snapshot()).toBe(before);
  });

  it("merges into a plan too large for one response on the web, every response under 5 MB", async () => {
    const host = new FakeExcelHost(["Sheet1"], { apiVersion: "1.18", platform: "web" });
    const method = "๑. จัดทำแผนและประกาศให้ประชาชนทราบผ่านเว็บไซต์ของหน่วยงาน ".repeat(3);
    const rows = [
      ["มาตรการ", "วิธีดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา", "ผลการดำเนินการ"],
      ...Array.from({ length: 8_000 }, (_, index) => [
        `มาตรการที่ ${index + 1}`,
        method,
        "กองคลัง",
        "ต.ค. 2569 - ก.ย. 2570",
        "",
      ]),
    ];
    host.paste("Sheet1", "A1", rows);
    const grid = { firstRow: 0, firstColumn: 0, values: rows };
    const measures = analysePlan(grid, { today: TODAY }).plan.measures;
    const copy: PlanCopy = {
      name: "กองคลัง.xlsx",
      fields: REPORTED_FIELDS,
      measures: measures.map((measure, index) =>
        index === 4_999 ? { ...measure, text: { ...measure.text, result: "ประกาศแล้ว" } } : measure
      ),
    };
    const id = host.sheet("Sheet1").id;
    const applied = await inExcel(host)((context) => applyMerge(context, id, [copy], {}, TODAY));
    expect(applied).toEqual({ values: 1, measures: 1, withoutColumn: [] });
    expect(host.read("Sheet1", "E5001")).toEqual([["ประกาศแล้ว"]]);
    const responses = host.syncs.map((sync) => sync.responseBytes);
    // The whole read refused, the plan's size, two row blocks, the written cell, the write.
    expect(responses[0]).toBeGreaterThan(RESPONSE_LIMIT_BYTES);
    expect(responses.slice(1).every((bytes) => bytes <= RESPONSE_LIMIT_BYTES)).toBe(true);
    expect(host.syncCount).toBe(6);
  }, 60_000);
});
