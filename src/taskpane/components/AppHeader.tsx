import { Button, Caption1, makeStyles, Title3, tokens } from "@fluentui/react-components";
import { useTranslator } from "../i18n-context";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: "flex", flexDirection: "column", minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", justifyContent: "flex-end" },
});

export function AppHeader(props: {
  onSwitchLanguage: () => void;
  introOpen: boolean;
  onToggleIntro: () => void;
}) {
  const { t } = useTranslator();
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <Title3 as="h1">{t("app.title")}</Title3>
        <Caption1>{t("app.subtitle")}</Caption1>
      </div>
      <div className={styles.actions}>
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={props.introOpen}
          aria-controls={props.introOpen ? "intro" : undefined}
          onClick={props.onToggleIntro}
        >
          {t("intro.open")}
        </Button>
        <Button
          size="small"
          appearance="subtle"
          onClick={props.onSwitchLanguage}
          title={t("language.label")}
        >
          {t("language.switch")}
        </Button>
      </div>
    </header>
  );
}
