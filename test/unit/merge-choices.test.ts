// The pane's merge after the preview: the user's choice per conflict applied, and exactly the
// reported cells of the plan that then differ (continued rows emptied, status as three ticks).
import { TEMPLATE_COLUMNS } from "../../src/domain/plan-columns";
import { recognisePlan, SheetGrid } from "../../src/domain/plan-layout";
import { readMeasures } from "../../src/domain/plan-reading";
import { conflictKey, mergeWrites, withChoices } from "../../src/domain/plan/merge-choices";
import { mergeCopies, REPORTED_FIELDS } from "../../src/domain/plan/merge-copies";

const header = TEMPLATE_COLUMNS.map((column) => column.header);
const col = (key: string, status?: string) =>
  TEMPLATE_COLUMNS.findIndex((column) => column.key === key && column.status === status);
const row = (values: Partial<Record<string, string | number | boolean>>) =>
  TEMPLATE_COLUMNS.map((column) =>
    column.key === "status" ? (values[column.status!] ?? false) : (values[column.key] ?? "")
  );
const PROCUREMENT = "เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง";
const PLEDGE = "ผู้บริหารประกาศเจตจำนงสุจริต";
const base = { method: "ประกาศ", owner: "กองคลัง", period: "ต.ค. 2568 - ก.ย. 2569" };

function measuresOf(rows: ReturnType<typeof row>[]) {
  const grid: SheetGrid = { firstRow: 0, firstColumn: 0, values: [header, ...rows] };
  const layout = recognisePlan(grid, {})!;
  return { layout, measures: readMeasures(grid, layout).measures };
}

const plan = measuresOf([
  row({ number: 1, measure: PROCUREMENT, ...base }),
  row({ number: 2, measure: PLEDGE, ...base, owner: "สำนักปลัด", result: "ร่างประกาศแล้ว" }),
]);
const finance = measuresOf([
  row({ number: 1, measure: PROCUREMENT, ...base, done: true, result: "ครบ 12 เดือน", budget: 500 }),
  row({ number: 2, measure: PLEDGE, ...base, owner: "สำนักปลัด", result: "ร่างประกาศแล้ว" }),
]).measures;
const office = measuresOf([
  row({ number: 1, measure: `  ${PROCUREMENT}.`, ...base }),
  row({ number: 2, measure: PLEDGE, ...base, owner: "สำนักปลัด", result: "ประกาศแล้ว 1 ต.ค." }),
  row({ number: 3, measure: "มาตรการใหม่ของสำนักปลัด", ...base }),
]).measures;

describe("the merge's choices and the cells it writes", () => {
  const copies = [
    { name: "กองคลัง.xlsx", measures: finance, fields: REPORTED_FIELDS },
    { name: "สำนักปลัด.xlsx", measures: office, fields: REPORTED_FIELDS },
  ];

  it("writes what one copy reported: three ticks, the result and the budget, nothing else", () => {
    const outcome = mergeCopies(plan.measures, copies, REPORTED_FIELDS);
    expect(outcome.conflicts).toEqual([]);
    const writes = mergeWrites(plan.layout, plan.measures, withChoices(outcome, copies, {}));
    expect(writes.cells).toEqual([
      { row: 1, column: col("status", "not_started"), value: false },
      { row: 1, column: col("status", "in_progress"), value: false },
      { row: 1, column: col("status", "done"), value: true },
      { row: 1, column: col("result"), value: "ครบ 12 เดือน" },
      { row: 1, column: col("budget"), value: 500 },
      { row: 2, column: col("result"), value: "ประกาศแล้ว 1 ต.ค." },
    ]);
    // The status, result and budget of row 2 and the result of row 3: as the preview lists them.
    expect([writes.values, writes.measures]).toEqual([outcome.taken.length, 2]);
    expect(writes.values).toBe(4);
    expect(outcome.added).toEqual([{ copy: "สำนักปลัด.xlsx", measure: "มาตรการใหม่ของสำนักปลัด" }]);
  });

  it("keeps the plan's value of a conflict left open, and writes the copy chosen", () => {
    const changed = measuresOf([
      row({ number: 1, measure: PROCUREMENT, ...base }),
      row({ number: 2, measure: PLEDGE, ...base, owner: "สำนักปลัด", result: "ลงนามแล้ว" }),
    ]).measures;
    const both = [...copies, { name: "กองช่าง.xlsx", measures: changed, fields: REPORTED_FIELDS }];
    const outcome = mergeCopies(plan.measures, both, REPORTED_FIELDS);
    expect(outcome.conflicts).toHaveLength(1);
    const [conflict] = outcome.conflicts;
    const resultColumn = col("result");
    const open = mergeWrites(plan.layout, plan.measures, withChoices(outcome, both, {}));
    expect(open.cells.filter((cell) => cell.row === 2)).toEqual([]);
    const chosen = mergeWrites(
      plan.layout,
      plan.measures,
      withChoices(outcome, both, { [conflictKey(conflict)]: "กองช่าง.xlsx" })
    );
    expect(chosen.cells.filter((cell) => cell.row === 2)).toEqual([
      { row: 2, column: resultColumn, value: "ลงนามแล้ว" },
    ]);
  });

  it("empties the field's continued rows and names a field the plan has no column for", () => {
    // A plan without a budget column whose first measure runs on over a second row.
    const narrow = (extra: string[][]) =>
      ({
        firstRow: 0,
        firstColumn: 0,
        values: [
          ["มาตรการ", "วิธีดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา", "ผลการดำเนินการ"],
          ["1. " + PROCUREMENT, "ประกาศ", "กองคลัง", "ต.ค. 68", "ประกาศแล้ว"],
          ...extra,
        ],
      }) as SheetGrid;
    const grid = narrow([["", "", "", "", "ทุกเดือน"]]);
    const layout = recognisePlan(grid, {})!;
    const measures = readMeasures(grid, layout).measures;
    expect(measures[0].sourceRows).toEqual([1, 2]);
    const financeOnly = [copies[0]];
    const outcome = mergeCopies(measures, financeOnly, REPORTED_FIELDS);
    const writes = mergeWrites(layout, measures, withChoices(outcome, financeOnly, {}));
    expect(writes.cells).toEqual([
      { row: 1, column: 4, value: "ครบ 12 เดือน" },
      { row: 2, column: 4, value: "" },
    ]);
    expect(writes.withoutColumn).toEqual(["status", "budget"]);
  });

  it("writes a status as its word into a plan with one status column of words", () => {
    const grid: SheetGrid = {
      firstRow: 0,
      firstColumn: 0,
      values: [
        ["มาตรการ", "วิธีดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา", "สถานะ", "ผลการดำเนินการ"],
        [PROCUREMENT, "ประกาศ", "กองคลัง", "ต.ค. 68", "อยู่ระหว่างดำเนินการ", ""],
      ],
    };
    const layout = recognisePlan(grid, {})!;
    const measures = readMeasures(grid, layout).measures;
    const financeOnly = [copies[0]];
    const writes = mergeWrites(
      layout,
      measures,
      withChoices(mergeCopies(measures, financeOnly, REPORTED_FIELDS), financeOnly, {})
    );
    expect(writes.cells).toEqual([
      { row: 1, column: 4, value: "ดำเนินการแล้วเสร็จ" },
      { row: 1, column: 5, value: "ครบ 12 เดือน" },
    ]);
    expect(writes.withoutColumn).toEqual(["budget"]);
    // The word reads back as the status.
    grid.values[1][4] = "ดำเนินการแล้วเสร็จ";
    expect(readMeasures(grid, layout).measures[0].ticked).toEqual(["done"]);
  });
});
