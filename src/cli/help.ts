// What --help and --version print: the usage or a command's help from the catalogue, followed by
// the options every command takes and the exit codes.
import { readFileSync } from "fs";
import { join } from "path";
import type { Language } from "../i18n/catalogue";
import { cliText, CliTextKey } from "../i18n/cli-help-messages";
import type { CommandName } from "./args";

const HELP: Record<CommandName, { text: CliTextKey; exitOne?: CliTextKey }> = {
  validate: { text: "cli.help.validate", exitOne: "cli.exit1.validate" },
  score: { text: "cli.help.score" },
  report: { text: "cli.help.report", exitOne: "cli.exit1.report" },
  template: { text: "cli.help.template" },
  memo: { text: "cli.help.memo" },
  "next-year": { text: "cli.help.nextYear" },
  merge: { text: "cli.help.merge", exitOne: "cli.exit1.merge" },
  snapshot: { text: "cli.help.snapshot", exitOne: "cli.exit1.snapshot" },
};

/** The usage (no command) or the command's help, with the common options and exit codes. */
export function helpText(language: Language, command: CommandName | undefined): string {
  const help = command && HELP[command];
  const exitOne = help ? help.exitOne : "cli.exit1.any";
  const one = exitOne ? cliText(language, exitOne) : "";
  return [
    cliText(language, help ? help.text : "cli.usage"),
    cliText(language, "cli.help.common"),
    cliText(language, "cli.help.exit", { one }),
  ].join("\n");
}

/** The package's version: package.json sits two folders up from both src/cli and lib/cli. */
export function packageVersion(): string {
  const text = readFileSync(join(__dirname, "..", "..", "package.json"), "utf8");
  return (JSON.parse(text) as { version: string }).version;
}
