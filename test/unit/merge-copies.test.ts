// The merge never loses the plan's data: a copy reports only the fields it has a column for, and
// an empty value or a measure with no status tick in a copy is "not reported".
import { TEMPLATE_COLUMNS } from "../../src/domain/plan-columns";
import { CellValue, recognisePlan } from "../../src/domain/plan-layout";
import { readMeasures } from "../../src/domain/plan-reading";
import { mergeCopies, PlanCopy, reportedFields } from "../../src/domain/plan/merge-copies";

const HEADER = ["มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา", "ผลการดำเนินการ", "ข้อเสนอแนะ"];
const MEASURES = ["เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง", "ผู้บริหารประกาศเจตจำนงสุจริต"];

/** A plan or copy read from its rows under `header`, its reported fields from its layout. */
function read(name: string, header: string[], rows: CellValue[][]): PlanCopy {
  const grid = { firstRow: 0, firstColumn: 0, values: [header, ...rows] };
  const layout = recognisePlan(grid, {})!;
  return { name, measures: readMeasures(grid, layout).measures, fields: reportedFields(layout) };
}
const withResults = (results: string[]) =>
  MEASURES.map((measure, index) => [measure, "กองคลัง", "ตลอดปี", results[index], ""]);
const plan = read("plan", HEADER, withResults(["ประกาศแล้ว", "ลงนามแล้ว"]));
const results = (copies: PlanCopy[]) =>
  mergeCopies(plan.measures, copies, plan.fields).measures.map((m) => m.text.result);

describe("what a copy reports in the merge", () => {
  it("leaves the plan's results as they were when a copy's result header is not recognised", () => {
    const reworded = ["มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา", "สิ่งที่ทำไปแล้ว", "ข้อเสนอแนะ"];
    const copy = read("กองคลัง.xlsx", reworded, withResults(["ทำแล้ว", "ทำแล้ว"]));
    expect(copy.fields).not.toContain("result");
    const outcome = mergeCopies(plan.measures, [copy], plan.fields);
    expect(outcome.measures.map((m) => m.text.result)).toEqual(["ประกาศแล้ว", "ลงนามแล้ว"]);
    expect(outcome.taken).toEqual([]);
    expect(outcome.copies).toEqual([{ copy: "กองคลัง.xlsx", taken: 0, lacking: ["result"] }]);
  });

  it("never takes a copy's blank over the plan's value, nor counts it in a conflict", () => {
    const blank = read("กองช่าง.xlsx", HEADER, withResults(["", ""]));
    expect(results([blank])).toEqual(["ประกาศแล้ว", "ลงนามแล้ว"]);
    const filled = read("สำนักปลัด.xlsx", HEADER, withResults(["", "ลงนามครบ 20 คน"]));
    const outcome = mergeCopies(plan.measures, [blank, filled], plan.fields);
    expect(outcome.conflicts).toEqual([]);
    expect(outcome.measures.map((m) => m.text.result)).toEqual(["ประกาศแล้ว", "ลงนามครบ 20 คน"]);
    expect(outcome.copies.map(({ copy, taken }) => [copy, taken])).toEqual([
      ["กองช่าง.xlsx", 0],
      ["สำนักปลัด.xlsx", 1],
    ]);
  });

  it("takes no status from a copy with no tick for the measure", () => {
    const header = TEMPLATE_COLUMNS.map((column) => column.header);
    const row = (done: boolean) =>
      TEMPLATE_COLUMNS.map((column) => {
        if (column.key === "measure") return MEASURES[0];
        if (column.key === "status") return column.status === "done" && done;
        return column.key === "result" ? "ประกาศแล้ว" : "";
      });
    const ticked = read("plan", header, [row(true)]);
    const unticked = read("กองคลัง.xlsx", header, [row(false)]);
    expect(unticked.fields).toContain("status");
    const outcome = mergeCopies(ticked.measures, [unticked], ticked.fields);
    expect(outcome.measures[0].ticked).toEqual(["done"]);
    expect(outcome.taken).toEqual([]);
  });
});
