import { Badge, Button, Link, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../domain/plan-validation";
import { findingMessage } from "../../i18n/finding-messages";
import { useTranslator } from "../i18n-context";
import { CappedList } from "./CappedList";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyleType: "none" },
  item: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} 0`,
  },
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
});

/** The plan's findings, each cell a link that selects it. */
export function FindingList({
  findings,
  onSelect,
}: {
  findings: Finding[];
  onSelect: (cell: string) => void;
}) {
  const { t, language } = useTranslator();
  const styles = useStyles();
  const firstCell = findings.find((finding) => finding.cell)?.cell;
  return (
    <CappedList
      className={styles.list}
      label={t("plan.findings")}
      actions={
        firstCell && (
          <Button size="small" onClick={() => onSelect(firstCell)}>
            {t("plan.goFirst")}
          </Button>
        )
      }
      items={findings.map((finding, index) => (
        <li key={index} className={styles.item} data-code={finding.code}>
          <Badge
            className={styles.badge}
            size="medium"
            appearance="tint"
            color={finding.severity === "error" ? "danger" : "warning"}
          >
            {t(finding.severity === "error" ? "plan.error" : "plan.warning")}
          </Badge>
          <span>
            {finding.cell && (
              <Link as="button" onClick={() => onSelect(finding.cell!)}>
                {finding.cell}
              </Link>
            )}{" "}
            {findingMessage(language, finding)}
          </span>
        </li>
      ))}
    />
  );
}
