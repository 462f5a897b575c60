// The add-in's settings as a workbook stores them (Office document settings travel with the
// file): anyone can edit a file, and an older version may have written them, so each is checked
// on read. What is malformed is dropped, the well-formed rest kept, and the setting named so the
// pane can say it was ignored; a stored value is never trusted for its shape.
import { columnIndex } from "./a1";
import type { MemoApprover, MemoEmblem, MemoSigner } from "./memo-form";
import { EMBLEM_MAX_BYTES, fromBase64, MEMO_TEXT_FIELDS, readEmblem } from "./memo-form";
import type { MemoFields } from "./memo-spec";
import { MappingOverrides, meaningFromId } from "./plan-layout";
import { DEFAULT_OPTIONS } from "./report/report-inputs";
import { REPORT_LAYOUTS, ReportLayout } from "./report/types";
import type { ReportOptions } from "./report/types";

/** The settings the add-in keeps, by what they hold (the pane names them to the user). */
export type StoredSetting = "mappings" | "reportOptions" | "reports" | "memo" | "memoEmblem";

export interface Checked<T> {
  value: T;
  /** True when something was stored but (part of it) was malformed and is ignored. */
  ignored: boolean;
}

export type RememberedOptions = ReportOptions & {
  planSheetId?: string;
  lastReport?: string;
  lastSummary?: string;
};

export interface SheetRecord {
  sheet: string;
  fingerprint: string;
}

/** A report the add-in made: its table sheet's record, and its summary sheet's (reports made
 * before the summary had its own sheet have none). */
export interface ReportRecord extends SheetRecord {
  summary?: SheetRecord;
}

export type StoredMemoFields = Omit<MemoFields, "date">;

