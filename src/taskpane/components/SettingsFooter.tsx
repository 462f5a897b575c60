import { Caption1, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import type { ExcelCapabilities } from "../../domain/excel-capabilities";
import type { MessageKey } from "../../i18n/catalogue";
import { useTranslator } from "../i18n-context";
import { APP_VERSION } from "../app-version";

const useStyles = makeStyles({
  footer: { marginTop: tokens.spacingVerticalL, color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const FEATURES: { key: keyof ExcelCapabilities; label: MessageKey }[] = [
  { key: "checkboxes", label: "feature.checkboxes" },
  { key: "customProperties", label: "feature.customProperties" },
  { key: "triggerSource", label: "feature.triggerSource" },
];

/** The pane's settings (Thai digits) and, for whoever supports the users, what this Excel
 * offers beyond the core and the add-in's version: collapsed, below the steps. */
export function SettingsFooter(props: {
  capabilities: ExcelCapabilities;
  thaiDigits: boolean;
  onThaiDigits: (value: boolean) => void;
}) {
  const { capabilities } = props;
  const { t } = useTranslator();
  const styles = useStyles();
  return (
    <details className={styles.footer}>
      <summary>
        <Caption1>{t("settings.heading")}</Caption1>
      </summary>
      <Checkbox
        checked={props.thaiDigits}
        onChange={(_, data) => props.onThaiDigits(data.checked === true)}
        label={t("settings.thaiDigits")}
      />
      <ul className={styles.list} aria-label={t("host.features")}>
        <li>
          <Caption1>
            {t("host.ready")} · ExcelApi {capabilities.highestVersion} · {t("host.version")}{" "}
            {APP_VERSION}
          </Caption1>
        </li>
        {FEATURES.map(({ key, label }) => (
          <li key={key}>
            <Caption1>
              {t(label)}: {t(capabilities[key] ? "feature.available" : "feature.missing")}
            </Caption1>
          </li>
        ))}
        {!capabilities.checkboxes && (
          <li>
            <Caption1>{t("feature.checkboxesFallback")}</Caption1>
          </li>
        )}
      </ul>
    </details>
  );
}
