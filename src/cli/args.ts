// The command line's arguments, read by Node's util.parseArgs in strict mode: each command takes
// only its own options (an unknown one is refused, not ignored), `--opt=value` and `--opt value`
// both work, and --lang, --help and --version are understood anywhere.
import { parseArgs } from "util";
import type { Language } from "../i18n/catalogue";
import type { CliTextKey } from "../i18n/cli-help-messages";
import { REPORT_LAYOUTS } from "../domain/report/types";
import { foldThaiDigits } from "../domain/thai-text";

interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  multiple?: boolean;
}

/** Every option of any command; a command accepts those it lists. */
const OPTIONS = {
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
  output: { type: "string", short: "o" },
  force: { type: "boolean" },
  // A second snapshot of a round kept below the first.
  again: { type: "boolean" },
  json: { type: "boolean" },
  sheet: { type: "string" },
  year: { type: "string" },
  scores: { type: "string" },
  stated: { type: "string" },
  previous: { type: "string" },
  "pass-mark": { type: "string" },
  layout: { type: "string" },
  round: { type: "string" },
  org: { type: "string" },
  district: { type: "string" },
  province: { type: "string" },
  unit: { type: "string" },
  date: { type: "string" },
  "thai-digits": { type: "boolean" },
  pdf: { type: "boolean" },
  example: { type: "boolean" },
  department: { type: "string" },
  number: { type: "string" },
  subject: { type: "string" },
  to: { type: "string" },
  background: { type: "string" },
  legal: { type: "string" },
  proposal: { type: "string" },
  // One per comment level, in signing order.
  approver: { type: "string", multiple: true },
  emblem: { type: "string" },
} satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

/** Options that take one of a few values: anything else is refused before a file is read (a round
 * "7" must not quietly become a round-12 report). Thai digits count as the digits. */
const CHOICES: Partial<Record<OptionName, readonly string[]>> = {
  round: ["6", "12"],
  layout: REPORT_LAYOUTS,
};

/** Understood with or without a command. */
export const GLOBAL_OPTIONS: OptionName[] = ["lang", "help", "version"];

export interface CommandSpec {
  /** How many files it takes before its options (merge: any number). */
  files: number;
  options: OptionName[];
}

const PLAN_OPTIONS: OptionName[] = ["sheet", "year", "round", "org", "date", "layout", "scores"];

export const COMMAND_SPECS = {
  validate: { files: 1, options: ["sheet", "json"] },
  score: {
    files: 0,
    options: ["year", "scores", "stated", "previous", "pass-mark", "json", "output", "force"],
  },
  report: {
    files: 1,
    options: [
      "output",
      ...PLAN_OPTIONS,
      ...(["district", "province", "unit", "thai-digits", "pdf", "force"] as const),
    ],
  },
  template: { files: 0, options: ["output", "example", "year", "org", "force"] },
  memo: {
    files: 1,
    options: [
      "output",
      ...(["department", "number", "subject", "to", "background", "legal"] as const),
      ...(["proposal", "approver", "emblem"] as const),
      ...PLAN_OPTIONS,
      ...(["thai-digits", "force"] as const),
    ],
  },
  "next-year": { files: 1, options: ["output", "sheet", "year", "force"] },
  merge: { files: Infinity, options: ["output", "year", "force"] },
  snapshot: { files: 1, options: ["output", "sheet", "year", "round", "again", "force"] },
} satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMAND_SPECS;

export function isCommand(name: string): name is CommandName {
  return Object.prototype.hasOwnProperty.call(COMMAND_SPECS, name);
}

type Values = Partial<Record<OptionName, string | boolean | string[]>>;

export interface ParsedArgs {
  /** Undefined when none was given (`ita-tracker --help`). */
  command: CommandName | undefined;
  positional: string[];
  values: Values;
}

/** Arguments the command line refuses: the message's key and its parameters. */
export class UsageError extends Error {
  constructor(
    readonly key: CliTextKey,
    readonly params: Record<string, string> = {}
  ) {
    super(key);
    this.name = "UsageError";
  }
}

function configOf(names: OptionName[]) {
  return Object.fromEntries(names.map((name) => [name, OPTIONS[name]]));
}

