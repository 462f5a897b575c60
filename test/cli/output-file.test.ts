// The commands' output files: replaced whole or not at all.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { checkOutput, OutputError, writeOutput } from "../../src/cli/output-file";
import { scratchDirectory } from "../support/xlsx-fixtures";

const directory = scratchDirectory();

describe("writing an output file", () => {
  it("replaces an earlier file whole and leaves no temporary file", async () => {
    const output = join(directory, "report.xlsx");
    writeFileSync(output, "earlier");
    await writeOutput(output, new TextEncoder().encode("new report"));
    expect(readFileSync(output, "utf8")).toBe("new report");
    expect(readdirSync(directory).filter((name) => name.includes("report"))).toEqual([
      "report.xlsx",
    ]);
  });

  it("leaves the earlier file as it was when the new one cannot be written", async () => {
    const output = join(directory, "memo.docx");
    writeFileSync(output, "earlier memo");
    // A folder where the temporary file would go makes the write fail.
    const blocker = join(directory, `.memo.docx.${process.pid}.tmp`);
    mkdirSync(blocker);
    await expect(writeOutput(output, new TextEncoder().encode("new memo"))).rejects.toMatchObject({
      reason: "unwritable",
      detail: expect.stringContaining(output),
    });
    expect(readFileSync(output, "utf8")).toBe("earlier memo");
    expect(
      readdirSync(directory)
        .filter((name) => name.includes("memo"))
        .sort()
    ).toEqual([".memo.docx." + process.pid + ".tmp", "memo.docx"]);
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
