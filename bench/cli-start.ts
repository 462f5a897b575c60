// The command line's start-up as a user runs it (Node's own start included): --help, score and
// validate of an 11-measure plan against `node -e 0`, medians of interleaved runs.
// Goals (issue 16): --help and score ≤ 1.5 × node -e 0; validate ≤ 0.2 s.
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const ROOT = join(__dirname, "..");
const BIN = join(ROOT, "bin", "ita-tracker.js");
const RUNS = 7;

function seconds(args: string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "ignore" });
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(" ")} failed`);
  return Number(process.hrtime.bigint() - start) / 1e9;
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
    const times: Record<string, number[]> = Object.fromEntries(
      Object.keys(cases).map((name) => [name, []])
    );
    for (let run = 0; run < RUNS; run++)
      for (const [name, args] of Object.entries(cases)) times[name].push(seconds(args));
    const node = median(times["node -e 0"]);
    console.log("\nCommand line start-up (wall, medians of 7 interleaved runs):");
    for (const [name, values] of Object.entries(times)) {
      const value = median(values);
      const ratio = name === "node -e 0" ? "" : `  (${(value / node).toFixed(2)} × node -e 0)`;
      console.log(`  ${name.padEnd(24)} ${value.toFixed(3)} s${ratio}`);
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