/** Read knowing every option's type, so that an option's value is never taken for the command. */
function looseParse(args: string[]) {
  return parseArgs({
    args,
    options: configOf(Object.keys(OPTIONS) as OptionName[]),
    strict: false,
    allowPositionals: true,
  });
}

/** The language of the messages, read before anything else can be refused: Thai unless
 * `--lang en` is given anywhere. */
export function languageOf(args: string[]): Language {
  return looseParse(args).values.lang === "en" ? "en" : "th";
}

/** Node's refusal as one of ours: its message names the option ("'-o, --output <value>'"). */
function usageErrorOf(error: unknown, command: CommandName | undefined): UsageError {
  const code = (error as { code?: string }).code;
  const quoted = /'([^']+)'/.exec((error as Error).message)?.[1] ?? "";
  const option = quoted.replace(/ <value>$/, "").replace(/^-\w, /, "");
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
    return new UsageError("cli.args.unknownOption", {
      option,
      help: command ? `ita-tracker ${command} --help` : "ita-tracker --help",
    });
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const name = option.replace(/^-+/, "") as OptionName;
    const flag = OPTIONS[name]?.type === "boolean";
    return new UsageError(flag ? "cli.args.noValue" : "cli.args.needsValue", { option });
  }
  throw error;
}

export function parseCommandLine(args: string[]): ParsedArgs {
  const name = looseParse(args).positionals[0];
  const command = name === undefined || name === "help" ? undefined : name;
  if (command !== undefined && !isCommand(command))
    throw new UsageError("cli.args.unknownCommand", { command });
  const spec: CommandSpec | undefined = command && COMMAND_SPECS[command];
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: configOf([...GLOBAL_OPTIONS, ...(spec?.options ?? [])]),
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw usageErrorOf(error, command);
  }
  // `ita-tracker help` is `ita-tracker --help`.
  const values = { ...(parsed.values as Values), ...(name === "help" ? { help: true } : {}) };
  if (values.lang !== undefined && values.lang !== "th" && values.lang !== "en")
    throw new UsageError("cli.args.language", { value: String(values.lang) });
  for (const [option, allowed] of Object.entries(CHOICES) as [OptionName, readonly string[]][]) {
    const value = values[option];
    if (typeof value !== "string") continue;
    // The commands get the value as listed: "๖ " is "6".
    values[option] = foldThaiDigits(value.trim());
    if (!allowed.includes(values[option] as string))
      throw new UsageError("cli.args.choice", {
        option: `--${option}`,
        value,
        allowed: new Intl.ListFormat(languageOf(args), { type: "disjunction" }).format(allowed),
      });
  }
  const positional = parsed.positionals.slice(name === undefined ? 0 : 1);
  const extra = positional[spec?.files ?? 0];
  // A stray word is most often a value with a space left unquoted (--org เทศบาล ตำบล...).
  if (extra !== undefined) throw new UsageError("cli.args.extra", { argument: extra });
  return { command, positional, values };
}

/** The plan file a command reads first; refused in one line when missing (not with the whole help). */
export function planFile(parsed: ParsedArgs): string {
  const [plan] = parsed.positional;
  if (!plan) throw new UsageError("cli.args.noPlan", { command: parsed.command ?? "" });
  return plan;
}

/** The -o a command writes; refused in one line when missing. */
export function outputFile(parsed: ParsedArgs, extension: "xlsx" | "docx" = "xlsx"): string {
  const output = text(parsed, "output");
  if (!output)
    throw new UsageError("cli.args.noOutput", { command: parsed.command ?? "", extension });
  return output;
}

/** A string option's value, if given. */
export function text(parsed: ParsedArgs, name: OptionName): string | undefined {
  const value = parsed.values[name];
  return typeof value === "string" ? value : undefined;
}

export function flag(parsed: ParsedArgs, name: OptionName): boolean {
  return parsed.values[name] === true;
}

/** Every value of a repeated option, in order. */
export function list(parsed: ParsedArgs, name: OptionName): string[] {
  const value = parsed.values[name];
  return Array.isArray(value) ? value : [];
}
