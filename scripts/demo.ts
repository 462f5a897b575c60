// npm run demo: an example plan made from seed report 001 (as pasted and tidied), example
// scores, and its report in the three layouts, written to demo/ with the same code the command
// line uses; rendered to PDF and PNG pages when LibreOffice is installed.
import { execFileSync } from "child_process";
import { mkdirSync, readdirSync, rmSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { analysePlan } from "../src/domain/plan-analysis";
import { TEMPLATE_COLUMNS } from "../src/domain/plan-columns";
import { buildPlanSheet } from "../src/domain/plan-template";
import { REPORT_LAYOUTS } from "../src/domain/report-layouts";
import { buildScoresSheet, SCORE_ROWS } from "../src/domain/scores-sheet";
import { tidyRows } from "../src/domain/tidy-plan";
import { reportFile } from "../src/cli/report-command";
import { addPlanSheets, addScoresSheet } from "../src/xlsx/plan-workbook";
import { pastedSeedTables, SEEDS } from "../test/support/seed-paste";

const OUT = join(__dirname, "..", "demo");
const TODAY = new Date(Date.UTC(2023, 9, 20));
// Illustrative indicator scores: the seeds publish only one total (59.42, grade D, 2563).
const EXAMPLE_SCORES: Record<number, number[]> = {
  2565: [90.12, 84.5, 88.03, 86.4, 81.25, 85.6, 83.1, 80.75, 72.5, 68.0],
  2566: [93.66, 90.0, 91.2, 92.4, 88.1, 87.35, 86.9, 84.2, 81.0, 76.5],
};

async function examplePlan(path: string): Promise<void> {
  const table = pastedSeedTables(SEEDS.wangsaphung)[0];
  const { plan } = analysePlan({ firstRow: 0, firstColumn: 0, values: table }, { today: TODAY });
  const rows = tidyRows(plan.measures).map((row, index) =>
    row.map((cell, column) => {
      const { status } = TEMPLATE_COLUMNS[column];
      // The seed reports every measure's result: the first four done, the last still running.
      return status ? status === (index < 4 ? "done" : "in_progress") : cell;
    })
  );
  const spec = buildPlanSheet(rows, 2566, { sheets: [], definedNames: [] });
  const settings = {
    ITA_Organisation: "เทศบาลเมืองวังสะพุง",
    ITA_District: "วังสะพุง",
    ITA_Province: "เลย",
  };
  spec.settings!.fields = spec.settings!.fields.map((entry) => ({
    ...entry,
    value: settings[entry.field.name as keyof typeof settings] ?? entry.value,
  }));
  const workbook = new ExcelJS.Workbook();
  addPlanSheets(workbook, spec);
  const scores = buildScoresSheet("คะแนน ITA", 2566);
  const cells: Record<string, number> = {};
  scores.yearColumns.forEach((letter, index) => {
    const year = 2566 - (scores.yearColumns.length - 1) + index;
    EXAMPLE_SCORES[year]?.forEach(
      (score, i) => (cells[`${letter}${SCORE_ROWS.firstIndicator + i}`] = score)
    );
  });
  addScoresSheet(workbook, scores, cells);
  await workbook.xlsx.writeFile(path);
}

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
  await examplePlan(plan);
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
      `report (${layout}): ${output}, ${outcome.spec.included} measures, ${outcome.spec.charts.length} charts`
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
