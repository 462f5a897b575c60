import { Caption1 } from "@fluentui/react-components";
import { useTranslator } from "../i18n-context";

/** Technical details (Excel's error code, an API version, a command) for whoever supports the
 * staff: collapsed under "details for the administrator", out of the message's main text. */
export function AdminDetails({ children }: { children: string }) {
  const { t } = useTranslator();
  return (
    <details>
      <summary>
        <Caption1>{t("error.adminDetails")}</Caption1>
      </summary>
      <Caption1>{children}</Caption1>
    </details>
  );
}
