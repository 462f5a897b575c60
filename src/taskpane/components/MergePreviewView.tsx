import { Field, makeStyles, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import { conflictKey, MergeChoices } from "../../domain/plan/merge-choices";
import type { Status } from "../../domain/plan-columns";
import type { ReportedField } from "../../domain/plan/merge-copies";
import type { MergePreview } from "../../services/workbook-service";
import { useTranslator } from "../i18n-context";
import { CappedList } from "./CappedList";

const KEEP = "";

const useStyles = makeStyles({
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** A heading and its list (the first few, and "show all"); nothing when the list is empty. */
function TitledList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <Text as="h4" weight="semibold">
        {title}
      </Text>
      <CappedList
        label={title}
        items={items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      />
    </>
  );
}

/** What the divisions' files would bring into the plan: the copies that lack a column the plan
 * has, what is taken, each conflict with its copies' values to choose from (the plan's kept
 * until one is chosen), the measures added. */
export function MergePreviewView(props: {
  preview: MergePreview;
  choices: MergeChoices;
  onChoose: (choices: MergeChoices) => void;
}) {
  const { preview, choices, onChoose } = props;
  const { t } = useTranslator();
  const styles = useStyles();
  const firstLine = (measure: string) => measure.split("\n")[0];
  const field = (name: ReportedField) => t(`column.${name}`);
  const shown = (name: ReportedField, value: string) => {
    // An emptied cell: a dash reads the same in either language.
    if (value === "") return "—";
    if (name !== "status") return value;
    return value
      .split(",")
      .map((status) => t(`status.${status as Status}`))
      .join(", ");
  };
  return (
    <div className={styles.part}>
      {preview.lacking.map(({ copy, fields }) => (
        <Text key={copy}>{t("merge.lacking", { copy, fields: fields.map(field).join(", ") })}</Text>
      ))}
      <TitledList
        title={t("merge.taken", { count: preview.taken.length })}
        items={preview.taken.map((item) =>
          t("merge.takenItem", {
            measure: firstLine(item.measure),
            field: field(item.field),
            value: shown(item.field, item.value),
            copy: item.copy,
          })
        )}
      />
      {preview.conflicts.length > 0 && (
        <>
          <Text as="h4" weight="semibold">
            {t("merge.conflicts", { count: preview.conflicts.length })}
          </Text>
          {preview.conflicts.map((conflict) => {
            const key = conflictKey(conflict);
            return (
              <Field key={key} label={`${firstLine(conflict.measure)} — ${field(conflict.field)}`}>
                <RadioGroup
                  value={choices[key] ?? KEEP}
                  onChange={(_, data) => {
                    const next = { ...choices };
                    if (data.value === KEEP) delete next[key];
                    else next[key] = data.value;
                    onChoose(next);
                  }}
                >
                  <Radio value={KEEP} label={t("merge.keep")} />
                  {conflict.values.map(({ copy, value }) => (
                    <Radio
                      key={copy}
                      value={copy}
                      label={`${copy}: ${shown(conflict.field, value)}`}
                    />
                  ))}
                </RadioGroup>
              </Field>
            );
          })}
        </>
      )}
      <TitledList
        title={t("merge.added", { count: preview.added.length })}
        items={preview.added.map((item) => `${firstLine(item.measure)} (${item.copy})`)}
      />
    </div>
  );
}
