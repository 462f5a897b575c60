// The commands' output files: replaced whole or not at all, never through a planted link, never
// over a file that appeared meanwhile, and no temporary file left behind, even when interrupted.
import { spawn } from "child_process";
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { OutputError } from "../../src/cli/output-error";
import { checkOutput, writeOutput } from "../../src/cli/output-file";
import { isPdf } from "../../src/cli/pdf";
import { scratchDirectory } from "../support/xlsx-fixtures";

const directory = scratchDirectory();
const bytes = (text: string) => new TextEncoder().encode(text);

function folder(name: string): string {
  const path = join(directory, name);
  mkdirSync(path);
  return path;
}

describe("writing an output file", () => {
  it("replaces an earlier file whole with --force and leaves no temporary file", async () => {
    const here = folder("replace");
    const output = join(here, "report.xlsx");
    writeFileSync(output, "earlier");
    await writeOutput(output, bytes("new report"), true);
    expect(readFileSync(output, "utf8")).toBe("new report");
    expect(readdirSync(here)).toEqual(["report.xlsx"]);
  });

  it("leaves the earlier file as it was when the new one cannot be written", async () => {
    const here = folder("unwritable");
    // A folder where the output would go: the temporary file is written, publishing it fails.
    const output = join(here, "memo.docx");
    mkdirSync(output);
    writeFileSync(join(output, "inside"), "kept");
    await expect(writeOutput(output, bytes("new memo"), true)).rejects.toMatchObject({
      reason: "unwritable",
      detail: expect.stringContaining(output),
    });
    expect(readdirSync(here)).toEqual(["memo.docx"]);
    expect(readFileSync(join(output, "inside"), "utf8")).toBe("kept");
  });

  it("never writes through a link planted at the old predictable temporary name", async () => {
    const here = folder("planted");
    const victim = join(here, "victim.txt");
    writeFileSync(victim, "not yours");
    const output = join(here, "report.xlsx");
    symlinkSync(victim, join(here, `.report.xlsx.${process.pid}.tmp`));
    await writeOutput(output, bytes("report"), false);
    expect(readFileSync(victim, "utf8")).toBe("not yours");
    expect(readFileSync(output, "utf8")).toBe("report");
  });

  it("refuses, without --force, a file that appeared after the early check (a concurrent run)", async () => {
    const here = folder("race");
    const output = join(here, "report.xlsx");
    checkOutput(output, [], false);
    writeFileSync(output, "the other run's report");
    await expect(writeOutput(output, bytes("mine"), false)).rejects.toEqual(
      new OutputError("exists", output)
    );
    expect(readFileSync(output, "utf8")).toBe("the other run's report");
    expect(readdirSync(here)).toEqual(["report.xlsx"]);
  });

  it("writes a name at the file system's 255-byte limit", async () => {
    const here = folder("long");
    const name = `${"ก".repeat(83)}.xlsx`; // 249 + 5 = 254 bytes
    const longest = `${"a".repeat(250)}.xlsx`; // 255 bytes
    for (const each of [name, longest]) await writeOutput(join(here, each), bytes("x"), false);
    expect(readdirSync(here).sort()).toEqual([longest, name].sort());
  });

  it("removes its temporary file when interrupted by SIGTERM or SIGINT", async () => {
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      const here = folder(`signal-${signal}`);
      // A child that creates its temporary file, says so, and waits to be interrupted.
      const script = `const o = require(${JSON.stringify(resolve("lib/cli/output-file.js"))});
        o.createTemporary(${JSON.stringify(here)}).then(() => { console.log("ready"); setInterval(() => {}, 1000); });`;
      const child = spawn(process.execPath, ["-e", script]);
      await new Promise((ready) => child.stdout.once("data", ready));
      expect(readdirSync(here)).toHaveLength(1);
      const exited = new Promise((done) => child.on("exit", (code) => done(code)));
      child.kill(signal);
      expect(await exited).toBe(signal === "SIGINT" ? 130 : 143);
      expect(readdirSync(here)).toEqual([]);
    }
  });

  it("refuses an input as the output, and an existing file without --force", () => {
    const existing = join(directory, "plan.xlsx");
    writeFileSync(existing, "plan");
    expect(() => checkOutput(existing, [join(directory, ".", "plan.xlsx")], true)).toThrow(
      new OutputError("sameAsInput", existing)
    );
    expect(() => checkOutput(existing, [], false)).toThrow(new OutputError("exists", existing));
    expect(() => checkOutput(existing, [], true)).not.toThrow();
  });
});

describe("the PDF a report claims", () => {
  it("is a PDF only with its header and end marker", async () => {
    const here = folder("pdf");
    const cases: [string, string, boolean][] = [
      ["whole.pdf", "%PDF-1.7\n1 0 obj\n%%EOF\n", true],
      ["cut.pdf", "%PDF-1.7\n1 0 obj\n", false],
      ["empty.pdf", "", false],
    ];
    for (const [name, content, expected] of cases) {
      writeFileSync(join(here, name), content);
      expect(await isPdf(join(here, name))).toBe(expected);
    }
    expect(await isPdf(join(here, "missing.pdf"))).toBe(false);
    expect(await isPdf(here)).toBe(false);
  });
});
