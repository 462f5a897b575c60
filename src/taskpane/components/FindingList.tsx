import { Badge, Link, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../domain/plan-validation";
import { findingMessage } from "../../i18n/finding-messages";
import { useTranslator } from "../i18n-context";

// A long list helps nobody: the first ones, and how many more.
const SHOWN = 100;

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyleType: "none" },
  item: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} 0`,
  },
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
});

export function FindingList({
  findings,
  onSelect,
}: {
  findings: Finding[];
  onSelect: (cell: string) => void;
}) {
  const { t, language } = useTranslator();
  const styles = useStyles();
  return (
    <>
      <ul className={styles.list} aria-label={t("plan.findings")}>
        {findings.slice(0, SHOWN).map((finding, index) => (
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
      </ul>
      {findings.length > SHOWN && <p>{t("plan.more", { count: findings.length - SHOWN })}</p>}
    </>
  );
}
