import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { messageKeyOr } from "../../i18n/translate";
import type { WorkbookError } from "../../services/workbook-service";
import { useTranslator } from "../i18n-context";

/** A failure in the user's language, with Excel's own error code (when Excel failed) for support. */
export function ErrorBar({ error, onDismiss }: { error: WorkbookError; onDismiss: () => void }) {
  const { t } = useTranslator();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("error.title")}</MessageBarTitle>
        {error.fromAddin
          ? t(messageKeyOr(`error.${error.code}`, "error.unknown"))
          : t("error.withCode", {
              message: t(messageKeyOr(`error.${error.code}`, "error.unknown")),
              code: error.code,
            })}
        {error.rollbackFailure &&
          ` ${t("error.rollbackFailed", {
            code: error.rollbackFailure.code,
            sheets: error.rollbackFailure.sheets.map((sheet) => `"${sheet}"`).join(", "),
          })}`}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {t("error.dismiss")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
