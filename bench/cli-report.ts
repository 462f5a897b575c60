// The command line's report and validate at 1,000, 10,000 and 100,000 measures (issue 16):
// - as a user runs them (a child process, Node's start included): wall time, µs per measure and
//   peak memory (goal < 500 MB at 100,000);
// - in one process, medians of interleaved runs: the report against its floor (the project's
//   reader plus ExcelJS's streaming writer writing the same cells, report-floor.ts; goal ≤ 1.3)
//   and, for continuity, against bare in-memory ExcelJS writing the table's cells (10,000).
import { spawnSync } from "child_process";
import { rmSync, writeFileSync } from "fs";
import { loadavg, tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { reportFile } from "../src/cli/report-command";
import { buildPlanTemplate } from "../src/domain/plan-template";
import { addPlanSheets } from "../src/xlsx/plan-workbook";
import { METHOD, planRows, RESULT } from "./plan-rows";
import { floorCells, floorRun } from "./report-floor";

const TODAY = new Date(Date.UTC(2026, 10, 22));
const SIZES = [1_000, 10_000, 100_000];
// The template's settings leave the organisation blank: the report needs one named.
const ORGANISATION = "เทศบาลตำบลตัวอย่าง";
const BIN = join(__dirname, "..", "bin", "ita-tracker.js");
const PEAK_MEMORY = join(__dirname, "peak-memory.js");

async function planFile(path: string, measures: number): Promise<void> {
  const spec = buildPlanTemplate(
    { withExample: false, fiscalYear: 2570 },
    { sheets: [], definedNames: [] }
  );
  spec.rows = planRows(measures);
  const workbook = new ExcelJS.Workbook();
  addPlanSheets(workbook, spec);
  await workbook.xlsx.writeFile(path);
}

/** The same cells as the report's table, written with in-memory ExcelJS and nothing else. */
async function bareCells(path: string, measures: number): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("bare");
  for (let index = 0; index < measures; index++) {
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

/** The built command, run as a user runs it: wall time and peak memory. */
function commandRun(args: string[]): { ms: number; peakMb: number } {
  const started = performance.now();
  const run = spawnSync(process.execPath, ["--require", PEAK_MEMORY, BIN, ...args], {
    encoding: "utf8",
  });
  const ms = performance.now() - started;
  const peak = /peak-rss-kb (\d+)/.exec(run.stderr);
  if ((run.status !== 0 && run.status !== 1) || !peak)
    throw new Error(`ita-tracker ${args[0]} failed: ${run.stderr}`);
  return { ms, peakMb: Number(peak[1]) / 1024 };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const spread = (values: number[]) =>
  `${(Math.min(...values) / 1000).toFixed(2)}–${(Math.max(...values) / 1000).toFixed(2)} s`;

/** Wall and CPU time (ms) of one run, started from a collected heap (npm run bench passes
 * --expose-gc). CPU time counts every thread of the process (zlib's too) and is stretched far
 * less than wall time by other work on the machine. */
async function timed(action: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const cpu = process.cpuUsage();
  const started = performance.now();
  await action();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

function userRuns(plan: string, report: string, measures: number): void {
  const runs = measures >= 100_000 ? 3 : 5;
  for (const [name, args] of [
    ["validate", ["validate", plan]],
    ["report", ["report", plan, "-o", report, "--org", ORGANISATION, "--thai-digits", "--force"]],
  ] as const) {
    const results = Array.from({ length: runs }, () => commandRun([...args]));
    const ms = median(results.map((result) => result.ms));
    const peak = Math.max(...results.map((result) => result.peakMb));
    console.log(
      `  ${name.padEnd(8)} ${measures.toLocaleString("en-US").padStart(7)} measures: ` +
        `${(ms / 1000).toFixed(2)} s (${spread(results.map((r) => r.ms))}), ` +
        `${((ms * 1000) / measures).toFixed(0)} µs/measure, peak ${peak.toFixed(0)} MB`
    );
  }
}

async function againstFloor(plan: string, report: string, measures: number): Promise<void> {
  const args = { plan, output: report, org: ORGANISATION, thaiDigits: true, force: true };
  const outcome = await reportFile(args, TODAY);
  if (outcome.kind !== "report") throw new Error("the benchmark plan was refused");
  const cells = floorCells(outcome.spec);
  const floorFile = join(tmpdir(), "ita-bench-floor.xlsx");
  const bareFile = join(tmpdir(), "ita-bench-bare.xlsx");
  const runs = measures >= 100_000 ? 3 : 5;
  const runsOf = { report: [], floor: [], bare: [] } as Record<
    "report" | "floor" | "bare",
    { wall: number; cpu: number }[]
  >;
  for (let run = 0; run < runs; run++) {
    runsOf.floor.push(await timed(() => floorRun(plan, cells, floorFile)));
    runsOf.report.push(await timed(() => reportFile(args, TODAY)));
    if (measures <= 10_000) runsOf.bare.push(await timed(() => bareCells(bareFile, measures)));
  }
  const wallOf = (name: keyof typeof runsOf) => runsOf[name].map((time) => time.wall);
  const cpuOf = (name: keyof typeof runsOf) => median(runsOf[name].map((time) => time.cpu));
  const times = { report: wallOf("report"), floor: wallOf("floor"), bare: wallOf("bare") };
  const [ours, floor] = [median(times.report), median(times.floor)];
  console.log(
    `  ${measures.toLocaleString("en-US").padStart(7)} measures: report ${(ours / 1000).toFixed(2)} s ` +
      `(${spread(times.report)}), floor ${(floor / 1000).toFixed(2)} s (${spread(times.floor)}): ` +
      `ratio ${(ours / floor).toFixed(2)} (goal ≤ 1.3)` +
      (times.bare.length
        ? `; bare in-memory ExcelJS ${(median(times.bare) / 1000).toFixed(2)} s, ratio ` +
          `${(ours / median(times.bare)).toFixed(2)} (the earlier goal ≤ 1.5)`
        : "") +
      `; CPU time ratio ${(cpuOf("report") / cpuOf("floor")).toFixed(2)} ` +
      `(load average ${loadavg()[0].toFixed(1)})`
  );
  for (const file of [floorFile, bareFile]) rmSync(file, { force: true });
}

export async function benchCliReport(): Promise<void> {
  const files = SIZES.map((measures) => ({
    measures,
    plan: join(tmpdir(), `ita-bench-plan-${measures}.xlsx`),
    report: join(tmpdir(), `ita-bench-report-${measures}.xlsx`),
  }));
  for (const { plan, measures } of files) await planFile(plan, measures);
  console.log("\nCommand line as a user runs it (medians; range of the runs in brackets):");
  for (const { plan, report, measures } of files) userRuns(plan, report, measures);
  console.log("\nReport against its floor, in one process (medians of interleaved runs):");
  for (const { plan, report, measures } of files.filter((file) => file.measures >= 10_000))
    await againstFloor(plan, report, measures);
  for (const { plan, report } of files)
    for (const file of [plan, report]) rmSync(file, { force: true });
}
