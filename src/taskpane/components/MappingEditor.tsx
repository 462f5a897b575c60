import { Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { COLUMN_KEYS, STATUSES } from "../../domain/plan-columns";
import type { MappingOverrides } from "../../domain/plan-layout";
import type { MessageKey } from "../../i18n/catalogue";
import type { PlanCheck } from "../../services/workbook-service";
import { useTranslator } from "../i18n-context";
import { BusyButton } from "./BusyButton";

const MEANINGS = [
  ...COLUMN_KEYS.filter((key) => key !== "status"),
  "status",
  ...STATUSES.map((status) => `status:${status}`),
];

const useStyles = makeStyles({
  editor: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** Every header of the plan with the meaning the add-in gave it; the user may correct any. */
export function MappingEditor({
  id,
  check,
  busy,
  onSave,
}: {
  id: string;
  check: PlanCheck;
  busy: boolean;
  onSave: (overrides: MappingOverrides) => void;
}) {
  const { t } = useTranslator();
  const styles = useStyles();
  const headers = [
    ...check.columns.map(({ column, header, meaning }) => ({ column, header, meaning })),
    ...check.unmapped.map(({ column, header }) => ({ column, header, meaning: "ignore" })),
  ].sort((a, b) => a.column.length - b.column.length || a.column.localeCompare(b.column));
  const [choices, setChoices] = useState<MappingOverrides>(check.overrides);
  const label = (meaning: string) => {
    const [key, status] = meaning.split(":");
    return status
      ? `${t("column.status")}: ${t(`status.${status}` as MessageKey)}`
      : t(`column.${key}` as MessageKey);
  };
  return (
    <div id={id} className={styles.editor}>
      {headers.map(({ column, header, meaning }) => (
        <Field key={column} label={t("mapping.column", { column, header })}>
          <Select
            value={choices[column] ?? meaning}
            onChange={(_, data) => setChoices({ ...choices, [column]: data.value })}
          >
            {MEANINGS.map((option) => (
              <option key={option} value={option}>
                {label(option)}
              </option>
            ))}
            <option value="ignore">{t("mapping.ignore")}</option>
          </Select>
        </Field>
      ))}
      <BusyButton busy={busy} onClick={() => onSave(choices)}>
        {t("mapping.save")}
      </BusyButton>
    </div>
  );
}
