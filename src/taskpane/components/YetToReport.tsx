import { Subtitle2 } from "@fluentui/react-components";
import { Progress, unitsYetToReport } from "../../domain/progress";
import { useTranslator } from "../i18n-context";

/** Which units still have measures without a result: in a shared workbook the divisions fill
 * the same plan, and the coordinator sees who has yet to report. */
export function YetToReport({ progress }: { progress: Progress }) {
  const { t } = useTranslator();
  const units = unitsYetToReport(progress);
  if (progress.byOwner.every((unit) => unit.owner === "-")) return null;
  if (units.length === 0) return <p>{t("progress.allReported")}</p>;
  return (
    <>
      <Subtitle2 as="h4">{t("progress.yetToReport")}</Subtitle2>
      <ul data-testid="yet-to-report">
        {units.map(({ owner, missing }) => (
          <li key={owner}>{t("progress.yetToReportItem", { owner, count: missing })}</li>
        ))}
      </ul>
    </>
  );
}
