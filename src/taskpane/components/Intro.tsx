import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { useTranslator } from "../i18n-context";

const useStyles = makeStyles({
  starts: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

/** The first-run intro: what the add-in does and the three ways to start. Shown once (the
 * preference remembers it was closed), and again from the header's button. */
export function Intro({ onClose }: { onClose: () => void }) {
  const { t } = useTranslator();
  const styles = useStyles();
  return (
    // The message bar is a group named by its title, through the id Fluent gives the title (an id
    // of ours on the title left the bar's aria-labelledby pointing at nothing).
    <section id="intro">
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("intro.title")}</MessageBarTitle>
          {t("intro.body")}
          <ol className={styles.starts}>
            <li>{t("intro.new")}</li>
            <li>{t("intro.existing")}</li>
            <li>{t("intro.pasted")}</li>
          </ol>
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={onClose}>
            {t("intro.close")}
          </Button>
        </MessageBarActions>
      </MessageBar>
    </section>
  );
}
