// The command line reads plans other programs saved, not only the ones ExcelJS writes: the example
// plan saved again by LibreOffice (its own shared strings, styles, booleans and defined names)
// reads to the same validation and the same report.
import { execFileSync } from "child_process";
import { mkdirSync } from "fs";
import { join } from "path";
import { reportFile } from "../../src/cli/report-command";
import { validateFile } from "../../src/cli/validate-command";
import { writeExamplePlan } from "../support/example-plan-workbook";
import { scratchDirectory } from "../support/xlsx-fixtures";

const TODAY = new Date(Date.UTC(2023, 9, 20));
const directory = scratchDirectory();
const original = join(directory, "plan.xlsx");
const resaved = join(directory, "libreoffice", "plan.xlsx");

beforeAll(async () => {
  await writeExamplePlan(original, TODAY);
  mkdirSync(join(directory, "libreoffice"));
  execFileSync(
    "soffice",
    ["--headless", "--convert-to", "xlsx", "--outdir", join(directory, "libreoffice"), original],
    { stdio: "ignore", timeout: 120_000 }
  );
}, 180_000);

describe("a plan saved by LibreOffice", () => {
  it("validates as the plan it was saved from", async () => {
    const read = (file: string) => validateFile({ file, language: "th", today: TODAY });
    const [before, after] = [await read(original), await read(resaved)];
    expect(after.measures).toHaveLength(5);
    expect(after).toEqual(before);
  });

  it("gives the same report, settings and scores included", async () => {
    const report = async (plan: string) => {
      const outcome = await reportFile(
        {
          plan,
          output: join(directory, `report-${plan === original ? "a" : "b"}.xlsx`),
          thaiDigits: true,
          force: false,
        },
        TODAY
      );
      if (outcome.kind !== "report") throw new Error(`refused: ${outcome.reason}`);
      return outcome.spec;
    };
    const [before, after] = [await report(original), await report(resaved)];
    expect(after.blocks.flatMap((block) => block.values.flat())).toContain(
      "เทศบาลเมืองวังสะพุง อำเภอวังสะพุง จังหวัดเลย"
    );
    expect(after.summary.charts).toHaveLength(4);
    expect(after).toEqual(before);
  });
});
