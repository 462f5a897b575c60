// The command line's report on 10,000 measures: wall time against writing the same cells with
// bare ExcelJS in the same run (goal ratio ≤ 1.5), and the process's peak memory (goal < 1 GB).
import { rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { reportFile } from "../src/cli/report-command";
import { loadWorkbook } from "../src/cli/xlsx-reader";
import { buildPlanTemplate } from "../src/domain/plan-template";
import { addPlanSheets } from "../src/xlsx/plan-workbook";
import { METHOD, planRows, RESULT } from "./plan-rows";

const TODAY = new Date(Date.UTC(2026, 10, 22));
const MEASURES = 10_000;

async function planFile(path: string): Promise<void> {
  const spec = buildPlanTemplate(
    { withExample: false, fiscalYear: 2570 },
    { sheets: [], definedNames: [] }
  );
  spec.rows = planRows(MEASURES);
  const workbook = new ExcelJS.Workbook();
  addPlanSheets(workbook, spec);
  await workbook.xlsx.writeFile(path);
}

/** The same cells as the report's table, written with ExcelJS and nothing else. */
async function bareCells(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("bare");
  for (let index = 0; index < MEASURES; index++) {
    sheet.addRow([
      `${index + 1}.`,
      `มาตรการส่งเสริมความโปร่งใสที่ ${index + 1}`,
      METHOD,
      "กองคลัง",
      "ต.ค. 2569 - ก.ย. 2570",
      RESULT,
      "",
    ]);
  }
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
}

export async function benchCliReport(): Promise<void> {
  const plan = join(tmpdir(), "ita-bench-plan.xlsx");
  const report = join(tmpdir(), "ita-bench-report.xlsx");
  const bare = join(tmpdir(), "ita-bench-bare.xlsx");
  await planFile(plan);
  let started = performance.now();
  await bareCells(bare);
  const bareMs = performance.now() - started;
  started = performance.now();
  await reportFile(
    { plan, output: report, layout: "results", thaiDigits: true, force: true },
    TODAY
  );
  const reportMs = performance.now() - started;
  const peak = process.resourceUsage().maxRSS / 1024;
  started = performance.now();
  await loadWorkbook(plan);
  const readMs = performance.now() - started;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `cli report of ${MEASURES.toLocaleString("en-US")} measures: ${seconds(reportMs)} ` +
      `(of which ExcelJS reading the plan ${seconds(readMs)}); bare ExcelJS writing the table's ` +
      `cells: ${seconds(bareMs)}; ratio ${(reportMs / bareMs).toFixed(2)}, ` +
      `${((reportMs - readMs) / bareMs).toFixed(2)} without the read (goal ≤ 1.5); ` +
      `peak memory ${peak.toFixed(0)} MB (goal < 1024 MB)`
  );
  for (const file of [plan, report, bare]) rmSync(file, { force: true });
}
