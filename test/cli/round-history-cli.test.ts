// The command line reads the rounds' history the add-in keeps in the plan's workbook: the
// round-12 report says what changed since the round-6 snapshot.
import { join } from "path";
import { analysePlan } from "../../src/domain/plan-analysis";
import { HISTORY_SHEET, snapshotOf, snapshotRows } from "../../src/domain/plan/round-snapshot";
import { roundTwelveSummary } from "../support/cli-run";
import { pastedSeedTables, SEEDS } from "../support/seed-paste";
import { scratchDirectory, writeWorkbook } from "../support/xlsx-fixtures";

const directory = scratchDirectory();

it("says in the round-12 report what was reported since round 6", async () => {
  const plan = pastedSeedTables(SEEDS.wangsaphung)[0];
  const measures = analysePlan({ firstRow: 0, firstColumn: 0, values: plan }, { today: new Date() })
    .plan.measures;
  // At round 6 the first two measures had no result yet.
  const roundSix = snapshotOf(
    measures.map((measure, index) =>
      index < 2 ? { ...measure, text: { ...measure.text, result: "" } } : measure
    ),
    { fiscalYear: 2566, round: 6, takenOn: new Date(Date.UTC(2023, 3, 2)) }
  );
  const path = await writeWorkbook(join(directory, "with-history.xlsx"), [
    { name: "แผน", rows: plan },
    { name: HISTORY_SHEET, rows: snapshotRows(roundSix) },
  ]);
  const output = join(directory, "report.xlsx");
  const made = await roundTwelveSummary(path, output, 2566);
  expect(made.code).toBe(0);
  expect(made.lines).toContain(
    "เทียบกับรอบ 6 เดือน (บันทึกผลเมื่อ 2 เมษายน 2566): ดำเนินการแล้วเสร็จเพิ่ม 0 มาตรการ " +
      "รายงานผลการดำเนินการเพิ่ม 2 มาตรการ"
  );
});
