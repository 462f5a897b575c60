import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import type { HostStatus } from "../../services/workbook-service";
import { useTranslator } from "../i18n-context";

type NoticeStatus = Exclude<HostStatus, { kind: "ready" }>;

/** Why the add-in cannot work here, and what to do about it. */
export function HostNotice({ status }: { status: NoticeStatus }) {
  const { t } = useTranslator();
  const [title, body, advice] =
    status.kind === "offline"
      ? [t("host.offline.title"), t("host.offline.body"), null]
      : status.kind === "outside"
        ? [t("host.outside.title"), t("host.outside.body"), t("host.outside.sideload")]
        : [
            t("host.tooOld.title"),
            t("host.tooOld.body", { required: status.required, found: status.found }),
            t("host.tooOld.fallback"),
          ];
  return (
    <>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {body}
        </MessageBarBody>
      </MessageBar>
      {advice && <Text as="p">{advice}</Text>}
    </>
  );
}
