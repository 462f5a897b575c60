// The ita-tracker command line. Exit codes: 0 no errors, 1 errors found, 2 the input cannot be read.
import type { Language } from "../i18n/catalogue";
import { MessageKey } from "../i18n/catalogue";
import { translate } from "../i18n/translate";
import { ScoreInputError } from "../domain/scores";
import { scoreInputMessage, scoreLines, scoreReport } from "./score-command";
import { reportLines, validateFile } from "./validate-command";
import { UnreadableFileError } from "./xlsx-reader";

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  today: Date;
}

interface ParsedArgs {
  command: string | undefined;
  positional: string[];
  options: Record<string, string | true>;
}

function parseArgs(args: string[]): ParsedArgs {
  const [command, ...rest] = args;
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let index = 0; index < rest.length; index++) {
    const arg = rest[index];
    if (!arg.startsWith("--")) positional.push(arg);
    else if (["--json"].includes(arg)) options[arg.slice(2)] = true;
    else options[arg.slice(2)] = rest[++index] ?? "";
  }
  return { command, positional, options };
}

function unreadableMessage(language: Language, error: UnreadableFileError): string {
  return translate(language, `cli.unreadable.${error.reason}` as MessageKey, {
    detail: error.detail,
  });
}

async function validate(parsed: ParsedArgs, language: Language, io: CliIo): Promise<number> {
  const [file] = parsed.positional;
  if (!file) {
    io.err(translate(language, "cli.usage"));
    return 2;
  }
  const sheet = typeof parsed.options.sheet === "string" ? parsed.options.sheet : undefined;
  const report = await validateFile({ file, sheet, language, today: io.today });
  if (parsed.options.json) io.out(JSON.stringify(report, null, 2));
  else reportLines(report, language).forEach((line) => io.out(line));
  return report.ok ? 0 : 1;
}

function score(parsed: ParsedArgs, language: Language, io: CliIo): number {
  const text = (name: string) =>
    typeof parsed.options[name] === "string" ? (parsed.options[name] as string) : undefined;
  const report = scoreReport(
    { year: text("year"), scores: text("scores"), stated: text("stated") },
    language
  );
  if (parsed.options.json) io.out(JSON.stringify(report, null, 2));
  else scoreLines(report, language).forEach((line) => io.out(line));
  return 0;
}

export async function runCli(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  const language: Language = parsed.options.lang === "en" ? "en" : "th";
  try {
    if (parsed.command === "validate") return await validate(parsed, language, io);
    if (parsed.command === "score") return score(parsed, language, io);
    io.err(translate(language, "cli.usage"));
    return 2;
  } catch (error) {
    if (error instanceof ScoreInputError) {
      io.err(scoreInputMessage(language, error));
      io.err(translate(language, "cli.usage"));
      return 2;
    }
    if (error instanceof UnreadableFileError) {
      io.err(unreadableMessage(language, error));
      return 2;
    }
    // Anything else is a fault in the tool: say so plainly, without a stack trace.
    io.err(
      translate(language, "cli.failed", {
        detail: error instanceof Error ? error.message : String(error),
      })
    );
    return 2;
  }
}
