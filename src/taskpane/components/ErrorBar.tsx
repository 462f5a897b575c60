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
import { AdminDetails } from "./AdminDetails";
import { Revealed } from "./Revealed";

/** A failure in words for staff: what happened and what to do. Excel's error code (for whoever
 * supports them) is in a collapsed "details for the administrator". */
export function ErrorBar({ error, onDismiss }: { error: WorkbookError; onDismiss: () => void }) {
  const { t } = useTranslator();
  const message = t(messageKeyOr(`error.${error.code}`, "error.unknown"));
  // The add-in's own refusals say what to do; Excel's failures left the workbook as it was
  // (every writing action puts it back), unless putting it back failed too.
  const what = error.rollbackFailure
    ? `${message} ${t("error.rollbackFailed", {
        code: error.rollbackFailure.code,
        sheets: error.rollbackFailure.sheets.map((sheet) => `"${sheet}"`).join(", "),
      })}`
    : message;
  const advice = error.fromAddin || error.rollbackFailure ? null : t("error.workbookKept");
  const text = advice ? `${what}. ${advice}` : what;
  return (
    <Revealed announce={text}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("error.title")}</MessageBarTitle>
          {what}
          {advice && <div>{advice}</div>}
          {!error.fromAddin && (
            <AdminDetails>
              {t("error.withCode", { message: error.message, code: error.code })}
            </AdminDetails>
          )}
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={onDismiss}>
            {t("error.dismiss")}
          </Button>
        </MessageBarActions>
      </MessageBar>
    </Revealed>
  );
}
