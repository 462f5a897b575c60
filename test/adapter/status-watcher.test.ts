// Issue 13 bugs 1 and 6: the status ticks on hosts at ExcelApi 1.9 (no triggerSource), 1.14 and
// 1.18 (triggerSource, native check boxes), and co-authors' changes.
import { serialFromDate } from "../../src/domain/periods";
import { insertPlanTemplate } from "../../src/excel/plan-template-writer";
import { watchPlans } from "../../src/excel/status-watcher";
import { FakeExcelHost } from "../../office-fake/excel";
import { capabilitiesOf, inExcel } from "../support/in-excel";

const PLAN = "แผนมาตรการ ITA";
const VERSIONS = ["1.9", "1.14", "1.18"];

async function planOn(apiVersion: string) {
  const host = new FakeExcelHost(["Sheet1"], { apiVersion, platform: "web" });
  const run = inExcel(host);
  const capabilities = capabilitiesOf(host);
  await run((context) =>
    insertPlanTemplate(context, { withExample: true, fiscalYear: 2570 }, capabilities)
  );
  let day = 1;
  const changes: string[] = [];
  const errors: unknown[] = [];
  await watchPlans(
    run,
    capabilities,
    (sheetId) => changes.push(sheetId),
    (error) => errors.push(error),
    () => new Date(2026, 10, day, 9, 30)
  );
  await host.eventsDelivered();
  return {
    host,
    changes,
    errors,
    /** The next edits happen on the given day of November 2026. */
    setDay: (next: number) => (day = next),
    stampOf: (next: number) => serialFromDate(new Date(Date.UTC(2026, 10, next))),
    ticks: (row: number) => host.read(PLAN, `F${row}:H${row}`)[0],
    stamp: (row: number) => host.read(PLAN, `Q${row}`)[0][0],
  };
}

describe.each(VERSIONS)("status ticks on ExcelApi %s", (apiVersion) => {
  it("not started → in progress → done → unticked, each stamping that day", async () => {
    const plan = await planOn(apiVersion);
    expect(plan.ticks(3)).toEqual([true, false, false]);
    plan.setDay(2);
    await plan.host.userEdit(PLAN, "G3", [[true]]);
    expect(plan.ticks(3)).toEqual([false, true, false]);
    expect(plan.stamp(3)).toBe(plan.stampOf(2));
    plan.setDay(3);
    await plan.host.userEdit(PLAN, "H3", [[true]]);
    expect(plan.ticks(3)).toEqual([false, false, true]);
    expect(plan.stamp(3)).toBe(plan.stampOf(3));
    plan.setDay(4);
    await plan.host.userEdit(PLAN, "H3", [[false]]);
    expect(plan.ticks(3)).toEqual([false, false, false]);
    expect(plan.stamp(3)).toBe(plan.stampOf(4));
    expect(plan.errors).toEqual([]);
  });

  it("ticking two rows in one paste clears and stamps both", async () => {
    const plan = await planOn(apiVersion);
    plan.setDay(5);
    await plan.host.userEdit(PLAN, "G4:G5", [[true], [true]]);
    expect([plan.ticks(4), plan.ticks(5)]).toEqual([
      [false, true, false],
      [false, true, false],
    ]);
    expect([plan.stamp(4), plan.stamp(5)]).toEqual([plan.stampOf(5), plan.stampOf(5)]);
    expect(plan.errors).toEqual([]);
  });

  it("after an undo, ticking a box the add-in had cleared still counts", async () => {
    const plan = await planOn(apiVersion);
    plan.setDay(6);
    await plan.host.userEdit(PLAN, "H6", [[true]]);
    expect(plan.ticks(6)).toEqual([false, false, true]);
    // Ctrl+Z puts the user's own cell back; Excel raises it as a local change.
    await plan.host.userEdit(PLAN, "H6", [[false]]);
    plan.setDay(7);
    await plan.host.userEdit(PLAN, "F6", [[true]]);
    expect(plan.ticks(6)).toEqual([true, false, false]);
    expect(plan.stamp(6)).toBe(plan.stampOf(7));
  });
});

describe.each(VERSIONS)("cell-edit mode on ExcelApi %s", (apiVersion) => {
  it("a tick Excel refused while the user typed in a cell is applied once the cell is entered", async () => {
    const plan = await planOn(apiVersion);
    plan.setDay(9);
    // The user ticks G3 and starts typing in I5 before the add-in's batch reaches Excel.
    await plan.host.userEdit(PLAN, "G3", [[true]], "I5");
    await plan.host.commitCellEdit(PLAN, "ประชุมแล้ว");
    expect(plan.ticks(3)).toEqual([false, true, false]);
    expect(plan.stamp(3)).toBe(plan.stampOf(9));
    expect(plan.host.read(PLAN, "I5")).toEqual([["ประชุมแล้ว"]]);
    expect(plan.errors).toEqual([]);
  });
});

describe.each(VERSIONS)("co-authoring on ExcelApi %s", (apiVersion) => {
  it("a co-author's tick is theirs: no date stamped here, no box cleared, the pane refreshes", async () => {
    const plan = await planOn(apiVersion);
    const stampBefore = plan.stamp(3);
    await plan.host.remoteEdit(PLAN, "G3", [[true]]);
    expect(plan.ticks(3)).toEqual([true, true, false]);
    expect(plan.stamp(3)).toBe(stampBefore);
    expect(plan.changes).toEqual([plan.host.sheet(PLAN).id]);
  });

  it("a co-author's tick arriving while the local user types in a cell loses nothing", async () => {
    const plan = await planOn(apiVersion);
    plan.host.startCellEdit("I2");
    await plan.host.remoteEdit(PLAN, "H3", [[true]]);
    plan.host.finishCellEdit();
    expect(plan.errors).toEqual([]);
    expect(plan.ticks(3)).toEqual([true, false, true]);
    plan.setDay(8);
    await plan.host.userEdit(PLAN, "G2", [[true]]);
    expect(plan.ticks(2)).toEqual([false, true, false]);
    expect(plan.ticks(3)).toEqual([true, false, true]);
    expect(plan.stamp(2)).toBe(plan.stampOf(8));
  });
});

describe("stored column mappings someone damaged", () => {
  it.each(["not json", "null", '{"x":5}'])("%s: the ticks still work", async (stored) => {
    const plan = await planOn("1.18");
    plan.host.model.settings.set("ITA.columnMappings", stored);
    await plan.host.userEdit(PLAN, "H3", [[true]]);
    expect(plan.ticks(3)).toEqual([false, false, true]);
    expect(plan.errors).toEqual([]);
  });
});
