// The command line run in-process as bin/ita-tracker.js runs it: its exit code and the lines it
// printed, for the command-line tests.
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { join } from "path";
import { runCli } from "../../src/cli/main";

/** The day the command-line tests take as today. */
export const CLI_TODAY = new Date(Date.UTC(2026, 10, 22));

export async function runCommand(args: string[], today = CLI_TODAY) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t), today });
  return { code, out, err };
}

/** A plan's round-12 report written to `output`: the exit code and its summary sheet's texts. */
export async function roundTwelveSummary(
  plan: string,
  output: string,
  fiscalYear: number,
  more: string[] = [],
  today = CLI_TODAY
) {
  const made = await runCommand(["report", plan, "-o", output, "--round", "12", ...more], today);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(output);
  const summary = book.getWorksheet(`สรุปรายงาน ${fiscalYear} รอบ12`);
  return { code: made.code, lines: (summary?.getSheetValues() ?? []).flat().map(String) };
}

/** The same, each stream as one text. */
export async function runCommandText(args: string[], today = CLI_TODAY) {
  const { code, out, err } = await runCommand(args, today);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** The built command as a user runs it, a child process (ITA_CLI_ROOT: another checkout's build). */
export function runBuilt(args: string[], asNobody = false) {
  const root = process.env.ITA_CLI_ROOT ?? join(__dirname, "..", "..");
  const command = [process.execPath, join(root, "bin", "ita-tracker.js"), ...args];
  const [program, ...rest] = asNobody
    ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", ...command]
    : command;
  const result = spawnSync(program, rest, { encoding: "utf8", timeout: 120_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
