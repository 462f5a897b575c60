import {
  Body1,
  Button,
  makeStyles,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { scoreAnalysisSentences } from "../../i18n/score-messages";
import type { WeakPointsView, WorkbookService } from "../../services/workbook-service";
import { asWorkbookError, useAction } from "../hooks/useAction";
import { useTranslator } from "../i18n-context";
import { ErrorBar } from "./ErrorBar";
import type { WorkbookError } from "../../services/workbook-service";
import { indicatorName } from "../../domain/scores/score-analysis";
import { INDICATORS } from "../../domain/scores";
import { NoticeBar } from "./NoticeBar";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  indicator: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  measure: { overflowWrap: "anywhere" },
});

/** Last year's weak indicators and the plan's measures for each: a proposed link is confirmed
 * into the plan by the user's click, a gap gets a new row to type a measure in. */
export function WeakPointsPanel(props: { service: WorkbookService; planSheetId?: string }) {
  const { service, planSheetId } = props;
  const { t, digits, language } = useTranslator();
  const styles = useStyles();
  // Wrapped: a null view (no scores for last year) is an answer, not "not asked yet".
  const analyse = useAction(
    useCallback(
      async () => ({ view: await service.weakPoints(planSheetId) }),
      [service, planSheetId]
    )
  );
  // What the last click on a measure or a gap did, shown under the list.
  const [done, setDone] = useState<string | null>(null);
  const [failed, setFailed] = useState<WorkbookError | null>(null);
  // One write at a time: a second click while the first is in Excel would write twice.
  const [acting, setActing] = useState(false);
  // Gaps answered with a new row, by indicator: the gap stays until the user types the measure,
  // and a second click would add a second empty row.
  const [rowsAdded, setRowsAdded] = useState<Record<number, string>>({});

  const act = async (action: () => Promise<string>) => {
    setFailed(null);
    setDone(null);
    setActing(true);
    try {
      setDone(await action());
      await analyse.run();
    } catch (caught) {
      setFailed(asWorkbookError(caught));
    } finally {
      setActing(false);
    }
  };
  const confirm = (view: WeakPointsView, row: number, number: number) =>
    act(async () => {
      await service.confirmIndicator(view.sheetId, row, number);
      return t("weak.confirmed", { number });
    });
  const add = (view: WeakPointsView, number: number) =>
    act(async () => {
      const { address } = await service.addMeasureFor(view.sheetId, number);
      setRowsAdded((added) => ({ ...added, [number]: address }));
      return t("weak.added", { address });
    });

  const view = analyse.result?.view ?? null;
  return (
    <section className={styles.panel} aria-labelledby="weak-heading">
      <Subtitle2 as="h3" id="weak-heading">
        {t("weak.heading")}
      </Subtitle2>
      <Button disabled={analyse.busy} onClick={() => void analyse.run()}>
        {t("weak.show")}
      </Button>
      {analyse.result && !view && (
        <NoticeBar intent="info">
          <MessageBarBody>{t("weak.none", { count: INDICATORS.length })}</MessageBarBody>
        </NoticeBar>
      )}
      {view && (
        <>
          <Body1>{digits(scoreAnalysisSentences(language, view.analysis).join(" "))}</Body1>
          {view.indicatorColumn === null &&
            view.indicators.some((weak) => weak.measures.some((m) => m.source === "proposed")) && (
              <NoticeBar intent="info" layout="multiline">
                <MessageBarBody>{t("weak.noColumn")}</MessageBarBody>
              </NoticeBar>
            )}
          {view.indicators.map((weak) => (
            <div key={weak.number} className={styles.indicator}>
              <Body1>
                <strong>
                  {t("weak.indicator", {
                    number: weak.number,
                    name: indicatorName(weak.number),
                    score: digits(weak.score.toFixed(2)),
                  })}
                </strong>
              </Body1>
              {weak.measures.length === 0 ? (
                <>
                  <Body1>{t("weak.gap")}</Body1>
                  {rowsAdded[weak.number] ? (
                    <Body1>{t("weak.rowWaiting", { address: rowsAdded[weak.number] })}</Body1>
                  ) : (
                    <Button
                      size="small"
                      appearance="secondary"
                      disabled={acting}
                      onClick={() => void add(view, weak.number)}
                    >
                      {t("weak.add", { number: weak.number })}
                    </Button>
                  )}
                </>
              ) : (
                <ul className={styles.list}>
                  {weak.measures.map((measure) => (
                    <li key={measure.row} className={styles.measure}>
                      {measure.measure} ({t(`weak.state.${measure.state}`)})
                      {measure.source === "proposed" && (
                        <>
                          {" "}
                          <em>{t("weak.proposed")}</em>
                          {view.indicatorColumn !== null && (
                            <Button
                              size="small"
                              appearance="subtle"
                              disabled={acting}
                              onClick={() => void confirm(view, measure.row, weak.number)}
                            >
                              {t("weak.confirm", { number: weak.number })}
                            </Button>
                          )}
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </>
      )}
      {done && (
        <NoticeBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </NoticeBar>
      )}
      {failed && <ErrorBar error={failed} onDismiss={() => setFailed(null)} />}
      {analyse.error && <ErrorBar error={analyse.error} onDismiss={analyse.dismissError} />}
    </section>
  );
}
