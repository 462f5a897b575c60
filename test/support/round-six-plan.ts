// The example plan through a year's first half, as a clerk works it: two measures done and three
// under way at round 6, kept with `ita-tracker snapshot --round 6`, then two more ticked done in
// the same workbook by round 12. For the round-12 report's chart of both rounds.
import ExcelJS from "exceljs";
import { join } from "path";
import { runCommand } from "./cli-run";
import { writeExamplePlan } from "./example-plan-workbook";

export const ROUND_SIX_DAY = new Date(Date.UTC(2023, 3, 2));

/** Writes the workbook as it stands at round 12 in the directory; returns its path. */
export async function writePlanAfterRoundSix(directory: string): Promise<string> {
  const atSix = join(directory, "plan-at-6.xlsx");
  await writeExamplePlan(atSix, ROUND_SIX_DAY, 2);
  const kept = join(directory, "kept-6.xlsx");
  const taken = await runCommand(["snapshot", atSix, "-o", kept, "--round", "6"], ROUND_SIX_DAY);
  if (taken.code !== 0) throw new Error(`snapshot failed: ${taken.err.join("\n")}`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(kept);
  const sheet = book.worksheets[0];
  let header = 0;
  sheet.eachRow((row, number) => {
    if (!header && row.values.toString().includes("ดำเนินการแล้วเสร็จ")) header = number;
  });
  const columnOf = (text: string) =>
    (sheet.getRow(header).values as unknown[]).findIndex((value) => value === text);
  for (const row of [header + 3, header + 4]) {
    sheet.getRow(row).getCell(columnOf("อยู่ระหว่างดำเนินการ")).value = false;
    sheet.getRow(row).getCell(columnOf("ดำเนินการแล้วเสร็จ")).value = true;
  }
  const atTwelve = join(directory, "plan-at-12.xlsx");
  await book.xlsx.writeFile(atTwelve);
  return atTwelve;
}
