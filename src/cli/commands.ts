// The commands: each reads its options, runs, prints its result on stdout and its warnings on
// stderr, and returns its exit code. Each command loads its own modules when it runs (ExcelJS and
// docx take 0.5-0.8 s; even the small ones add up): `--help` loads none of them.
import type { Language } from "../i18n/catalogue";
import { translate } from "../i18n/translate";
import type { SheetPassedNote } from "../xlsx/xlsx-reader";
import {
  CommandName,
  flag,
  list,
  outputFile,
  ParsedArgs,
  planFile,
  text,
  UsageError,
} from "./args";

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  today: Date;
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

/** A result on stdout, its warnings on stderr: `> file` keeps the result, the terminal the
 * warnings. */
function print({ lines, warnings }: { lines: string[]; warnings: string[] }, io: CliIo) {
  lines.forEach((line) => io.out(line));
  warnings.forEach((line) => io.err(line));
}

async function validate(parsed: ParsedArgs, language: Language, io: CliIo): Promise<number> {
  const file = planFile(parsed);
  const { reportLines, validateFile } = await import("./validate-command");
  const report = await validateFile({
    file,
    onSheetPassed: sheetPassedNote(language, io),
    sheet: text(parsed, "sheet"),
    language,
    today: io.today,
  });
  if (flag(parsed, "json")) io.out(JSON.stringify(report, null, 2));
  else reportLines(report, language).forEach((line) => io.out(line));
  return report.ok ? 0 : 1;
}

async function score(parsed: ParsedArgs, language: Language, io: CliIo): Promise<number> {
  const { passMarkOf, scoreLines, scoreList, scoreNumber, scoreReport } =
    await import("./score-command");
  const report = scoreReport(
    {
      year: text(parsed, "year"),
      scores: text(parsed, "scores"),
      stated: text(parsed, "stated"),
      previous: text(parsed, "previous"),
      passMark: text(parsed, "pass-mark"),
    },
    language
  );
  if (flag(parsed, "json")) io.out(JSON.stringify(report, null, 2));
  else print(scoreLines(report, language), io);
  const output = text(parsed, "output");
  if (output) {
    // Read as the report read them (Thai digits folded): the numbers written are those shown.
    const [stated, previous] = [text(parsed, "stated"), text(parsed, "previous")];
    const { writeScoresFile } = await import("./score-file");
    await writeScoresFile(
      report,
      {
        stated: stated === undefined ? null : scoreNumber(stated),
        previous: previous === undefined ? null : scoreList(previous),
        passMark: passMarkOf(text(parsed, "pass-mark")),
      },
      output,
      flag(parsed, "force")
    );
    io.out(translate(language, "cli.score.written", { file: output, year: report.year }));
  }
  return 0;
}

async function report(parsed: ParsedArgs, language: Language, io: CliIo): Promise<number> {
  const plan = planFile(parsed);
  const output = outputFile(parsed);
  // The report is a workbook and its PDF comes with --pdf: "-o report.pdf" or ".docx" would write
  // an .xlsx under another format's name.
  if (!/\.xlsx$/i.test(output)) throw new UsageError("cli.args.reportXlsx", { output });
  const force = flag(parsed, "force");
  const { convertToPdf, pdfPathOf } = await import("./pdf");
  // The PDF is an output too: checked before anything is written.
  if (flag(parsed, "pdf")) {
    const { checkOutput } = await import("./output-file");
    checkOutput(pdfPathOf(output), [plan], force);
  }
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
      thaiDigits: flag(parsed, "thai-digits"),
      force,
    },
    io.today
  );
  const { reportOutcomeLines } = await import("./report-lines");
  print(reportOutcomeLines(outcome, output, language, flag(parsed, "thai-digits")), io);
  if (outcome.kind === "report" && flag(parsed, "pdf")) {
    io.out(translate(language, "cli.pdf.written", { file: await convertToPdf(output, force) }));
  }
  return outcome.kind === "report" ? 0 : 1;
}

async function template(parsed: ParsedArgs, language: Language, io: CliIo): Promise<number> {
  const output = outputFile(parsed);
  const { templateFile } = await import("./template-command");
  const result = await templateFile(
    {
      output,
      example: flag(parsed, "example"),
      year: text(parsed, "year"),
      org: text(parsed, "org"),
      force: flag(parsed, "force"),
    },
    io.today
  );
  io.out(translate(language, "cli.template.written", { file: output, rows: result.rows }));
  return 0;
}

async function memo(parsed: ParsedArgs, language: Language, io: CliIo): Promise<number> {
  const plan = planFile(parsed);
  const output = outputFile(parsed, "docx");
  const field = (name: Parameters<typeof text>[1]) => text(parsed, name);
  const { memoFile } = await import("./memo-command");
  const { progressText } = await import("../i18n/progress-messages");
  const result = await memoFile(
    {
      plan,
      onSheetPassed: sheetPassedNote(language, io),
      output,
      force: flag(parsed, "force"),
      thaiDigits: flag(parsed, "thai-digits"),
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
      approvers: list(parsed, "approver"),
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
  const plan = planFile(parsed);
  const output = outputFile(parsed);
  const { nextYearFile } = await import("./next-year-command");
  const outcome = await nextYearFile(
    {
      plan,
      onSheetPassed: sheetPassedNote(language, io),
      output,
      sheet: text(parsed, "sheet"),
      year: text(parsed, "year"),
      force: flag(parsed, "force"),
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
  const plan = planFile(parsed);
  const copies = parsed.positional.slice(1);
  if (copies.length === 0) throw new UsageError("cli.args.noCopies");
  const output = outputFile(parsed);
  const { mergeFile, mergeOutcomeLines } = await import("./merge-command");
  const outcome = await mergeFile(
    {
      plan,
      copies,
      output,
      year: text(parsed, "year"),
      force: flag(parsed, "force"),
      onSheetPassed: sheetPassedNote(language, io),
    },
    io.today
  );
  const { out, err, code } = mergeOutcomeLines(outcome, output, language);
  out.forEach((line) => io.out(line));
  err.forEach((line) => io.err(line));
  return code;
}

async function snapshot(parsed: ParsedArgs, language: Language, io: CliIo): Promise<number> {
  const plan = planFile(parsed);
  const output = outputFile(parsed);
  const { snapshotFile, snapshotOutcomeLine } = await import("./snapshot-command");
  const outcome = await snapshotFile(
    {
      plan,
      output,
      sheet: text(parsed, "sheet"),
      onSheetPassed: sheetPassedNote(language, io),
      year: text(parsed, "year"),
      round: text(parsed, "round"),
      again: flag(parsed, "again"),
      force: flag(parsed, "force"),
    },
    io.today
  );
  const { line, code } = snapshotOutcomeLine(outcome, output, language);
  (code === 0 ? io.out : io.err)(line);
  return code;
}

export const COMMANDS: Record<
  CommandName,
  (parsed: ParsedArgs, language: Language, io: CliIo) => Promise<number>
> = {
  validate,
  score,
  report,
  template,
  memo,
  "next-year": nextYear,
  merge,
  snapshot,
};
