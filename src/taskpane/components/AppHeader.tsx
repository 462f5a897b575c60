import { Button, Caption1, makeStyles, Title3, tokens } from "@fluentui/react-components";
import { useTranslator } from "../i18n-context";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: "flex", flexDirection: "column" },
});

export function AppHeader({ onSwitchLanguage }: { onSwitchLanguage: () => void }) {
  const { t } = useTranslator();
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <Title3 as="h1">{t("app.title")}</Title3>
        <Caption1>{t("app.subtitle")}</Caption1>
      </div>
      <Button
        size="small"
        appearance="subtle"
        onClick={onSwitchLanguage}
        title={t("language.label")}
      >
        {t("language.switch")}
      </Button>
    </header>
  );
}
