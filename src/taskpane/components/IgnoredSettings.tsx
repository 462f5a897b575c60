import { MessageBarBody } from "@fluentui/react-components";
import type { StoredSetting } from "../../domain/stored-settings";
import { useTranslator } from "../i18n-context";
import { NoticeBar } from "./NoticeBar";

/** Says which settings kept in the workbook were malformed and ignored; nothing when none were. */
export function IgnoredSettings({ settings }: { settings: readonly StoredSetting[] }) {
  const { t } = useTranslator();
  if (settings.length === 0) return null;
  const names = [...new Set(settings)].map((setting) => t(`settings.${setting}`));
  return (
    <NoticeBar intent="warning" layout="multiline" data-testid="ignored-settings">
      <MessageBarBody>{t("settings.ignored", { settings: names.join(", ") })}</MessageBarBody>
    </NoticeBar>
  );
}
