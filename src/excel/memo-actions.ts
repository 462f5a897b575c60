// What the memo needs from the workbook (plan, settings, remembered fields) and remembering
// the fields the user typed. Reads only, apart from the remembered fields.
import type { MemoFields, MemoSpec } from "../domain/memo-spec";
import { buildMemo, defaultMemoFields } from "../domain/memo-spec";
import { planColumnsOf } from "../domain/report/plan-capabilities";
import { analysePlan } from "../domain/plan-analysis";
import type { ReportLayout } from "../domain/report/report-layouts";
import { queueSettingsRead, syncPlanRead } from "./plan-reader";

export const MEMO_SETTING = "ITA.memo";

type StoredFields = Omit<MemoFields, "date">;

function storedFields(value: unknown): Partial<StoredFields> {
  try {
    return typeof value === "string" ? (JSON.parse(value) as Partial<StoredFields>) : {};
  } catch {
    return {};
  }
}

/** The memo's fields (remembered ones over the defaults) and its spec for the plan sheet. */
export async function readMemo(
  context: Excel.RequestContext,
  sheetId: string,
  options: { thaiDigits: boolean; layout: ReportLayout },
  today: Date
): Promise<{ fields: MemoFields; spec: (fields: MemoFields) => MemoSpec }> {
  const { plan, others: stored } = await syncPlanRead(context, sheetId, () => {
    const setting = context.workbook.settings.getItemOrNullObject(MEMO_SETTING);
    setting.load("value");
    return () => setting;
  });
  const settingsRead = queueSettingsRead(context, plan.namesInUse, today);
  await context.sync();
  const settings = settingsRead();
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
    spec: (final) =>
      buildMemo(final, analysis.plan.measures, settings, {
        ...options,
        columns: planColumnsOf(analysis.layout),
      }),
  };
}

export async function saveMemoFields(
  context: Excel.RequestContext,
  fields: MemoFields
): Promise<void> {
  // The date is the day of writing, never remembered.
  const stored: StoredFields = {
    department: fields.department,
    number: fields.number,
    subject: fields.subject,
    to: fields.to,
    background: fields.background,
    proposal: fields.proposal,
    approvers: fields.approvers,
  };
  context.workbook.settings.add(MEMO_SETTING, JSON.stringify(stored));
  await context.sync();
}
