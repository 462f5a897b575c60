// What the memo needs from the workbook (plan, settings, remembered fields and emblem) and
// remembering what the user typed and picked. Reads only, apart from the remembered settings.
import type { MemoEmblem } from "../domain/memo-form";
import { toBase64 } from "../domain/memo-form";
import type { MemoFields, MemoSpec } from "../domain/memo-spec";
import { buildMemo, defaultMemoFields } from "../domain/memo-spec";
import { planColumnsOf } from "../domain/report/plan-capabilities";
import { analysePlan } from "../domain/plan-analysis";
import type { ReportLayout } from "../domain/report/report-layouts";
import { OPTIONS_SETTING } from "../domain/report/report-inputs";
import {
  ignoredSettings,
  StoredMemoFields,
  storedEmblem,
  storedMemoFields,
  storedReportOptions,
} from "../domain/stored-settings";
import type { SettingsRead } from "../services/workbook-service";
import { queueSettingsRead, syncPlanRead } from "./plan-reader";
import { queueScoreHistoryRead } from "./scores-actions";

export const MEMO_SETTING = "ITA.memo";
/** The emblem apart from the fields: base64 of at most EMBLEM_MAX_BYTES. */
export const MEMO_EMBLEM_SETTING = "ITA.memoEmblem";

export interface PreparedMemo extends SettingsRead {
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
  // Settings edited by hand or by an older version: what is malformed gives way to defaults.
  const read = {
    reportOptions: storedReportOptions(
      storedOptions.isNullObject ? undefined : storedOptions.value
    ),
    memo: storedMemoFields(stored.isNullObject ? undefined : stored.value),
    memoEmblem: storedEmblem(emblem.isNullObject ? undefined : emblem.value),
  };
  const remembered = read.reportOptions.value;
  const scores = scoresRead();
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
    ...read.memo.value,
    date: today,
  };
  return {
    fields,
    emblem: read.memoEmblem.value,
    ignoredSettings: [...plan.ignoredSettings, ...ignoredSettings(read)],
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
  const stored: StoredMemoFields = {
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
