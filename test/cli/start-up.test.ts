// Each command loads only what it uses: the built command line, run as a user runs it, does not
// load ExcelJS or docx for --help or score (they take 0.5-0.8 s to load; the bench prints times).
import { spawnSync } from "child_process";
import { join } from "path";

const main = join(__dirname, "..", "..", "lib", "cli", "main.js");

function heavyModulesLoadedBy(args: string[]): string[] {
  const script = `
    const { runCli } = require(${JSON.stringify(main)});
    runCli(${JSON.stringify(args)}, { out() {}, err() {}, today: new Date() }).then(() => {
      const heavy = Object.keys(require.cache)
        .map((path) => /node_modules[\\\\/](exceljs|docx)[\\\\/]/.exec(path)?.[1])
        .filter(Boolean);
      console.log(JSON.stringify([...new Set(heavy)]));
    });`;
  const result = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  expect(result.stderr).toBe("");
  return JSON.parse(result.stdout);
}

describe("the command line's start", () => {
  it.each([
    [["--help"]],
    [["score", "--year", "2566", "--scores", "90,90,90,90,90,90,90,90,90,90"]],
  ])("loads neither ExcelJS nor docx for %p", (args) => {
    expect(heavyModulesLoadedBy(args)).toEqual([]);
  });

  it("loads ExcelJS when a command writes a workbook", () => {
    expect(heavyModulesLoadedBy(["template", "--help"])).toEqual([]);
    expect(heavyModulesLoadedBy(["template", "-o", "/nonexistent-dir/plan.xlsx"])).toContain(
      "exceljs"
    );
  });
});
