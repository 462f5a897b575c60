import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import type { HostStatus } from "../../services/workbook-service";
import { useTranslator } from "../i18n-context";
import { AdminDetails } from "./AdminDetails";

type NoticeStatus = Exclude<HostStatus, { kind: "ready" }>;

/** Why the add-in cannot work here, and what to do about it, in words for staff; the API
 * versions and the library's address in the administrator's details. */
export function HostNotice({ status }: { status: NoticeStatus }) {
  const { t } = useTranslator();
  const [title, body, advice, details] =
    status.kind === "offline"
      ? [t("host.offline.title"), t("host.offline.body"), null, t("host.offline.details")]
      : status.kind === "outside"
        ? [t("host.outside.title"), t("host.outside.body"), t("host.outside.sideload"), null]
        : [
            t("host.tooOld.title"),
            t("host.tooOld.body"),
            t("host.tooOld.fallback"),
            t("host.tooOld.details", { required: status.required, found: status.found }),
          ];
  return (
    <>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {body}
          {details && <AdminDetails>{details}</AdminDetails>}
        </MessageBarBody>
      </MessageBar>
      {advice && <Text as="p">{advice}</Text>}
    </>
  );
}
