import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ExcelCapabilities } from "../../domain/excel-capabilities";
import type { MessageKey } from "../../i18n/catalogue";
import { useTranslator } from "../i18n-context";
import { APP_VERSION } from "../app-version";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground3,
  },
});

const FEATURES: { key: keyof ExcelCapabilities; label: MessageKey }[] = [
  { key: "checkboxes", label: "feature.checkboxes" },
  { key: "customProperties", label: "feature.customProperties" },
  { key: "triggerSource", label: "feature.triggerSource" },
];

/** What this Excel offers beyond the core, so users know why a fallback is used. */
export function CapabilityList({ capabilities }: { capabilities: ExcelCapabilities }) {
  const { t } = useTranslator();
  const styles = useStyles();
  return (
    <details>
      <summary>
        <Caption1>
          {t("host.ready")} · ExcelApi {capabilities.highestVersion} · {t("host.version")}{" "}
          {APP_VERSION}
        </Caption1>
      </summary>
      <ul className={styles.list} aria-label={t("host.features")}>
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
