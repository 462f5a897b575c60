// The ita-tracker command line. Exit codes: 0 no errors, 1 errors found, 2 the input cannot be read.
// Commands that write workbooks or Word files load ExcelJS and docx (0.5-0.8 s) only when run:
// `--help`, `score` and `validate` start without them.
import type { Language } from "../i18n/catalogue";
import { MessageKey } from "../i18n/catalogue";
import { translate } from "../i18n/translate";
import { progressText } from "../i18n/progress-messages";
import { ScoreInputError } from "../domain/scores";
import { scoreInputMessage, scoreLines, scoreReport } from "./score-command";
import { checkOutput, OutputError } from "./output-file";
import { reportOutcomeLines } from "./report-lines";
import { checkPdfOption, convertToPdf, pdfPathOf } from "./pdf";
import { SheetPassedNote, UnreadableFileError } from "../xlsx/xlsx-reader";
import { limitText, LIMITS } from "../xlsx/limits";

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

const FLAGS = ["--json", "--thai-digits", "--force", "--example", "--help", "--pdf"];
const REPEAT = "\u001f";
const SHORT: Record<string, string> = { "-o": "--output", "-h": "--help" };

function parseArgs(args: string[]): ParsedArgs {
  const [command, ...rest] = args;
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let index = 0; index < rest.length; index++) {
    const arg = SHORT[rest[index]] ?? rest[index];
    if (!arg.startsWith("--")) positional.push(arg);
    else if (FLAGS.includes(arg)) options[arg.slice(2)] = true;
    else {
      // A repeated option (--approver) keeps every value; the separator is no character a
      // value holds (a position may hold a line break).
      const previous = options[arg.slice(2)];
      const value = rest[++index] ?? "";
      options[arg.slice(2)] = typeof previous === "string" ? `${previous}${REPEAT}${value}` : value;
    }
  }
  return { command, positional, options };
}

function text(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.options[name];
  return typeof value === "string" ? value : undefined;
}

/** The plain message for a file that cannot be read: what and which file. */
export function unreadableMessage(language: Language, error: UnreadableFileError): string {
  return translate(language, `cli.unreadable.${error.reason}` as MessageKey, {
    detail: error.detail,
    limit: error.limit ? limitText(language, error.limit) : "",
  });
}

/** Said on stderr when the plan is taken from a later sheet: the earlier ones may be an emptied
 * plan sheet, so the choice is never silent. */
function sheetPassedNote(language: Language, io: CliIo): SheetPassedNote {
  return ({ file, sheet, passed }) =>
    io.err(
      translate(language, "cli.sheetPassed", {
        file,
        sheet,
        passed: passed.map((name) => `"${name}"`).join(", "),
      })
    );
}

async function validate(parsed: ParsedArgs, language: Language, io: CliIo): Promise<number> {
  const [file] = parsed.positional;
  if (!file) {
    io.err(translate(language, "cli.usage"));
    return 2;
  }
  const { reportLines, validateFile } = await import("./validate-command");
  const report = await validateFile({
    file,
    onSheetPassed: sheetPassedNote(language, io),
    sheet: text(parsed, "sheet"),
    language,
    today: io.today,
  });
  if (parsed.options.json) io.out(JSON.stringify(report, null, 2));
  else reportLines(report, language).forEach((line) => io.out(line));
  return report.ok ? 0 : 1;
}

async function score(parsed: ParsedArgs, language: Language, io: CliIo): Promise<number> {
  const report = scoreReport(
    {
      year: text(parsed, "year"),
      scores: text(parsed, "scores"),
      stated: text(parsed, "stated"),
      previous: text(parsed, "previous"),
    },
    language
  );
  if (parsed.options.json) io.out(JSON.stringify(report, null, 2));
  else scoreLines(report, language).forEach((line) => io.out(line));
  const output = text(parsed, "output");
  if (output) {
    const stated = text(parsed, "stated");
    const { writeScoresFile } = await import("./score-file");
    await writeScoresFile(
      report,
      stated ? Number(stated) : null,
      output,
      parsed.options.force === true
    );
    io.out(translate(language, "cli.score.written", { file: output, year: report.year }));
  }
  return 0;
}

