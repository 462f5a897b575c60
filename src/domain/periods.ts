// Period text from real plans ("ต.ค. ๒๕๖๕ - ก.ย. ๒๕๖๖", "ปีงบประมาณ พ.ศ. ๒๕๖๖",
// "ณ ๓๑ มีนาคม ๒๕๖๔", "1 ต.ค. 65 - 31 มี.ค. 66") turned into start and end dates.
// What cannot be read with certainty stays unread: the caller warns, nothing is guessed.
// A hand-written reader because no maintained library parses Thai Buddhist-era date text;
// the month names themselves come from Intl (thaiMonthNames), not from a table here.
import { BUDDHIST_ERA_OFFSET, fiscalYearRange, thaiMonthNames } from "./thai-dates";
import { foldThaiDigits, normaliseSpaces } from "./thai-text";

export interface Period {
  text: string;
  /** First and last day (UTC midnight), both null when the text was not understood. */
  start: Date | null;
  end: Date | null;
}

export interface PeriodContext {
  /** The plan's fiscal year (Buddhist era): lets "ตลอดปีงบประมาณ" and "ต.ค. - ก.ย." be read. */
  fiscalYear?: number;
}

interface DatePart {
  day?: number;
  month: number;
  year?: number;
}

type Token =
  | { kind: "number"; value: number; digits: number }
  | { kind: "month"; value: number }
  | { kind: "to" }
  | { kind: "fiscal" };

const THAI_LETTER = "\\u0E01-\\u0E4E";

// The tokenizer reads text whose white space normaliseSpaces made single spaces, so its patterns
// say " ", not \s: the same matches, and V8 compiles the pattern in a third of the time (its
// twelve long month names with an optional \s after every letter cost 6 ms of each command's
// start).

/** Lets any character be followed by a stray space or a dot, as PDF text has them. */
function loosely(word: string): string {
  return Array.from(word.replace(/\./g, ""))
    .map((character) => character.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("\\.? ?");
}

/** Month names as patterns, January first, for the long, abbreviated and English forms. */
function monthPatterns(): string[] {
  const long = thaiMonthNames("long").map(loosely);
  // Abbreviations (ม.ค., มค) only stand alone: "มค" also occurs inside ordinary words.
  const short = thaiMonthNames("short").map((name) => `${loosely(name)}\\.?(?![${THAI_LETTER}])`);
  const english = Array.from({ length: 12 }, (_, month) => {
    const name = new Intl.DateTimeFormat("en-US", { month: "long", timeZone: "UTC" }).format(
      Date.UTC(2000, month, 15)
    );
    return `${name.slice(0, 3)}(?:${name.slice(3)})?\\.?\\b`;
  });
  return [...long, ...short, ...english];
}

const NUMBER = "(\\d+)";
const FISCAL_PHRASE = "((?:ตลอด ?)?ปี ?งบ ?ประมาณ|fiscal year)";
const ERA_MARK = "(พ\\.? ?ศ\\.?|B\\.?E\\.?)";
const RANGE_MARK = "(ถึง(?:วันที่)?|to\\b|until\\b|[-–—])";

interface Tokenizer {
  pattern: RegExp;
  monthCount: number;
}

let tokenizer: Tokenizer | undefined;

/** One sticky pattern tried once per position: groups are number, fiscal phrase, era mark,
 * the 36 month forms, then a range mark. */
function makeTokenizer(): Tokenizer {
  const months = monthPatterns();
  const source = [NUMBER, FISCAL_PHRASE, ERA_MARK, ...months.map((m) => `(${m})`), RANGE_MARK];
  return { pattern: new RegExp(source.join("|"), "iy"), monthCount: months.length };
}

function tokenise(text: string): Token[] {
  tokenizer ??= makeTokenizer();
  const { pattern, monthCount } = tokenizer;
  const tokens: Token[] = [];
  let position = 0;
  while (position < text.length) {
    pattern.lastIndex = position;
    const match = pattern.exec(text);
    if (!match) {
      position++;
      continue;
    }
    position += Math.max(1, match[0].length);
    const group = match.findIndex((value, index) => index > 0 && value !== undefined);
    if (group === 1)
      tokens.push({ kind: "number", value: Number(match[1]), digits: match[1].length });
    else if (group === 2) tokens.push({ kind: "fiscal" });
    else if (group > 3 && group <= 3 + monthCount)
      tokens.push({ kind: "month", value: (group - 4) % 12 });
    else if (group === 4 + monthCount) tokens.push({ kind: "to" });
  }
  return tokens;
}

/** A written year as Buddhist era: 65 is 2565; 2023 (Common Era) is 2566. */
function buddhistYear(value: number, digits: number): number | undefined {
  if (digits === 2) return 2500 + value;
  if (digits !== 4) return undefined;
  if (value >= 2400 && value <= 2700) return value;
  if (value >= 1900 && value <= 2200) return value + BUDDHIST_ERA_OFFSET;
  return undefined;
}

type Reading = { parts: DatePart[]; fiscalYear?: number; fiscalPhrase: boolean } | undefined;

/** Groups the tokens into [day] month [year] parts, at most two, joined by one range mark. */
function readTokens(tokens: Token[]): Reading {
  const parts: DatePart[] = [];
  let pendingDay: number | undefined;
  let fiscalPhrase = false;
  let fiscalYear: number | undefined;
  let ranges = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    const next = tokens[index + 1];
    if (token.kind === "fiscal") {
      fiscalPhrase = true;
      if (next?.kind === "number") {
        fiscalYear = buddhistYear(next.value, next.digits);
        if (fiscalYear === undefined) return undefined;
        index++;
      }
    } else if (token.kind === "to") {
      if (parts.length === 0 || pendingDay !== undefined) return undefined;
      ranges++;
    } else if (token.kind === "month") {
      const part: DatePart = { month: token.value, day: pendingDay };
      pendingDay = undefined;
      if (next?.kind === "number" && tokens[index + 2]?.kind !== "month") {
        part.year = buddhistYear(next.value, next.digits);
        if (part.year === undefined) return undefined;
        index++;
      }
      parts.push(part);
    } else {
      if (
        pendingDay !== undefined ||
        next?.kind !== "month" ||
        token.value < 1 ||
        token.value > 31
      ) {
        return undefined;
      }
      pendingDay = token.value;
    }
  }
  if (pendingDay !== undefined || parts.length > 2 || ranges > (parts.length === 2 ? 1 : 0)) {
    return undefined;
  }
  if (parts.length === 2 && ranges !== 1) return undefined;
  return { parts, fiscalYear, fiscalPhrase };
}

