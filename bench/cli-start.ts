// The command line's start-up as a user runs it (Node's own start included): --help, score and
// validate of an 11-measure plan against `node -e 0`, medians of interleaved runs: wall time (the
// goals), and CPU time, which other work on the machine stretches far less.
// Goals (issue 16): --help and score ≤ 1.5 × node -e 0; validate ≤ 0.2 s.
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { cpus, loadavg, tmpdir } from "os";
import { join } from "path";

const ROOT = join(__dirname, "..");
const BIN = join(ROOT, "bin", "ita-tracker.js");
const CPU_TIME = join(__dirname, "cpu-time.js");
const RUNS = 7;

/** Wall and CPU seconds of one run. */
function seconds(args: string[]): { wall: number; cpu: number } {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["--require", CPU_TIME, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "ignore", "pipe"],
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = /cpu-us (\d+)/.exec(result.stderr);
  if ((result.status !== 0 && result.status !== 1) || !cpu)
    throw new Error(`${args.join(" ")} failed`);
  return { wall, cpu: Number(cpu[1]) / 1e6 };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function benchCliStart(): void {
  const directory = mkdtempSync(join(tmpdir(), "ita-start-"));
  try {
    const plan = join(directory, "plan.xlsx");
    spawnSync(process.execPath, [BIN, "template", "--example", "-o", plan], { stdio: "ignore" });
    const cases: Record<string, string[]> = {
      "node -e 0": ["-e", "0"],
      "--help": [BIN, "--help"],
      score: [BIN, "score", "--year", "2566", "--scores", "90,91,92,93,94,95,96,97,98,99"],
      "validate (11 measures)": [BIN, "validate", plan],
    };
    const times: Record<string, { wall: number; cpu: number }[]> = Object.fromEntries(
      Object.keys(cases).map((name) => [name, []])
    );
    for (let run = 0; run < RUNS; run++)
      for (const [name, args] of Object.entries(cases)) times[name].push(seconds(args));
    const node = times["node -e 0"];
    const figure = (values: typeof node, key: "wall" | "cpu", name: string) => {
      const value = median(values.map((time) => time[key]));
      const ratio = value / median(node.map((time) => time[key]));
      return `${value.toFixed(3)} s${name === "node -e 0" ? "" : ` (${ratio.toFixed(2)} ×)`}`;
    };
    console.log(
      "\nCommand line start-up (medians of 7 interleaved runs; × node -e 0; " +
        `load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs):`
    );
    for (const [name, values] of Object.entries(times)) {
      const wall = figure(values, "wall", name);
      console.log(
        `  ${name.padEnd(24)} wall ${wall.padEnd(18)} CPU ${figure(values, "cpu", name)}`
      );
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
