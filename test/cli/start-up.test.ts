// Each command loads only what it uses: the built command line, run as a user runs it, does not
// load ExcelJS or docx for --help, score, validate or report (they take 0.5-0.8 s to load; the
// bench prints times).
import { spawnSync } from "child_process";
import { existsSync } from "fs";
import { join } from "path";
import { longCellPlan } from "../support/long-plans";
import { scratchDirectory, writeWorkbook } from "../support/xlsx-fixtures";

const main = join(__dirname, "..", "..", "lib", "cli", "main.js");

/** The modules a run loads: the packages' names under node_modules and the project's own files
 * (as `cli/args`). */
function modulesLoadedBy(args: string[]): { packages: string[]; own: string[] } {
  const script = `
    const { runCli } = require(${JSON.stringify(main)});
    runCli(${JSON.stringify(args)}, { out() {}, err() {}, today: new Date() }).then(() => {
      console.log(JSON.stringify(Object.keys(require.cache)));
    });`;
  const result = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  expect(result.stderr).toBe("");
  const paths: string[] = JSON.parse(result.stdout);
  const names = (pattern: RegExp) =>
    [...new Set(paths.map((path) => pattern.exec(path)?.[1]).filter(Boolean))] as string[];
  return {
    packages: names(/node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/),
    own: names(/[\\/]lib[\\/](.+)\.js$/).map((name) => name.replace(/\\/g, "/")),
  };
}

function heavyModulesLoadedBy(args: string[]): string[] {
  return modulesLoadedBy(args).packages.filter((name) => name === "exceljs" || name === "docx");
}

describe("the command line's start", () => {
  it.each([
    [["--help"]],
    [["score", "--year", "2566", "--scores", "90,90,90,90,90,90,90,90,90,90"]],
  ])("loads neither ExcelJS nor docx for %p", (args) => {
    expect(heavyModulesLoadedBy(args)).toEqual([]);
  });

  // Node's module loading is most of a short command's time: --help and score load no reader,
  // no writer and no other command's code.
  it.each([
    [["--help"], []],
    [
      ["score", "--year", "2566", "--scores", "90,90,90,90,90,90,90,90,90,90"],
      ["cli/score-command"],
    ],
  ])("loads no other command's modules for %p", (args, commandModules) => {
    const own = modulesLoadedBy(args).own;
    expect(
      own.filter((name) => /^(xlsx|docx)\//.test(name) && !/unreadable|limits/.test(name))
    ).toEqual([]);
    expect(own.filter((name) => /^cli\/.+-(command|file|lines)$|^cli\/pdf$/.test(name))).toEqual(
      commandModules
    );
  });

  it("loads neither for validate and report, the report's own writer writing the file", async () => {
    const directory = scratchDirectory();
    const plan = await writeWorkbook(join(directory, "plan.xlsx"), [
      { name: "แผน", rows: longCellPlan() },
    ]);
    expect(heavyModulesLoadedBy(["validate", plan])).toEqual([]);
    const report = join(directory, "report.xlsx");
    expect(heavyModulesLoadedBy(["report", plan, "-o", report, "--year", "2566"])).toEqual([]);
    expect(existsSync(report)).toBe(true);
  });

  it("loads ExcelJS when a command writes a workbook", () => {
    expect(heavyModulesLoadedBy(["template", "--help"])).toEqual([]);
    expect(heavyModulesLoadedBy(["template", "-o", "/nonexistent-dir/plan.xlsx"])).toContain(
      "exceljs"
    );
  });
});
