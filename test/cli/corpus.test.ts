// Every file of the generated hostile-and-broken corpus through validate, report, memo, snapshot
// and next-year, run
// as a user runs them (the built command, child processes under a 10 s and 1 GB guard): exit 2
// with one plain line naming what is wrong, or for legitimate input the exact right result; no
// input changed, and nothing left behind but the outputs asked for.
import { createHash } from "crypto";
import { mkdirSync, readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { cliText } from "../../src/i18n/cli-help-messages";
import { translate } from "../../src/i18n/translate";
import { limitText } from "../../src/xlsx/limits";
import { CorpusCase, generateCorpus } from "../corpus/generate";
import {
  errorLines,
  plainRefusalProblem,
  Run,
  runAll,
  runCommand,
  WALL_LIMIT_MS,
} from "../corpus/run-command";
import { scratchDirectory } from "../support/xlsx-fixtures";

jest.setTimeout(20 * 60_000);

const root = scratchDirectory();
const corpus = join(root, "corpus");
const outputs = join(root, "out");
mkdirSync(corpus);
mkdirSync(outputs);

function fingerprint(path: string): string {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return "absent";
  return stat.isFile() ? createHash("sha256").update(readFileSync(path)).digest("hex") : "special";
}

function commands(each: CorpusCase, index: number): string[][] {
  const report = join(outputs, `${index}-report.xlsx`);
  const memo = join(outputs, `${index}-memo.docx`);
  const snapshot = join(outputs, `${index}-snapshot.xlsx`);
  const nextYear = join(outputs, `${index}-next-year.xlsx`);
  // The corpus's plans have no settings sheet or title lines: the year and organisation are given.
  const given = ["--year", "2570", "--org", "เทศบาลตำบลตัวอย่าง"];
  return [
    ["validate", each.path, "--json"],
    ["report", each.path, "-o", report, ...given],
    ["memo", each.path, "-o", memo, ...given, "--department", "กองคลัง", "--number", "มท 0001/1"],
    ["snapshot", each.path, "-o", snapshot, "--year", "2570", "--round", "6"],
    ["next-year", each.path, "-o", nextYear, "--year", "2570"],
  ];
}

/** What is wrong with the runs of one case, or an empty list. */
function problems(each: CorpusCase, runs: Run[]): string[] {
  const found: string[] = [];
  const [validate, report, memo, snapshot, nextYear] = runs;
  const expected = each.expected;
  if (expected.kind === "refused") {
    const message = translate("th", `cli.unreadable.${expected.reason}`, {
      detail: each.path,
      limit: expected.limit ? limitText("th", expected.limit) : "",
    });
    for (const run of runs) {
      const problem = plainRefusalProblem(run);
      if (problem) found.push(`${run.args[0]}: ${problem}`);
      else if (run.stderr[0] !== message)
        found.push(`${run.args[0]}: said "${run.stderr[0]}", not "${message}"`);
    }
    return found;
  }
  for (const run of runs) {
    if (run.signal || run.peakMb > 1024) found.push(`${run.args[0]}: killed or over 1 GB`);
  }
  if (validate.code !== (expected.errors ? 1 : 0))
    found.push(`validate exit ${validate.code}: ${validate.stderr.join(" | ")}`);
  else {
    const json = JSON.parse(validate.stdout.join("\n"));
    if (json.measures.length !== expected.measures)
      found.push(`validate: ${json.measures.length} measures`);
    const done = json.measures.filter((m: { status: string }) => m.status === "done").length;
    if (done !== expected.done) found.push(`validate: ${done} done`);
    if (json.ok === expected.errors) found.push(`validate: ok ${json.ok}`);
  }
  if (report.code !== 0 || errorLines(report).length > 0)
    found.push(`report exit ${report.code}: ${report.stderr.join(" | ")}`);
  else if (
    !report.stdout[0]?.includes(`: ${expected.measures - (expected.errors ? 1 : 0)} มาตรการ`)
  ) {
    found.push(`report: ${report.stdout[0]}`);
  }
  if (memo.code !== 0 || memo.stderr.length > 0)
    found.push(`memo exit ${memo.code}: ${memo.stderr.join(" | ")}`);
  else if (
    !memo.stdout[0]?.endsWith(
      `(มาตรการทั้งหมด ${expected.measures} มาตรการ แล้วเสร็จ ${expected.done} มาตรการ)`
    )
  ) {
    found.push(`memo: ${memo.stdout[0]}`);
  }
  const kept = cliText("th", "cli.snapshot.written").split("{")[0];
  if (snapshot.code !== 0 || snapshot.stderr.length > 0 || !snapshot.stdout[0]?.startsWith(kept))
    found.push(`snapshot exit ${snapshot.code}: ${[...snapshot.stdout, ...snapshot.stderr]}`);
  const written = `(${expected.measures} มาตรการ)`;
  if (nextYear.code !== 0 || !nextYear.stdout[0]?.endsWith(written))
    found.push(`next-year exit ${nextYear.code}: ${[...nextYear.stdout, ...nextYear.stderr]}`);
  return found;
}

describe("the hostile-and-broken corpus", () => {
  it("gets a plain refusal or the exact result for every file, from every command", async () => {
    const cases = await generateCorpus(corpus);
    expect(cases.length).toBeGreaterThanOrEqual(120);
    const before = cases.map((each) => fingerprint(each.path));
    const generated = readdirSync(corpus).sort();
    const runs = await runAll(
      cases.flatMap((each, index) =>
        commands(each, index).map((args) => () => runCommand(args, outputs))
      )
    );
    const failures = cases
      .map((each, index) => ({ each, found: problems(each, runs.slice(index * 5, index * 5 + 5)) }))
      .filter(({ found }) => found.length > 0)
      .map(({ each, found }) => `${each.category} / ${each.name}: ${found.join("; ")}`);
    expect(failures).toEqual([]);
    // No input changed; nothing written but the outputs of legitimate files.
    expect(cases.map((each) => fingerprint(each.path))).toEqual(before);
    expect(readdirSync(corpus).sort()).toEqual(generated);
    const legitimate = cases.flatMap((each, index) =>
      each.expected.kind === "plan"
        ? ["memo.docx", "next-year.xlsx", "report.xlsx", "snapshot.xlsx"].map(
            (f) => `${index}-${f}`
          )
        : []
    );
    expect(readdirSync(outputs).sort()).toEqual(legitimate.sort());
    const heaviest = runs.reduce((a, b) => (b.peakMb > a.peakMb ? b : a));
    const slowest = runs.reduce((a, b) => (b.ms > a.ms ? b : a));
    const named = (run: Run) => `${run.args[0]} ${cases.find((c) => c.path === run.args[1])?.name}`;
    process.stdout.write(
      `corpus: ${cases.length} files, ${runs.length} runs (limit ${WALL_LIMIT_MS / 1000} s each); ` +
        `highest peak memory ${heaviest.peakMb.toFixed(0)} MB (${named(heaviest)}); ` +
        `slowest ${(slowest.ms / 1000).toFixed(2)} s (${named(slowest)})\n`
    );
  });
});
