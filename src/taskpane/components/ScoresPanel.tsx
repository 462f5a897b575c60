import { Field, Input, makeStyles, Subtitle2, Textarea, tokens } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { isFiscalYear } from "../../domain/plan-template";
import { fiscalYearOf } from "../../domain/thai-dates";
import { foldThaiDigits } from "../../domain/thai-text";
import type { WorkbookService } from "../../services/workbook-service";
import { useAction } from "../hooks/useAction";
import { useTranslator } from "../i18n-context";
import { BusyButton } from "./BusyButton";
import { ErrorBar } from "./ErrorBar";
import { WeakPointsPanel } from "./WeakPointsPanel";
import { ResultBar } from "./ResultBar";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** The ITA scores sheet, and score lines pasted from a published result into a year's column. */
export function ScoresPanel({
  service,
  today,
  planSheetId,
  onDone,
}: {
  service: WorkbookService;
  today: Date;
  /** The plan the weak points are read against (the plan the pane knows, else the active sheet). */
  planSheetId?: string;
  /** Called when a year's scores are in the sheet: the next step can be suggested. */
  onDone: () => void;
}) {
  const { t } = useTranslator();
  const styles = useStyles();
  const [yearText, setYearText] = useState(String(fiscalYearOf(today) - 1));
  const [lines, setLines] = useState("");
  const year = Number(foldThaiDigits(yearText.trim()));
  const insert = useAction(
    useCallback(() => service.insertScoresSheet(fiscalYearOf(today)), [service, today])
  );
  const paste = useAction(
    useCallback(async () => {
      const pasted = await service.pasteScoreLines(year, lines);
      onDone();
      return pasted;
    }, [service, year, lines, onDone])
  );

  return (
    <section className={styles.panel} aria-labelledby="scores-heading">
      <Subtitle2 as="h2" id="scores-heading">
        {t("scores.heading")}
      </Subtitle2>
      <BusyButton busy={insert.busy} onClick={() => void insert.run()}>
        {t("scores.insert")}
      </BusyButton>
      {insert.result && (
        <ResultBar
          intent="success"
          text={t(insert.result.created ? "scores.inserted" : "scores.exists", {
            sheet: insert.result.sheet,
          })}
        />
      )}
      {insert.error && <ErrorBar error={insert.error} onDismiss={insert.dismissError} />}
      <Field
        label={t("scores.year")}
        validationState={isFiscalYear(year) ? "none" : "error"}
        validationMessage={isFiscalYear(year) ? undefined : t("template.fiscalYearInvalid")}
      >
        <Input
          value={yearText}
          inputMode="numeric"
          onChange={(_, data) => setYearText(data.value)}
        />
      </Field>
      <Field label={t("scores.lines")} hint={t("scores.linesHint")}>
        <Textarea
          value={lines}
          resize="vertical"
          rows={4}
          onChange={(_, data) => setLines(data.value)}
        />
      </Field>
      <BusyButton
        busy={paste.busy}
        disabledReason={
          !isFiscalYear(year)
            ? t("template.yearFirst")
            : !lines.trim()
              ? t("scores.linesNeeded")
              : null
        }
        onClick={() => void paste.run()}
      >
        {t("scores.paste")}
      </BusyButton>
      {paste.result && (
        <ResultBar
          intent="success"
          text={t("scores.pasted", {
            indicators: paste.result.indicators,
            year: paste.result.year,
          })}
        />
      )}
      {paste.error && <ErrorBar error={paste.error} onDismiss={paste.dismissError} />}
      <WeakPointsPanel service={service} planSheetId={planSheetId} />
    </section>
  );
}
