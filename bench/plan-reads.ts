// Round trips of reading a plan from Excel (counted on the strict fake), and the domain time of
// recognising, reading and validating large plans.
import { capabilitiesFrom } from "../src/domain/excel-capabilities";
import { analysePlan } from "../src/domain/plan-analysis";
import type { CellValue } from "../src/domain/plan-layout";
import { checkPlan } from "../src/excel/plan-actions";
import { FakeExcelHost, FakeRequestContext } from "../office-fake/excel";
import { syncFigures } from "./sync-figures";

const HEADER = ["ลำดับ", "มาตรการ/แนวทาง", "วิธีดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ"]
  .concat(["ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ", "ดำเนินการแล้วเสร็จ", "ผลการดำเนินการ"])
  .concat(["ผลลัพธ์หรือความสำเร็จ", "งบประมาณ (บาท)", "ปัญหา/อุปสรรค", "ข้อเสนอแนะ"]);

function plan(measures: number): CellValue[][] {
  const rows: CellValue[][] = [HEADER];
  for (let index = 0; index < measures; index++) {
    rows.push([
      index + 1,
      `มาตรการส่งเสริมความโปร่งใสที่ ${index + 1}`,
      "๑. จัดทำแผน\n๒. ประชาสัมพันธ์\n๓. รายงานผล",
      ["กองคลัง", "สำนักปลัด", "กองช่าง"][index % 3],
      index % 2 ? "ต.ค. ๒๕๖๙ - ก.ย. ๒๕๗๐" : "1 ม.ค. 70 - 31 มี.ค. 70",
      index % 3 === 0,
      index % 3 === 1,
      index % 3 === 2,
      index % 3 === 2 ? "ดำเนินการครบทุกขั้นตอน" : "",
      "",
      "๑๒,๕๐๐.๐๐",
      "",
      "",
    ]);
  }
  return rows;
}

export async function benchPlanReads(): Promise<void> {
  const today = new Date(Date.UTC(2026, 10, 22));
  // 20,000 measures pass Excel on the web's 5 MB response limit: read in row blocks.
  for (const measures of [10, 1_000, 10_000, 20_000]) {
    const host = new FakeExcelHost();
    host.paste("Sheet1", "A1", plan(measures) as (string | number | boolean)[][]);
    await host.run((context: FakeRequestContext) =>
      checkPlan(
        context as unknown as Excel.RequestContext,
        capabilitiesFrom(() => true),
        today
      )
    );
    console.log(
      `plan read + check (${measures} measures, Excel on the web): ${syncFigures(host.syncs)}`
    );
  }
  for (const measures of [1_000, 10_000]) {
    const grid = { firstRow: 0, firstColumn: 0, values: plan(measures) };
    analysePlan(grid, { today, fiscalYear: 2570 });
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      const analysis = analysePlan(grid, { today, fiscalYear: 2570 });
      times.push(performance.now() - started);
      if (analysis.plan.measures.length !== measures) throw new Error("measures lost");
    }
    times.sort((a, b) => a - b);
    console.log(
      `recognise + read + validate ${measures} measures in the domain: median ${times[2].toFixed(1)} ms (goal < 100 ms for 10,000)`
    );
  }
}