async function report(parsed: ParsedArgs, language: Language, io: CliIo): Promise<number> {
  const [plan] = parsed.positional;
  const output = text(parsed, "output");
  if (!plan || !output) {
    io.err(translate(language, "cli.help.report"));
    return 2;
  }
  const force = parsed.options.force === true;
  // The PDF is an output too: checked before anything is written.
  if (parsed.options.pdf) {
    checkPdfOption(output);
    checkOutput(pdfPathOf(output), [plan], force);
  }
  // The report is a workbook: "-o report.pdf" would write an .xlsx under a PDF's name.
  if (!/\.xlsx$/i.test(output)) throw new OutputError("badOption", `-o ${output}`);
  const { reportFile } = await import("./report-command");
  const outcome = await reportFile(
    {
      plan,
      onSheetPassed: sheetPassedNote(language, io),
      output,
      layout: text(parsed, "layout"),
      year: text(parsed, "year"),
      round: text(parsed, "round"),
      org: text(parsed, "org"),
      unit: text(parsed, "unit"),
      district: text(parsed, "district"),
      province: text(parsed, "province"),
      date: text(parsed, "date"),
      scores: text(parsed, "scores"),
      sheet: text(parsed, "sheet"),
      thaiDigits: parsed.options["thai-digits"] === true,
      force,
    },
    io.today
  );
  reportOutcomeLines(outcome, output, language).forEach((line) => io.out(line));
  if (outcome.kind === "report" && parsed.options.pdf) {
    io.out(translate(language, "cli.pdf.written", { file: await convertToPdf(output, force) }));
  }
  return outcome.kind === "report" ? 0 : 1;
}

async function template(parsed: ParsedArgs, language: Language, io: CliIo): Promise<number> {
  const output = text(parsed, "output");
  if (!output) {
    io.err(translate(language, "cli.help.template"));
    return 2;
  }
  const { templateFile } = await import("./template-command");
  const result = await templateFile(
    {
      output,
      example: parsed.options.example === true,
      year: text(parsed, "year"),
      org: text(parsed, "org"),
      force: parsed.options.force === true,
    },
    io.today
  );
  io.out(translate(language, "cli.template.written", { file: output, rows: result.rows }));
  return 0;
}

async function memo(parsed: ParsedArgs, language: Language, io: CliIo): Promise<number> {
  const [plan] = parsed.positional;
  const output = text(parsed, "output");
  if (!plan || !output) {
    io.err(translate(language, "cli.help.memo"));
    return 2;
  }
  const field = (name: string) => text(parsed, name);
  const { memoFile } = await import("./memo-command");
  const result = await memoFile(
    {
      plan,
      onSheetPassed: sheetPassedNote(language, io),
      output,
      force: parsed.options.force === true,
      thaiDigits: parsed.options["thai-digits"] === true,
      layout: field("layout"),
      year: field("year"),
      round: field("round"),
      org: field("org"),
      sheet: field("sheet"),
      date: field("date"),
      fields: {
        department: field("department"),
        number: field("number"),
        subject: field("subject"),
        to: field("to"),
        background: field("background"),
        legal: field("legal"),
        proposal: field("proposal"),
      },
      approvers: field("approver")?.split(REPEAT) ?? [],
      emblem: field("emblem"),
      scores: field("scores"),
    },
    io.today
  );
  io.out(
    translate(language, "cli.memo.written", {
      file: output,
      progress: progressText(language, result.progress),
    })
  );
  return 0;
}

