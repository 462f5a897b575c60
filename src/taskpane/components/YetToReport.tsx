import { Subtitle2 } from "@fluentui/react-components";
import { Progress, unitsYetToReport } from "../../domain/progress";
import { useTranslator } from "../i18n-context";

/** Which units still have measures without a report for the round: in a shared workbook the
 * divisions fill the same plan, and the coordinator sees who has yet to report. At round 12,
 * with round 6 kept, a result left as round 6's on a measure not done is no report. */
export function YetToReport({ progress }: { progress: Progress }) {
  const { t } = useTranslator();
  const units = unitsYetToReport(progress);
  const round = progress.reportRound;
  if (progress.byOwner.every((unit) => unit.owner === "-")) return null;
  if (units.length === 0) {
    return <p>{round ? t("progress.allReportedRound", { round }) : t("progress.allReported")}</p>;
  }
  return (
    <>
      <Subtitle2 as="h4">
        {round ? t("progress.yetToReportRound", { round }) : t("progress.yetToReport")}
      </Subtitle2>
      {round && <p>{t("progress.yetToReportRoundNote", { since: 6 })}</p>}
      <ul data-testid="yet-to-report">
        {units.map(({ owner, missing }) => (
          <li key={owner}>
            {round
              ? t("progress.yetToReportRoundItem", { owner, count: missing, round })
              : t("progress.yetToReportItem", { owner, count: missing })}
          </li>
        ))}
      </ul>
    </>
  );
}
