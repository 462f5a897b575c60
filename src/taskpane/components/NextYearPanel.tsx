import { Subtitle2, Text } from "@fluentui/react-components";
import { useCallback } from "react";
import type { PlanCheck, WorkbookService } from "../../services/workbook-service";
import { useAction } from "../hooks/useAction";
import { useTranslator } from "../i18n-context";
import { BusyButton } from "./BusyButton";
import { usePanelStyles } from "./panel-styles";
import { ErrorBar } from "./ErrorBar";
import { ResultBar } from "./ResultBar";

/** "สร้างแผนปีถัดไป" at the year's end: next year's plan on a new sheet, which the pane then
 * follows as the plan (the new sheet is the active one). */
export function NextYearPanel(props: {
  service: WorkbookService;
  check: PlanCheck;
  onNewPlan: (sheetId: string) => void;
}) {
  const { service, check, onNewPlan } = props;
  const { t } = useTranslator();
  const styles = usePanelStyles();
  const start = useAction(
    useCallback(async () => {
      const made = await service.startNextYear(check.sheetId);
      onNewPlan(made.sheetId);
      return made;
    }, [service, check, onNewPlan])
  );
  const made = start.result;
  const text = made
    ? [
        t("nextYear.done", { year: made.fiscalYear, count: made.measures, sheet: made.sheet }),
        // No sentence about none.
        made.recommendations > 0
          ? t("nextYear.recommendations", { count: made.recommendations })
          : "",
        made.settingsMoved ? t("nextYear.settingsMoved", { year: made.fiscalYear }) : "",
      ]
        .filter(Boolean)
        .join(" ")
    : "";
  return (
    <section className={styles.panel} aria-labelledby="next-year-heading">
      <Subtitle2 as="h2" id="next-year-heading">
        {t("nextYear.heading")}
      </Subtitle2>
      <Text as="p" className={styles.hint}>
        {t("nextYear.hint")}
      </Text>
      <BusyButton busy={start.busy} onClick={() => void start.run()}>
        {t("nextYear.start")}
      </BusyButton>
      {made && <ResultBar intent="success" text={text} />}
      {start.error && <ErrorBar error={start.error} onDismiss={start.dismissError} />}
    </section>
  );
}