async function nextYear(parsed: ParsedArgs, language: Language, io: CliIo): Promise<number> {
  const [plan] = parsed.positional;
  const output = text(parsed, "output");
  if (!plan || !output) {
    io.err(translate(language, "cli.help.nextYear"));
    return 2;
  }
  const { nextYearFile } = await import("./next-year-command");
  const outcome = await nextYearFile(
    {
      plan,
      onSheetPassed: sheetPassedNote(language, io),
      output,
      sheet: text(parsed, "sheet"),
      year: text(parsed, "year"),
      force: parsed.options.force === true,
    },
    io.today
  );
  if (outcome.kind === "noPlan") {
    io.err(translate(language, "cli.nextYear.noPlan", { sheet: outcome.sheet }));
    return 2;
  }
  if (outcome.kind === "noYear") {
    io.err(translate(language, "cli.nextYear.noYear"));
    return 2;
  }
  io.out(
    translate(language, "cli.nextYear.written", {
      file: output,
      year: outcome.fiscalYear,
      measures: outcome.measures,
    })
  );
  if (outcome.recommendations.length > 0) {
    io.out(translate(language, "cli.nextYear.recommendations"));
    outcome.recommendations.forEach((line) => io.out(`- ${line}`));
  }
  return 0;
}

async function merge(parsed: ParsedArgs, language: Language, io: CliIo): Promise<number> {
  const [plan, ...copies] = parsed.positional;
  const output = text(parsed, "output");
  if (!plan || copies.length === 0 || !output) {
    io.err(translate(language, "cli.help.merge"));
    return 2;
  }
  const { mergeFile } = await import("./merge-command");
  const outcome = await mergeFile(
    {
      plan,
      copies,
      output,
      year: text(parsed, "year"),
      force: parsed.options.force === true,
      onSheetPassed: sheetPassedNote(language, io),
    },
    io.today
  );
  if (outcome.kind === "noPlan") {
    io.err(translate(language, "cli.merge.noPlan", { file: outcome.file }));
    return 2;
  }
  if (outcome.kind === "noYear") {
    io.err(translate(language, "cli.nextYear.noYear"));
    return 2;
  }
  const field = (key: string) => translate(language, `column.${key}` as MessageKey);
  io.out(
    translate(language, "cli.merge.written", {
      file: output,
      measures: outcome.measures.length,
      taken: outcome.taken.length,
    })
  );
  for (const conflict of outcome.conflicts) {
    const values = conflict.values.map(({ copy, value }) => `${copy}: "${value}"`).join("; ");
    io.out(
      translate(language, "cli.merge.conflict", {
        measure: conflict.measure,
        field: field(conflict.field),
        values,
      })
    );
  }
  for (const added of outcome.added)
    io.out(translate(language, "cli.merge.added", { copy: added.copy, measure: added.measure }));
  // Conflicts need the user's choice, as a plan's errors do.
  return outcome.conflicts.length > 0 ? 1 : 0;
}

const COMMANDS: Record<
  string,
  { help: MessageKey; run: (p: ParsedArgs, l: Language, io: CliIo) => Promise<number> | number }
> = {
  validate: { help: "cli.help.validate", run: validate },
  score: { help: "cli.help.score", run: score },
  report: { help: "cli.help.report", run: report },
  template: { help: "cli.help.template", run: template },
  memo: { help: "cli.help.memo", run: memo },
  "next-year": { help: "cli.help.nextYear", run: nextYear },
  merge: { help: "cli.help.merge", run: merge },
};

export async function runCli(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  const language: Language = parsed.options.lang === "en" ? "en" : "th";
  try {
    const command = parsed.command ? COMMANDS[parsed.command] : undefined;
    if (command && parsed.options.help) {
      io.out(translate(language, command.help));
      return 0;
    }
    if (command) return await command.run(parsed, language, io);
    const help =
      parsed.command === "--help" || parsed.command === "-h" || parsed.command === "help";
    (help ? io.out : io.err)(translate(language, "cli.usage"));
    return help ? 0 : 2;
  } catch (error) {
    if (error instanceof ScoreInputError) {
      io.err(scoreInputMessage(language, error));
      io.err(translate(language, "cli.usage"));
      return 2;
    }
    // Only the memo command throws it: other commands' errors never load the memo's module.
    const memoErrors = parsed.command === "memo" ? await import("./memo-command") : undefined;
    if (memoErrors && error instanceof memoErrors.MissingFieldsError) {
      const names = error.fields.map((key) =>
        translate(language, `memo.field.${key}` as MessageKey)
      );
      io.err(translate(language, "memo.missing", { fields: names.join(", ") }));
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
