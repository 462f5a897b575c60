import {
  makeStyles,
  ProgressBar,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { STATUSES } from "../../domain/plan-columns";
import type { Progress } from "../../domain/progress";
import { formatThaiDate } from "../../domain/thai-dates";
import { useTranslator } from "../i18n-context";
import { YetToReport } from "./YetToReport";

const useStyles = makeStyles({
  // The section's gap spaces its parts: the browser's margins on paragraphs and lists doubled it,
  // and the units' list (YetToReport) was indented deeper than the counts'.
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    "& p, & ul": { marginBlock: 0 },
    "& ul": { paddingLeft: tokens.spacingHorizontalL },
  },
});

export function ProgressView({ progress }: { progress: Progress }) {
  const { t, num, digits, language } = useTranslator();
  const styles = useStyles();
  const endText = (end: Date) =>
    digits(
      language === "th" ? formatThaiDate(end, { style: "short" }) : end.toISOString().slice(0, 10)
    );
  return (
    <section className={styles.section} aria-labelledby="progress-heading">
      <Subtitle2 as="h3" id="progress-heading">
        {t("progress.heading")}
      </Subtitle2>
      <p data-testid="progress-summary">
        {t("progress.total", { total: progress.total })} ·{" "}
        {progress.hasStatus
          ? t("progress.percentDone", { percent: progress.percentDone })
          : t("progress.withResult", {
              count: progress.withResult,
              percent: progress.percentWithResult,
            })}
      </p>
      <ProgressBar
        aria-label={t("progress.bar")}
        value={(progress.hasStatus ? progress.percentDone : progress.percentWithResult) / 100}
        thickness="large"
      />
      {!progress.hasStatus && <p>{t("progress.noStatus")}</p>}
      {/* Without status columns there are no status counts to show. */}
      {progress.hasStatus && (
        <ul data-testid="progress-counts">
          {[...STATUSES, "unknown" as const].map((status) =>
            status === "unknown" && progress.counts.unknown === 0 ? null : (
              <li key={status}>
                {t(`status.${status}`)}: {num(progress.counts[status])}
              </li>
            )
          )}
        </ul>
      )}
      {progress.byOwner.length > 0 && (
        <Table size="extra-small" aria-label={t("progress.byOwner")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("progress.owner")}</TableHeaderCell>
              <TableHeaderCell>{t("progress.count")}</TableHeaderCell>
              <TableHeaderCell>
                {progress.hasStatus ? t("status.done") : t("progress.reported")}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {progress.byOwner.map((unit) => (
              <TableRow key={unit.owner}>
                <TableCell>{unit.owner}</TableCell>
                <TableCell>{num(unit.total)}</TableCell>
                <TableCell>
                  {num(progress.hasStatus ? unit.counts.done : unit.withResult)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <YetToReport progress={progress} />
      {progress.overdue.length > 0 && (
        <>
          <Subtitle2 as="h4">{t("progress.overdue")}</Subtitle2>
          <ul>
            {progress.overdue.map((item) => (
              <li key={item.row}>
                {t("progress.overdueItem", {
                  row: item.row + 1,
                  measure: item.measure.split("\n")[0],
                  end: endText(item.end),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
