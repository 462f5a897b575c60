import {
  Checkbox,
  Field,
  makeStyles,
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
import { INDICATORS } from "../../domain/scores";
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
import { BusyButton } from "./BusyButton";
import { CappedList } from "./CappedList";
import { ErrorBar } from "./ErrorBar";
import { IgnoredSettings } from "./IgnoredSettings";
import { FindingList } from "./FindingList";
import { Revealed } from "./Revealed";
import { SnapshotPanel } from "./SnapshotPanel";
import { NextYearPanel } from "./NextYearPanel";
import { ReportDateField, typedDate } from "./ReportDateField";
import { NoticeBar } from "./NoticeBar";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function ReportOutcome({
  result,
  check,
  onSelect,
}: {
  result: ReportResult;
  check: PlanCheck;
  onSelect: (cell: string) => void;
}) {
  const { t, digits, language } = useTranslator();
  const styles = useStyles();
  if (result.kind === "refused") {
    // The refusal names the plan's sheet; each finding's cell is a link that selects it.
    const text = `${t(`report.refused.${result.reason}`)} ${t("plan.current", { sheet: check.sheet })}`;
    return (
      <Revealed announce={text}>
        <NoticeBar intent="error" layout="multiline">
          <MessageBarBody>{text}</MessageBarBody>
        </NoticeBar>
        <FindingList findings={result.findings} onSelect={onSelect} />
      </Revealed>
    );
  }
  const created = t("report.created", {
    sheet: result.sheet,
    included: result.included,
    charts: result.charts,
  });
  return (
    <Revealed announce={created}>
      <NoticeBar intent="success" layout="multiline">
        <MessageBarBody>
          {created}
          {result.replaced && <div>{t("report.replaced")}</div>}
          {result.keptEdited && <div>{t("report.keptEdited", { sheet: result.keptEdited })}</div>}
        </MessageBarBody>
      </NoticeBar>
      <IgnoredSettings settings={result.ignoredSettings} />
      {result.scoreWarnings.length > 0 && (
        <NoticeBar intent="warning" layout="multiline">
          <MessageBarBody>
            <ul className={styles.list}>
              {result.scoreWarnings.map(({ year, warning }) => (
                <li key={`${year}-${warning.code}`}>
                  {t("report.scoreWarning", {
                    year,
                    message: digits(scoreWarningMessage(language, warning)),
                  })}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </NoticeBar>
      )}
      {result.chartsOmitted && (
        <NoticeBar intent="info" layout="multiline">
          <MessageBarBody>{t("report.noScores", { count: INDICATORS.length })}</MessageBarBody>
        </NoticeBar>
      )}
      {result.leftOut.length > 0 && (
        <NoticeBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("report.leftOut")}
            <CappedList
              items={result.leftOut.map((item) => (
                <li key={item.row}>
                  {t("report.leftOutItem", { row: item.row, measure: item.measure })}
                </li>
              ))}
            />
          </MessageBarBody>
        </NoticeBar>
      )}
    </Revealed>
  );
}

/** The one-click report of the plan last checked: layout, scope and digits. */
export function ReportPanel({
  service,
  check,
  onDone,
  onNewPlan = () => undefined,
}: {
  service: WorkbookService;
  check: PlanCheck;
  /** Called when the report was made: the next step can be suggested. */
  onDone: () => void;
  /** Called when next year's plan was made on a new (active) sheet: the pane follows it. */
  onNewPlan?: (sheetId: string) => void;
}) {
  const { t } = useTranslator();
  const styles = useStyles();
  const [layout, setLayout] = useState<ReportLayout>(DEFAULT_OPTIONS.layout);
  const [unit, setUnit] = useState("");
  const [thaiDigits, setThaiDigits] = useState(DEFAULT_OPTIONS.thaiDigits);
  // The date signed under the report as typed; empty means the settings' date, else today.
  const [dateText, setDateText] = useState("");
  const typed = typedDate(dateText);
  const reportDay = typed.kind === "day" ? typed.iso : undefined;
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
  const chosen = check.layouts.includes(layout) ? layout : "plan";
  const generate = useCallback(async () => {
    const result = await service.generateReport({
      planSheetId: check.sheetId,
      layout: chosen,
      unit: unit || null,
      thaiDigits,
      ...(reportDay ? { reportDate: reportDay } : {}),
    });
    if (result.kind === "created") onDone();
    return result;
  }, [service, check, chosen, unit, thaiDigits, reportDay, onDone]);
  const action = useAction(generate);
  const select = useAction(
    useCallback((cell: string) => service.selectCell(check.sheetId, cell), [service, check])
  );
  const available: readonly ReportLayout[] = check.layouts;
  const units = check.progress.byOwner.map((owner) => owner.owner).filter((o) => o !== "-");

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
      {/* Said only when a layout cannot be made: otherwise it repeats the choices above, and
          pushed the step's button below a 700 px pane. */}
      {available.length < REPORT_LAYOUTS.length && (
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
      <ReportDateField text={dateText} onChange={setDateText} />
      <Checkbox
        checked={thaiDigits}
        onChange={(_, data) => setThaiDigits(data.checked === true)}
        label={t("report.thaiDigits")}
      />
      <BusyButton
        appearance="primary"
        busy={action.busy}
        disabledReason={typed.kind === "unreadable" ? t("report.dateFixFirst") : null}
        onClick={() => void action.run()}
      >
        {action.busy ? t("report.generating") : t("report.generate")}
      </BusyButton>
      {!action.result && <IgnoredSettings settings={ignored} />}
      {optionsError && <ErrorBar error={optionsError} onDismiss={() => setOptionsError(null)} />}
      {action.result && (
        <ReportOutcome
          result={action.result}
          check={check}
          onSelect={(cell) => void select.run(cell)}
        />
      )}
      {action.error && <ErrorBar error={action.error} onDismiss={action.dismissError} />}
      {select.error && <ErrorBar error={select.error} onDismiss={select.dismissError} />}
      <SnapshotPanel service={service} check={check} />
      <NextYearPanel service={service} check={check} onNewPlan={onNewPlan} />
    </section>
  );
}
