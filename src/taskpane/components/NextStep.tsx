import { Button, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useTranslator } from "../i18n-context";
import type { Step } from "./steps";
import { NoticeBar } from "./NoticeBar";

/** Suggests the next step once the current one is done. */
export function NextStep({ step, onGo }: { step: Step; onGo: () => void }) {
  const { t } = useTranslator();
  const name = t(`step.${step}`);
  return (
    <NoticeBar intent="success" layout="multiline">
      <MessageBarBody>{t("step.next", { step: name })}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" onClick={onGo}>
          {t("step.go", { step: name })}
        </Button>
      </MessageBarActions>
    </NoticeBar>
  );
}

/** A step that needs the plan, opened before the plan is known: leads back to the plan step. */
export function NeedsPlan({ onGo }: { onGo: () => void }) {
  const { t } = useTranslator();
  return (
    <NoticeBar intent="info" layout="multiline">
      <MessageBarBody>{t("step.needsPlan")}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onGo}>
          {t("step.go", { step: t("step.plan") })}
        </Button>
      </MessageBarActions>
    </NoticeBar>
  );
}