/** The calendar year (Common Era) of a month within a fiscal year: October to December fall before. */
function yearInFiscalYear(month: number, fiscalYear: number): number {
  return fiscalYear - BUDDHIST_ERA_OFFSET - (month >= 9 ? 1 : 0);
}

function dayOf(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCMonth() === month ? date : null;
}

function bounds(part: DatePart, year: number): { start: Date | null; end: Date | null } {
  if (part.day !== undefined) {
    const date = dayOf(year, part.month, part.day);
    return { start: date, end: date };
  }
  return { start: dayOf(year, part.month, 1), end: new Date(Date.UTC(year, part.month + 1, 0)) };
}

function unread(text: string): Period {
  return { text, start: null, end: null };
}

// Plans repeat the same few period texts on every row: remember recent readings.
const recent = new Map<string, Period>();
const RECENT_LIMIT = 2_000;

/** Reads a period; an Excel date serial (a number) is a single day. */
export function parsePeriod(input: string | number, context: PeriodContext = {}): Period {
  if (typeof input === "number") return periodFromSerial(input);
  const key = `${context.fiscalYear ?? ""}|${input}`;
  const known = recent.get(key);
  if (known) return { ...known };
  if (recent.size >= RECENT_LIMIT) recent.clear();
  const period = readPeriod(input, context);
  recent.set(key, period);
  return { ...period };
}

function readPeriod(input: string, context: PeriodContext): Period {
  const text = normaliseSpaces(input);
  const reading = readTokens(tokenise(foldThaiDigits(text)));
  if (!reading) return unread(text);
  const { parts } = reading;
  const fiscalYear = reading.fiscalYear ?? (reading.fiscalPhrase ? context.fiscalYear : undefined);
  if (parts.length === 0) {
    if (!reading.fiscalPhrase || fiscalYear === undefined) return unread(text);
    return { text, ...fiscalYearRange(fiscalYear) };
  }
  const [first, last = first] = parts;
  const lastYear = last.year ?? first.year;
  let firstYear: number | undefined;
  let lastCalendarYear: number | undefined;
  if (lastYear !== undefined) {
    lastCalendarYear = lastYear - BUDDHIST_ERA_OFFSET;
    // "เม.ย.-มิ.ย. 2566": the first month takes the last one's year, or the year before when
    // its month comes later (a range never runs backwards).
    firstYear =
      first.year !== undefined
        ? first.year - BUDDHIST_ERA_OFFSET
        : lastCalendarYear - (first.month > last.month ? 1 : 0);
  } else {
    const planYear = fiscalYear ?? context.fiscalYear;
    if (planYear === undefined) return unread(text);
    firstYear = yearInFiscalYear(first.month, planYear);
    lastCalendarYear = yearInFiscalYear(last.month, planYear);
  }
  const start = bounds(first, firstYear).start;
  const end = bounds(last, lastCalendarYear).end;
  if (!start || !end || end < start) return unread(text);
  return { text, start, end };
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A date typed into Excel arrives as a serial day number. */
export function dateFromSerial(serial: number): Date | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  return new Date(EXCEL_EPOCH + Math.floor(serial) * DAY_MS);
}

export function serialFromDate(date: Date): number {
  return Math.round((date.getTime() - EXCEL_EPOCH) / DAY_MS);
}

function periodFromSerial(serial: number): Period {
  const date = dateFromSerial(serial);
  return { text: String(serial), start: date, end: date };
}

/** YYYY-MM-DD of a UTC date, as the command line prints it. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
