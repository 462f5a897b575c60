// The command line run in-process as bin/ita-tracker.js runs it: its exit code and the lines it
// printed, for the command-line tests.
import { runCli } from "../../src/cli/main";

/** The day the command-line tests take as today. */
export const CLI_TODAY = new Date(Date.UTC(2026, 10, 22));

export async function runCommand(args: string[], today = CLI_TODAY) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t), today });
  return { code, out, err };
}

/** The same, each stream as one text. */
export async function runCommandText(args: string[], today = CLI_TODAY) {
  const { code, out, err } = await runCommand(args, today);
  return { code, out: out.join("\n"), err: err.join("\n") };
}
