// Runs the built command line (lib/, through bin/) as a user would, as a child process with a
// hang guard of 10 s and a 1 GB memory cap (V8's heap limit, and the peak resident size the child
// reports checked by the caller), a few at a time; and the contract every run must keep.
import { spawn } from "child_process";
import { join } from "path";
import { translate } from "../../src/i18n/translate";

const ROOT = join(__dirname, "..", "..");
// ITA_CLI_ROOT runs another build (today's main, for showing which cases it fails).
const BIN = join(process.env.ITA_CLI_ROOT ?? ROOT, "bin", "ita-tracker.js");
const PEAK_MEMORY = join(ROOT, "bench", "peak-memory.js");
export const WALL_LIMIT_MS = 10_000;
export const MEMORY_LIMIT_MB = 1024;

export interface Run {
  args: string[];
  code: number | null;
  signal: string | null;
  stdout: string[];
  stderr: string[];
  peakMb: number;
  /** Wall time, Node's start included. */
  ms: number;
}

function lines(text: string): string[] {
  return text.split("\n").filter((line) => line !== "");
}

export function runCommand(args: string[], cwd: string): Promise<Run> {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      [`--max-old-space-size=${MEMORY_LIMIT_MB}`, "--require", PEAK_MEMORY, BIN, ...args],
      { cwd, timeout: WALL_LIMIT_MS, killSignal: "SIGKILL" }
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code, signal) => {
      const peak = /peak-rss-kb (\d+)/.exec(stderr);
      done({
        args,
        code,
        signal,
        stdout: lines(stdout),
        stderr: lines(stderr.replace(/peak-rss-kb \d+\n?/, "")),
        peakMb: peak ? Number(peak[1]) / 1024 : Infinity,
        ms: performance.now() - started,
      });
    });
  });
}

/** Runs every job, `parallel` at a time, keeping their order. */
export async function runAll<T>(jobs: (() => Promise<T>)[], parallel = 2): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index]();
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return results;
}

const CATCH_ALL = [translate("th", "cli.failed"), translate("en", "cli.failed")];

/** The report's warnings (they go to stderr): the rows left out and the charts without scores. */
const REPORT_WARNINGS = [
  translate("th", "report.leftOut"),
  translate("th", "report.noScores", { count: 10 }),
  /^แถว \d+: /,
];

/** Stderr lines of a run that are not the report's warnings: errors, in a run that wrote. */
export function errorLines(run: Run): string[] {
  return run.stderr.filter(
    (line) =>
      !REPORT_WARNINGS.some((warning) =>
        typeof warning === "string" ? line === warning : warning.test(line)
      )
  );
}

/** What is wrong with a run that should have refused its input with one plain line, or null. */
export function plainRefusalProblem(run: Run): string | null {
  if (run.signal) return `killed by ${run.signal} (over ${WALL_LIMIT_MS / 1000} s?)`;
  if (run.peakMb > MEMORY_LIMIT_MB) return `peak memory ${run.peakMb.toFixed(0)} MB`;
  if (run.code !== 2) return `exit ${run.code}`;
  if (run.stdout.length !== 0 || run.stderr.length !== 1)
    return `not one line: ${run.stderr.join(" | ")}`;
  if (CATCH_ALL.includes(run.stderr[0])) return "the catch-all message";
  if (/\bat .+:\d+:\d+|Error:|TypeError|RangeError|undefined/.test(run.stderr[0])) {
    return `a raw error: ${run.stderr[0]}`;
  }
  return null;
}
