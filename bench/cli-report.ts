// The command line's report on 10,000 measures: wall time against writing the same cells with
// bare ExcelJS in the same run (goal ratio ≤ 1.5), and the process's peak memory (goal < 1 GB).
import { spawnSync } from "child_process";
import { rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { readPlanInputs, reportFile } from "../src/cli/report-command";
import { buildPlanTemplate } from "../src/domain/plan-template";
import { addPlanSheets } from "../src/xlsx/plan-workbook";
import { METHOD, planRows, RESULT } from "./plan-rows";

const TODAY = new Date(Date.UTC(2026, 10, 22));
const MEASURES = 10_000;
// The template's settings leave the organisation blank: the report needs one named.
const ORGANISATION = "เทศบาลตำบลตัวอย่าง";

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

const RUNS = 5;
const BIN = join(__dirname, "..", "bin", "ita-tracker.js");
const PEAK_MEMORY = join(__dirname, "peak-memory.js");

/** The built command, run once as a user runs it: Node's start and module loading included. */
function commandRun(plan: string, report: string): { ms: number; peakMb: number } {
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [
      "--require",
      PEAK_MEMORY,
      BIN,
      "report",
      plan,
      "-o",
      report,
      "--org",
      ORGANISATION,
      "--thai-digits",
      "--force",
    ],
    { encoding: "utf8" }
  );
  const ms = performance.now() - started;
  const peak = /peak-rss-kb (\d+)/.exec(run.stderr);
  if (run.status !== 0 || !peak) throw new Error(`ita-tracker report failed: ${run.stderr}`);
  return { ms, peakMb: Number(peak[1]) / 1024 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Wall time of one run, started from a collected heap (npm run bench passes --expose-gc), as a
 * command-line run starts from an empty one: neither side pays for the other's garbage. */
async function timed(action: () => Promise<unknown>): Promise<number> {
  (globalThis as { gc?: () => void }).gc?.();
  const started = performance.now();
  await action();
  return performance.now() - started;
}

export async function benchCliReport(): Promise<void> {
  const plan = join(tmpdir(), "ita-bench-plan.xlsx");
  const report = join(tmpdir(), "ita-bench-report.xlsx");
  const bare = join(tmpdir(), "ita-bench-bare.xlsx");
  await planFile(plan);
  // Interleaved runs, medians: neither side gets the cold start alone.
  const bareTimes: number[] = [];
  const reportTimes: number[] = [];
  const readTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    bareTimes.push(await timed(() => bareCells(bare)));
    reportTimes.push(
      await timed(() =>
        reportFile(
          {
            plan,
            output: report,
            layout: "results",
            org: ORGANISATION,
            thaiDigits: true,
            force: true,
          },
          TODAY
        )
      )
    );
    readTimes.push(
      await timed(() => readPlanInputs({ plan, layout: "results", org: ORGANISATION }, TODAY))
    );
  }
  const command = commandRun(plan, report);
  const [bareMs, reportMs, readMs] = [bareTimes, reportTimes, readTimes].map(median);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `cli report of ${MEASURES.toLocaleString("en-US")} measures, medians of ${RUNS} runs: ` +
      `${seconds(reportMs)} (of which reading and checking the plan ${seconds(readMs)}); ` +
      `bare ExcelJS writing the table's cells: ${seconds(bareMs)}; ` +
      `ratio ${(reportMs / bareMs).toFixed(2)} (goal ≤ 1.5)`
  );
  console.log(
    `ita-tracker report of ${MEASURES.toLocaleString("en-US")} measures as a user runs it ` +
      `(Node's start and module loading included): ${seconds(command.ms)}, ` +
      `peak memory ${command.peakMb.toFixed(0)} MB (goal < 1024 MB)`
  );
  for (const file of [plan, report, bare]) rmSync(file, { force: true });
}
