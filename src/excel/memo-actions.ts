// What the memo needs from the workbook (plan, settings, remembered fields and emblem) and
// remembering what the user typed and picked. Reads only, apart from the remembered settings.
import type { MemoEmblem } from "../domain/memo-form";
import { fromBase64, readEmblem, toBase64 } from "../domain/memo-form";
import type { MemoFields, MemoSpec } from "../domain/memo-spec";
import { buildMemo, defaultMemoFields } from "../domain/memo-spec";
import { planColumnsOf } from "../domain/report/plan-capabilities";
import { analysePlan } from "../domain/plan-analysis";
import type { ReportLayout } from "../domain/report/report-layouts";
import { OPTIONS_SETTING, optionsFrom } from "../domain/report/report-inputs";
import { queueSettingsRead, syncPlanRead } from "./plan-reader";
import { queueScoreHistoryRead } from "./scores-actions";

export const MEMO_SETTING = "ITA.memo";
/** The emblem apart from the fields: base64 of at most EMBLEM_MAX_BYTES. */
export const MEMO_EMBLEM_SETTING = "ITA.memoEmblem";

type StoredFields = Omit<MemoFields, "date">;

function parsed(value: unknown): unknown {
  try {
    return typeof value === "string" ? JSON.parse(value) : undefined;
  } catch {
    // A setting edited by hand or by an older version: the defaults stand.
    return undefined;
  }
}

function storedFields(value: unknown): Partial<StoredFields> {
  const stored = (parsed(value) ?? {}) as Partial<StoredFields>;
  // Levels remembered before they had a comment title keep working.
  const approvers = Array.isArray(stored.approvers)
    ? stored.approvers.map((approver) => ({ ...approver, title: approver.title ?? "" }))
    : undefined;
  return approvers ? { ...stored, approvers } : stored;
}

function storedEmblem(value: unknown): MemoEmblem | null {
  const data = parsed(value);
  if (typeof data !== "string") return null;
  // Read again from its bytes: the stored text is never trusted for type or size.
  const emblem = readEmblem(fromBase64(data));
  return typeof emblem === "string" ? null : emblem;
}

export interface PreparedMemo {
  fields: MemoFields;
  emblem: MemoEmblem | null;
  spec: (fields: MemoFields, emblem: MemoEmblem | null) => MemoSpec;
}

/** The memo's fields (remembered ones over the defaults), emblem and spec for the plan sheet;
 * digits and the attached table's layout as given, else as the report was last made. */
export async function readMemo(
  context: Excel.RequestContext,
  sheetId: string,
  given: Partial<{ thaiDigits: boolean; layout: ReportLayout }>,
  today: Date
): Promise<PreparedMemo> {
  // The remembered fields, report options and emblem travel with the plan's read.
  const { plan, others } = await syncPlanRead(context, sheetId, () => {
    const settings = context.workbook.settings;
    const read = [MEMO_SETTING, OPTIONS_SETTING, MEMO_EMBLEM_SETTING].map((key) =>
      settings.getItemOrNullObject(key).load("value")
    );
    return () => read;
  });
  const [stored, storedOptions, emblem] = others;
  const settingsRead = queueSettingsRead(context, plan.namesInUse, today);
  const scoresRead = queueScoreHistoryRead(context, plan.namesInUse);
  await context.sync();
  const settings = settingsRead();
  const scores = scoresRead();
  const remembered = optionsFrom(storedOptions.isNullObject ? undefined : storedOptions.value);
  const options = {
    thaiDigits: given.thaiDigits ?? remembered.thaiDigits,
    layout: given.layout ?? remembered.layout,
  };
  const analysis = analysePlan(plan.grid, {
    overrides: plan.overrides,
    fiscalYear: settings.fiscalYear,
    today,
  });
  const fields: MemoFields = {
    ...defaultMemoFields(settings, today),
    ...storedFields(stored.isNullObject ? undefined : stored.value),
    date: today,
  };
  return {
    fields,
    emblem: emblem.isNullObject ? null : storedEmblem(emblem.value),
    spec: (final, picked) =>
      buildMemo(final, analysis.plan.measures, settings, {
        ...options,
        columns: planColumnsOf(analysis.layout),
        emblem: picked,
        scores,
      }),
  };
}

/** Remembers the fields and the emblem (or forgets the emblem) in one round trip. */
export async function saveMemoFields(
  context: Excel.RequestContext,
  fields: MemoFields,
  emblem: MemoEmblem | null
): Promise<void> {
  // The date is the day of writing, never remembered.
  const stored: StoredFields = {
    department: fields.department,
    number: fields.number,
    subject: fields.subject,
    to: fields.to,
    background: fields.background,
    legal: fields.legal,
    proposal: fields.proposal,
    signer: fields.signer,
    approvers: fields.approvers,
  };
  context.workbook.settings.add(MEMO_SETTING, JSON.stringify(stored));
  // Forgetting writes null: deleting a setting that may not exist would fail the sync.
  context.workbook.settings.add(
    MEMO_EMBLEM_SETTING,
    JSON.stringify(emblem ? toBase64(emblem.data) : null)
  );
  await context.sync();
}