type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The stored JSON text's object: undefined when nothing is stored, null when it is no object. */
function storedObject(stored: unknown): Fields | null | undefined {
  if (stored === undefined || stored === null) return undefined;
  if (typeof stored !== "string") return null;
  try {
    const parsed: unknown = JSON.parse(stored);
    return isRecord(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Keeps the entries `keep` accepts; ignored when the text was no object or one was dropped. */
function checkedEntries<T>(
  stored: unknown,
  keep: (key: string, value: unknown) => T | undefined
): Checked<Record<string, T>> {
  const object = storedObject(stored);
  if (object === undefined) return { value: {}, ignored: false };
  if (object === null) return { value: {}, ignored: true };
  const value: Record<string, T> = {};
  let ignored = false;
  for (const [key, entry] of Object.entries(object)) {
    const kept = keep(key, entry);
    if (kept === undefined) ignored = true;
    else value[key] = kept;
  }
  return { value, ignored };
}

const isColumn = (key: string) => /^[A-Z]{1,3}$/.test(key) && columnIndex(key) < 16_384;

/** The settings among `checks` that were ignored, for the pane's warning. */
export function ignoredSettings(
  checks: Partial<Record<StoredSetting, Checked<unknown>>>
): StoredSetting[] {
  return (Object.keys(checks) as StoredSetting[]).filter((setting) => checks[setting]?.ignored);
}

/** Every sheet's column mapping, by sheet id: a column letter to a meaning id or "ignore". */
export function storedMappings(stored: unknown): Checked<Record<string, MappingOverrides>> {
  let columnsDropped = false;
  const sheets = checkedEntries(stored, (_, mapping) => {
    if (!isRecord(mapping)) return undefined;
    const columns = checkedEntries(JSON.stringify(mapping), (column, meaning) =>
      isColumn(column) &&
      typeof meaning === "string" &&
      (meaning === "ignore" || meaningFromId(meaning) !== undefined)
        ? meaning
        : undefined
    );
    columnsDropped ||= columns.ignored;
    return columns.value;
  });
  return { value: sheets.value, ignored: sheets.ignored || columnsDropped };
}

/** The report options chosen last time; a malformed one gives way to its default. */
export function storedReportOptions(stored: unknown): Checked<RememberedOptions> {
  const object = storedObject(stored);
  if (object === undefined) return { value: { ...DEFAULT_OPTIONS }, ignored: false };
  const fields = object ?? {};
  const valid = {
    layout: REPORT_LAYOUTS.includes(fields.layout as ReportLayout),
    unit: fields.unit === null || typeof fields.unit === "string",
    thaiDigits: typeof fields.thaiDigits === "boolean",
    planSheetId: fields.planSheetId === undefined || typeof fields.planSheetId === "string",
    lastReport: fields.lastReport === undefined || typeof fields.lastReport === "string",
    lastSummary: fields.lastSummary === undefined || typeof fields.lastSummary === "string",
  };
  const value: RememberedOptions = {
    layout: valid.layout ? (fields.layout as ReportLayout) : DEFAULT_OPTIONS.layout,
    unit: valid.unit && fields.unit ? (fields.unit as string) : null,
    thaiDigits: valid.thaiDigits ? (fields.thaiDigits as boolean) : DEFAULT_OPTIONS.thaiDigits,
    planSheetId: valid.planSheetId ? (fields.planSheetId as string | undefined) : undefined,
    lastReport: valid.lastReport ? (fields.lastReport as string | undefined) : undefined,
    lastSummary: valid.lastSummary ? (fields.lastSummary as string | undefined) : undefined,
  };
  return { value, ignored: object === null || Object.values(valid).includes(false) };
}

const sheetRecordOf = (value: unknown): SheetRecord | undefined =>
  isRecord(value) && typeof value.sheet === "string" && typeof value.fingerprint === "string"
    ? { sheet: value.sheet, fingerprint: value.fingerprint }
    : undefined;

/** The reports the add-in made, by report key; a malformed summary record is dropped with the
 * report it belongs to, so a half-known report is never taken for the add-in's own. */
export function storedReports(stored: unknown): Checked<Record<string, ReportRecord>> {
  return checkedEntries(stored, (_, record) => {
    const table = sheetRecordOf(record);
    if (!table || !isRecord(record)) return undefined;
    if (record.summary === undefined) return table;
    const summary = sheetRecordOf(record.summary);
    return summary ? { ...table, summary } : undefined;
  });
}

function signerOf(value: unknown): MemoSigner | undefined {
  return isRecord(value) && typeof value.name === "string" && typeof value.position === "string"
    ? { name: value.name, position: value.position }
    : undefined;
}

function approverOf(value: unknown): MemoApprover | undefined {
  const signer = signerOf(value);
  if (!signer || !isRecord(value)) return undefined;
  // Levels remembered before they had a comment title keep working.
  if (value.title === undefined) return { ...signer, title: "" };
  return typeof value.title === "string" ? { ...signer, title: value.title } : undefined;
}

/** The memo's fields as the user last typed them; malformed ones are left to the defaults. */
export function storedMemoFields(stored: unknown): Checked<Partial<StoredMemoFields>> {
  const object = storedObject(stored);
  if (!object) return { value: {}, ignored: object === null };
  const value: Partial<StoredMemoFields> = {};
  let ignored = false;
  for (const key of MEMO_TEXT_FIELDS) {
    if (typeof object[key] === "string") value[key] = object[key] as string;
    else ignored ||= object[key] !== undefined;
  }
  if (object.signer !== undefined) {
    const signer = signerOf(object.signer);
    if (signer) value.signer = signer;
    else ignored = true;
  }
  if (object.approvers !== undefined) {
    const approvers = Array.isArray(object.approvers) ? object.approvers.map(approverOf) : [];
    if (Array.isArray(object.approvers) && approvers.every((level) => level !== undefined)) {
      value.approvers = approvers as MemoApprover[];
    } else {
      ignored = true;
    }
  }
  return { value, ignored };
}

// Base64 of at most EMBLEM_MAX_BYTES: longer text is refused before it is decoded.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const MAX_BASE64 = Math.ceil(EMBLEM_MAX_BYTES / 3) * 4;

/** The emblem picked last time (stored as JSON: base64 text, or null once forgotten), read
 * again from its bytes: the stored text is never trusted for type or size. */
export function storedEmblem(stored: unknown): Checked<MemoEmblem | null> {
  if (stored === undefined || stored === null) return { value: null, ignored: false };
  let data: unknown;
  try {
    data = typeof stored === "string" ? JSON.parse(stored) : undefined;
  } catch {
    return { value: null, ignored: true };
  }
  if (data === null) return { value: null, ignored: false };
  if (typeof data !== "string" || data.length > MAX_BASE64 || !BASE64.test(data)) {
    return { value: null, ignored: true };
  }
  const emblem = readEmblem(fromBase64(data));
  return typeof emblem === "string"
    ? { value: null, ignored: true }
    : { value: emblem, ignored: false };
}
