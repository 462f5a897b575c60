// The ita-tracker command line: reads the arguments, runs the command and says any refusal in one
// plain line. Exit codes: 0 no errors, 1 errors found, 2 the input cannot be read.
import { MessageKey } from "../i18n/catalogue";
import { translate } from "../i18n/translate";
import { cliText } from "../i18n/cli-help-messages";
import { ScoreInputError } from "../domain/scores";
import { OutputError } from "./output-error";
import { UnreadableFileError, unreadableMessage } from "../xlsx/unreadable";
import { LIMITS } from "../xlsx/limits";
import { flag, languageOf, ParsedArgs, parseCommandLine, UsageError } from "./args";
import { CliIo, COMMANDS } from "./commands";
import { helpText, packageVersion } from "./help";

export type { CliIo };

export async function runCli(args: string[], io: CliIo): Promise<number> {
  const language = languageOf(args);
  let parsed: ParsedArgs | undefined;
  try {
    parsed = parseCommandLine(args);
    if (parsed.values.version) {
      io.out(packageVersion());
      return 0;
    }
    if (parsed.command && !parsed.values.help)
      return await COMMANDS[parsed.command](parsed, language, io);
    // No command: the usage is the answer to --help (or `help`), and a refusal otherwise.
    const asked = flag(parsed, "help");
    (asked ? io.out : io.err)(helpText(language, parsed.command));
    return asked ? 0 : 2;
  } catch (error) {
    if (error instanceof ScoreInputError) {
      const { scoreInputMessage } = await import("./score-command");
      io.err(scoreInputMessage(language, error));
      return 2;
    }
    // Only the memo command throws it: other commands' errors never load the memo's module.
    const memoErrors = parsed?.command === "memo" ? await import("./memo-command") : undefined;
    if (memoErrors && error instanceof memoErrors.MissingFieldsError) {
      // Each field as the option that gives it (the field keys are the options' names).
      const options = error.fields.map(
        (key) => `--${key} "${translate(language, `memo.field.${key}` as MessageKey)}"`
      );
      io.err(cliText(language, "cli.memo.missing", { options: options.join(" ") }));
      return 2;
    }
    if (error instanceof UsageError) {
      io.err(cliText(language, error.key, error.params));
      return 2;
    }
    if (error instanceof OutputError) {
      io.err(
        translate(language, `cli.output.${error.reason}` as MessageKey, {
          detail: error.detail,
          limit: LIMITS.memoMeasures.toLocaleString("en-US"),
        })
      );
      return 2;
    }
    if (error instanceof UnreadableFileError) {
      io.err(unreadableMessage(language, error));
      return 2;
    }
    // Anything else is a fault in the tool: said plainly, without the raw error or a stack.
    io.err(translate(language, "cli.failed"));
    return 2;
  }
}
