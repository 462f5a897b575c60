import { Checkbox, Field, Input, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { fiscalYearOf } from "../../domain/thai-dates";
import { isFiscalYear } from "../../domain/plan-template";
import { foldThaiDigits } from "../../domain/thai-text";
import type { WorkbookService } from "../../services/workbook-service";
import { useAction } from "../hooks/useAction";
import { useTranslator } from "../i18n-context";
import { BusyButton } from "./BusyButton";
import { ErrorBar } from "./ErrorBar";
import { ResultBar } from "./ResultBar";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function TemplatePanel({
  service,
  today,
  onInserted,
}: {
  service: WorkbookService;
  today: Date;
  /** Called once the new plan sheet is active, to check it and show its progress. */
  onInserted: () => Promise<void>;
}) {
  const { t, num } = useTranslator();
  const styles = useStyles();
  const [withExample, setWithExample] = useState(true);
  // The year proposed in the pane's digits; either kind is read back.
  const [yearText, setYearText] = useState(() => num(fiscalYearOf(today)));
  const year = Number(foldThaiDigits(yearText.trim()));
  const yearValid = isFiscalYear(year);
  const insert = useCallback(async () => {
    const result = await service.insertPlanTemplate({ withExample, fiscalYear: year });
    await onInserted();
    return result;
  }, [service, withExample, year, onInserted]);
  const action = useAction(insert);

  return (
    <section className={styles.panel} aria-labelledby="template-heading">
      <Subtitle2 as="h2" id="template-heading">
        {t("template.heading")}
      </Subtitle2>
      <Field
        label={t("template.fiscalYear")}
        validationState={yearValid ? "none" : "error"}
        validationMessage={yearValid ? undefined : t("template.fiscalYearInvalid")}
      >
        <Input
          value={yearText}
          inputMode="numeric"
          onChange={(_, data) => setYearText(data.value)}
        />
      </Field>
      <Checkbox
        checked={withExample}
        onChange={(_, data) => setWithExample(data.checked === true)}
        label={t("template.withExample")}
      />
      <BusyButton
        appearance="primary"
        busy={action.busy}
        disabledReason={yearValid ? null : t("template.yearFirst")}
        onClick={() => void action.run()}
      >
        {action.busy ? t("template.inserting") : t("template.insert")}
      </BusyButton>
      {action.result && (
        <ResultBar
          intent="success"
          text={t("template.inserted", { sheet: action.result.sheet, rows: action.result.rows })}
        />
      )}
      {action.error && <ErrorBar error={action.error} onDismiss={action.dismissError} />}
    </section>
  );
}
