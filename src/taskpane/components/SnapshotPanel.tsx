import {
  Button,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import { useCallback } from "react";
import { uiDate } from "../../i18n/ui-date";
import type { PlanCheck, WorkbookService } from "../../services/workbook-service";
import { useAction } from "../hooks/useAction";
import { useTranslator } from "../i18n-context";
import { BusyButton } from "./BusyButton";
import { usePanelStyles } from "./panel-styles";
import { ErrorBar } from "./ErrorBar";
import { ResultBar } from "./ResultBar";
import { Revealed } from "./Revealed";
import { NoticeBar } from "./NoticeBar";

/** "บันทึกผลรอบนี้" under the report: the round's state kept in the history sheet; a second
 * snapshot of a round asks first, and the answer keeps both. */
export function SnapshotPanel({ service, check }: { service: WorkbookService; check: PlanCheck }) {
  const { t, language } = useTranslator();
  const styles = usePanelStyles();
  const take = useAction(
    useCallback(
      (again: boolean) => service.takeSnapshot({ planSheetId: check.sheetId, again }),
      [service, check]
    )
  );
  const result = take.result;
  const asked =
    result?.kind === "exists"
      ? t("snapshot.exists", {
          round: result.round,
          year: result.fiscalYear,
          date: uiDate(language, result.takenOn),
        })
      : "";
  return (
    <section className={styles.panel} aria-labelledby="snapshot-heading">
      <Subtitle2 as="h2" id="snapshot-heading">
        {t("snapshot.heading")}
      </Subtitle2>
      <Text as="p" className={styles.hint}>
        {t("snapshot.hint")}
      </Text>
      <BusyButton busy={take.busy} onClick={() => void take.run(false)}>
        {t("snapshot.take")}
      </BusyButton>
      {result?.kind === "taken" && (
        <ResultBar
          intent="success"
          text={t("snapshot.taken", {
            round: result.round,
            year: result.fiscalYear,
            count: result.measures,
            sheet: result.sheet,
          })}
        />
      )}
      {result?.kind === "exists" && (
        <Revealed announce={asked}>
          <NoticeBar intent="warning" layout="multiline">
            <MessageBarBody>{asked}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void take.run(true)}>{t("snapshot.again")}</Button>
            </MessageBarActions>
          </NoticeBar>
        </Revealed>
      )}
      {result?.kind === "noPlan" && (
        <ResultBar intent="error" text={t("snapshot.noPlan", { sheet: result.sheet })} />
      )}
      {take.error && <ErrorBar error={take.error} onDismiss={take.dismissError} />}
    </section>
  );
}
