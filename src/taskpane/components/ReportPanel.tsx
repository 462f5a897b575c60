import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { REPORT_LAYOUTS, ReportLayout } from "../../domain/report/types";
import { DEFAULT_OPTIONS } from "../../domain/report/report-inputs";
import { findingText } from "../../i18n/finding-messages";
import { scoreWarningMessage } from "../../i18n/score-messages";
import type {
  PlanCheck,
  ReportResult,
  WorkbookError,
  WorkbookService,
} from "../../services/workbook-service";
import type { StoredSetting } from "../../domain/stored-settings";
import { asWorkbookError, useAction } from "../hooks/useAction";
import { useTranslator } from "../i18n-context";
import { ErrorBar } from "./ErrorBar";
import { IgnoredSettings } from "./IgnoredSettings";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function ReportOutcome({ result }: { result: ReportResult }) {
  const { t, language } = useTranslator();
  const styles = useStyles();
  if (result.kind === "refused") {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          {t(`report.refused.${result.reason}`)}
          <ul className={styles.list}>
            {result.findings.slice(0, 20).map((finding, index) => (
              <li key={index}>{findingText(language, finding)}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          {t("report.created", {
            sheet: result.sheet,
            included: result.included,
            charts: result.charts,
          })}
          {result.replaced && <div>{t("report.replaced")}</div>}
          {result.keptEdited && <div>{t("report.keptEdited", { sheet: result.keptEdited })}</div>}
        </MessageBarBody>
      </MessageBar>
      <IgnoredSettings settings={result.ignoredSettings} />
      {result.scoreWarnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <ul className={styles.list}>
              {result.scoreWarnings.map(({ year, warning }) => (
                <li key={`${year}-${warning.code}`}>
                  {t("report.scoreWarning", {
                    year,
                    message: scoreWarningMessage(language, warning),
                  })}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {result.chartsOmitted && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("report.noScores")}</MessageBarBody>
        </MessageBar>
      )}
      {result.leftOut.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("report.leftOut")}
            <ul className={styles.list}>
              {result.leftOut.map((item) => (
                <li key={item.row}>
                  {t("report.leftOutItem", { row: item.row, measure: item.measure })}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** The one-click report of the plan last checked: layout, scope and digits. */
export function ReportPanel({
  service,
  check,
}: {
  service: WorkbookService;
  check: PlanCheck | null;
}) {
  const { t } = useTranslator();
  const styles = useStyles();
  const [layout, setLayout] = useState<ReportLayout>(DEFAULT_OPTIONS.layout);
  const [unit, setUnit] = useState("");
  const [thaiDigits, setThaiDigits] = useState(DEFAULT_OPTIONS.thaiDigits);
  // The date signed under the report; empty means today.
  const [reportDate, setReportDate] = useState("");
  // What the remembered options could not give: malformed settings, or Excel's failure to read.
  const [ignored, setIgnored] = useState<StoredSetting[]>([]);
  const [optionsError, setOptionsError] = useState<WorkbookError | null>(null);
  // Start from the choices made last time in this workbook (the ribbon button uses them too).
  useEffect(() => {
    let current = true;
    service
      .reportOptions()
      .then((remembered) => {
        if (!current) return;
        setLayout(remembered.layout);
        setUnit(remembered.unit ?? "");
        setThaiDigits(remembered.thaiDigits);
        setIgnored(remembered.ignoredSettings);
      })
      // Unreadable options leave the defaults in place: nothing is lost, the user chooses anew.
      .catch((caught: unknown) => current && setOptionsError(asWorkbookError(caught)));
    return () => {
      current = false;
    };
  }, [service]);
  // A layout this plan cannot make (status without status columns) gives way to its own columns.
  const chosen = !check || check.layouts.includes(layout) ? layout : "plan";
  const generate = useCallback(
    () =>
      service.generateReport({
        planSheetId: check?.sheetId,
        layout: chosen,
        unit: unit || null,
        thaiDigits,
        ...(reportDate ? { reportDate } : {}),
      }),
    [service, check, chosen, unit, thaiDigits, reportDate]
  );
  const action = useAction(generate);
  const available: readonly ReportLayout[] = check?.layouts ?? REPORT_LAYOUTS;
  const units = check
    ? check.progress.byOwner.map((owner) => owner.owner).filter((o) => o !== "-")
    : [];

  return (
    <section className={styles.panel} aria-labelledby="report-heading">
      <Subtitle2 as="h2" id="report-heading">
        {t("report.heading")}
      </Subtitle2>
      <Field label={t("report.layout")}>
        <RadioGroup value={chosen} onChange={(_, data) => setLayout(data.value as ReportLayout)}>
          {REPORT_LAYOUTS.map((option) => (
            <Radio
              key={option}
              value={option}
              label={t(`report.layout.${option}`)}
              disabled={!available.includes(option)}
            />
          ))}
        </RadioGroup>
      </Field>
      {check && (
        <p data-testid="report-layouts">
          {t("report.layouts", {
            layouts: available.map((option) => t(`report.layout.${option}`)).join(", "),
          })}
          {!check.progress.hasStatus && <> {t("report.refused.no_status_column")}</>}
        </p>
      )}
      <Field label={t("report.unit")}>
        <Select value={unit} onChange={(_, data) => setUnit(data.value)}>
          <option value="">{t("report.allUnits")}</option>
          {units.map((owner) => (
            <option key={owner} value={owner}>
              {owner}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("report.date")} hint={t("report.dateHint")}>
        <Input type="date" value={reportDate} onChange={(_, data) => setReportDate(data.value)} />
      </Field>
      <Checkbox
        checked={thaiDigits}
        onChange={(_, data) => setThaiDigits(data.checked === true)}
        label={t("report.thaiDigits")}
      />
      <Button appearance="primary" disabled={action.busy || !check} onClick={action.run}>
        {action.busy ? t("report.generating") : t("report.generate")}
      </Button>
      {!check && <p>{t("report.needsCheck")}</p>}
      {!action.result && <IgnoredSettings settings={ignored} />}
      {optionsError && <ErrorBar error={optionsError} onDismiss={() => setOptionsError(null)} />}
      {action.result && <ReportOutcome result={action.result} />}
      {action.error && <ErrorBar error={action.error} onDismiss={action.dismissError} />}
    </section>
  );
}
