// npm run demo: an example plan made from seed report 001 (as pasted and tidied), example
// scores, and its report in the three layouts, written to demo/ with the same code the command
// line uses; rendered to PDF and PNG pages when LibreOffice is installed.
import { execFileSync } from "child_process";
import { mkdirSync, readdirSync, rmSync } from "fs";
import { join } from "path";
import { REPORT_LAYOUTS } from "../src/domain/report/report-layouts";
import { reportFile } from "../src/cli/report-command";
import { writeExamplePlan } from "../test/support/example-plan-workbook";

const OUT = join(__dirname, "..", "demo");
const TODAY = new Date(Date.UTC(2023, 9, 20));
function render(file: string): void {
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", OUT, file], {
    stdio: "ignore",
  });
  const pdf = file.replace(/\.xlsx$/, ".pdf");
  execFileSync("pdftoppm", ["-png", "-r", "80", pdf, pdf.replace(/\.pdf$/, "")]);
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const plan = join(OUT, "example-plan.xlsx");
  await writeExamplePlan(plan, TODAY);
  console.log(`plan: ${plan}`);
  const canRender = ["soffice", "pdftoppm"].every((tool) => {
    try {
      execFileSync("which", [tool], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  });
  for (const layout of REPORT_LAYOUTS) {
    const output = join(OUT, `report-${layout}.xlsx`);
    const outcome = await reportFile(
      { plan, output, layout, thaiDigits: true, force: true },
      TODAY
    );
    if (outcome.kind !== "report")
      throw new Error(`The ${layout} report was refused: ${outcome.reason}`);
    console.log(
      `report (${layout}): ${output}, ${outcome.spec.included} measures, ${outcome.spec.summary.charts.length} charts`
    );
    if (canRender) render(output);
  }
  if (!canRender) console.log("LibreOffice or poppler-utils not installed: no PDF or PNG pages.");
  else
    console.log(
      `pages: ${readdirSync(OUT)
        .filter((f) => f.endsWith(".png"))
        .join(", ")}`
    );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
