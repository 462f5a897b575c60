// The divisions' copies of a plan merged into the coordinator's: each measure matched by its text
// (tolerant of spacing, numbering and punctuation people change), and what a copy reported
// (status, results, budgets, problems, recommendations, evidence) taken where only that copy
// changed it. Two copies that filled the same measure differently are a conflict, listed with
// both texts and left as the plan had it; measures a copy added are listed, never merged in.
// Never lose data: a copy reports only the fields it has a column for (a header reworded past
// recognition is no column, not an empty one), and an empty value or no status tick is "not
// reported": it never replaces the plan's value and is never one side of a conflict.
import { columnOf, PlanLayout } from "../plan-layout";
import type { Status } from "../plan-columns";
import type { MeasureRow, TextKey } from "../plan-reading";
import { measureKey } from "../measure-key";

/** What a division reports on a measure, as the merge compares it. */
export const REPORTED_FIELDS = [
  "status",
  "result",
  "outcome",
  "plannedBudget",
  "budget",
  "problems",
  "recommendation",
  "evidence",
] as const;
export type ReportedField = (typeof REPORTED_FIELDS)[number];

export interface PlanCopy {
  /** How the user knows the copy: its file name. */
  name: string;
  measures: readonly MeasureRow[];
  /** The reported fields the copy has a column for (reportedFields of its layout). */
  fields: readonly ReportedField[];
}

/** The reported fields a plan's layout has a column for (status: any of its columns). */
export function reportedFields(layout: PlanLayout): ReportedField[] {
  return REPORTED_FIELDS.filter((field) =>
    field === "status"
      ? layout.columns.some((mapped) => mapped.meaning.key === "status")
      : columnOf(layout, field) !== undefined
  );
}

export interface MergeConflict {
  measure: string;
  field: ReportedField;
  /** Each copy's differing value, by copy name. */
  values: { copy: string; value: string }[];
}

export interface MergeOutcome {
  /** The plan's measures with the copies' reports applied. */
  measures: MeasureRow[];
  taken: { measure: string; field: ReportedField; copy: string }[];
  conflicts: MergeConflict[];
  added: { copy: string; measure: string }[];
  /** Per copy: how many values were taken from it, and the plan's fields it has no column for. */
  copies: { copy: string; taken: number; lacking: ReportedField[] }[];
}

const STATUS_ORDER: readonly Status[] = ["not_started", "in_progress", "done"];

/** The budgets are read as values (numbers), the other reported fields as text. */
export const isBudget = (field: ReportedField): field is "budget" | "plannedBudget" =>
  field === "budget" || field === "plannedBudget";

export function fieldValue(measure: MeasureRow, field: ReportedField): string {
  if (field === "status")
    return STATUS_ORDER.filter((status) => measure.ticked.includes(status)).join(",");
  if (isBudget(field)) return String(measure.raw[field] ?? "").trim();
  return measure.text[field as TextKey].trim();
}

export function withValue(measure: MeasureRow, field: ReportedField, from: MeasureRow): MeasureRow {
  if (field === "status") return { ...measure, ticked: [...from.ticked] };
  if (isBudget(field)) {
    return { ...measure, raw: { ...measure.raw, [field]: from.raw[field] } };
  }
  return { ...measure, text: { ...measure.text, [field]: from.text[field as TextKey] } };
}

/** `planFields`: the fields the plan has a column for, to name those a copy lacks. */
export function mergeCopies(
  plan: readonly MeasureRow[],
  copies: readonly PlanCopy[],
  planFields: readonly ReportedField[]
): MergeOutcome {
  const outcome: MergeOutcome = { measures: [], taken: [], conflicts: [], added: [], copies: [] };
  const indexed = copies.map((copy) => ({
    copy,
    byKey: new Map(copy.measures.map((measure) => [measureKey(measure.text.measure), measure])),
  }));
  const planKeys = new Set(plan.map((measure) => measureKey(measure.text.measure)));
  for (const original of plan) {
    const key = measureKey(original.text.measure);
    let merged = original;
    for (const field of REPORTED_FIELDS) {
      const before = fieldValue(original, field);
      const changes = indexed.flatMap(({ copy, byKey }) => {
        const theirs = byKey.get(key);
        if (!theirs || !copy.fields.includes(field)) return [];
        const value = fieldValue(theirs, field);
        return value !== "" && value !== before ? [{ copy, theirs }] : [];
      });
      const distinct = new Set(changes.map(({ theirs }) => fieldValue(theirs, field)));
      if (distinct.size === 1) {
        merged = withValue(merged, field, changes[0].theirs);
        for (const { copy } of changes)
          outcome.taken.push({ measure: original.text.measure, field, copy: copy.name });
      } else if (distinct.size > 1) {
        outcome.conflicts.push({
          measure: original.text.measure,
          field,
          values: changes.map(({ copy, theirs }) => ({
            copy: copy.name,
            value: fieldValue(theirs, field),
          })),
        });
      }
    }
    outcome.measures.push(merged);
  }
  for (const { copy } of indexed) {
    for (const measure of copy.measures) {
      if (!planKeys.has(measureKey(measure.text.measure)))
        outcome.added.push({ copy: copy.name, measure: measure.text.measure });
    }
    outcome.copies.push({
      copy: copy.name,
      taken: outcome.taken.filter((item) => item.copy === copy.name).length,
      lacking: planFields.filter((field) => !copy.fields.includes(field)),
    });
  }
  return outcome;
}
