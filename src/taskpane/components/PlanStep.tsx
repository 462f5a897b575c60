import { MessageBarBody } from "@fluentui/react-components";
import type { WorkbookService } from "../../services/workbook-service";
import type { PlanCheckState } from "../hooks/usePlanCheck";
import { useTranslator } from "../i18n-context";
import { PlanPanel } from "./PlanPanel";
import { TemplatePanel } from "./TemplatePanel";
import { NoticeBar } from "./NoticeBar";

/** The first step: which plan is in use (or that none was found), checking and tidying it, and
 * a new plan from the template. */
export function PlanStep(props: { service: WorkbookService; today: Date; plan: PlanCheckState }) {
  const { t } = useTranslator();
  const { plan } = props;
  return (
    <>
      {plan.searched && (
        <NoticeBar intent={plan.check ? "info" : "warning"} layout="multiline">
          <MessageBarBody data-testid="plan-known">
            {plan.check ? t("plan.current", { sheet: plan.check.sheet }) : t("plan.ask")}
          </MessageBarBody>
        </NoticeBar>
      )}
      <PlanPanel service={props.service} plan={plan} />
      <TemplatePanel service={props.service} today={props.today} onInserted={() => plan.run()} />
    </>
  );
}
