import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { isFiscalYear } from "../../domain/plan-template";
import { fiscalYearOf } from "../../domain/thai-dates";
import { foldThaiDigits } from "../../domain/thai-text";
import type { WorkbookService } from "../../services/workbook-service";
import { useAction } from "../hooks/useAction";
import { useTranslator } from "../i18n-context";
import { ErrorBar } from "./ErrorBar";
import { WeakPointsPanel } from "./WeakPointsPanel";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** The ITA scores sheet, and score lines pasted from a published result into a year's column. */
export function ScoresPanel({ service, today }: { service: WorkbookService; today: Date }) {
  const { t } = useTranslator();
  const styles = useStyles();
  const [yearText, setYearText] = useState(String(fiscalYearOf(today) - 1));
  const [lines, setLines] = useState("");
  const year = Number(foldThaiDigits(yearText.trim()));
  const insert = useAction(
    useCallback(() => service.insertScoresSheet(fiscalYearOf(today)), [service, today])
  );
  const paste = useAction(
    useCallback(() => service.pasteScoreLines(year, lines), [service, year, lines])
  );

  return (
    <section className={styles.panel} aria-labelledby="scores-heading">
      <Subtitle2 as="h2" id="scores-heading">
        {t("scores.heading")}
      </Subtitle2>
      <Button disabled={insert.busy} onClick={insert.run}>
        {t("scores.insert")}
      </Button>
      {insert.result && (
        <MessageBar intent="success">
          <MessageBarBody>
            {t(insert.result.created ? "scores.inserted" : "scores.exists", {
              sheet: insert.result.sheet,
            })}
          </MessageBarBody>
        </MessageBar>
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
      <Button disabled={paste.busy || !isFiscalYear(year) || !lines.trim()} onClick={paste.run}>
        {t("scores.paste")}
      </Button>
      {paste.result && (
        <MessageBar intent="success">
          <MessageBarBody>
            {t("scores.pasted", { indicators: paste.result.indicators, year: paste.result.year })}
          </MessageBarBody>
        </MessageBar>
      )}
      {paste.error && <ErrorBar error={paste.error} onDismiss={paste.dismissError} />}
      <WeakPointsPanel service={service} />
    </section>
  );
}
