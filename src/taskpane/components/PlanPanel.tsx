import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { MappingOverrides } from "../../domain/plan-layout";
import type { WorkbookError, WorkbookService } from "../../services/workbook-service";
import { asWorkbookError, useAction } from "../hooks/useAction";
import type { PlanCheckState } from "../hooks/usePlanCheck";
import { useTranslator } from "../i18n-context";
import { ErrorBar } from "./ErrorBar";
import { FindingList } from "./FindingList";
import { IgnoredSettings } from "./IgnoredSettings";
import { MappingEditor } from "./MappingEditor";
import { ProgressView } from "./ProgressView";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function PlanPanel({ service, plan }: { service: WorkbookService; plan: PlanCheckState }) {
  const { t } = useTranslator();
  const styles = useStyles();
  const [mappingOpen, setMappingOpen] = useState(false);
  // Selecting a finding's cell and saving a mapping are actions too: their failures are shown.
  const [actionError, setActionError] = useState<WorkbookError | null>(null);
  const shown = useCallback((caught: unknown) => setActionError(asWorkbookError(caught)), []);
  const tidyAndCheck = useCallback(async () => {
    const result = await service.tidyPlan();
    await plan.run();
    return result;
  }, [service, plan]);
  const tidy = useAction(tidyAndCheck);
  const select = useCallback(
    (cell: string) => {
      setActionError(null);
      if (plan.check) service.selectCell(plan.check.sheetId, cell).catch(shown);
    },
    [service, plan.check, shown]
  );
  const saveMapping = useCallback(
    async (overrides: MappingOverrides) => {
      if (!plan.check) return;
      await service.saveMapping(plan.check.sheetId, overrides);
      setMappingOpen(false);
      await plan.run(plan.check.sheetId);
    },
    [service, plan]
  );
  const check = plan.check;
  const errors = check?.findings.filter((finding) => finding.severity === "error").length ?? 0;

  return (
    <section className={styles.panel} aria-labelledby="plan-heading">
      <Subtitle2 as="h2" id="plan-heading">
        {t("plan.heading")}
      </Subtitle2>
      <Text size={200}>{t("plan.hint")}</Text>
      <Button disabled={plan.busy} onClick={() => void plan.run()}>
        {plan.busy ? t("plan.checking") : t("plan.check")}
      </Button>
      <Button disabled={tidy.busy} onClick={tidy.run}>
        {tidy.busy ? t("plan.tidying") : t("plan.tidy")}
      </Button>
      {tidy.result && (
        <MessageBar intent="success">
          <MessageBarBody>
            {t("plan.tidied", {
              sheet: tidy.result.sheet,
              measures: tidy.result.measures,
              headers: tidy.result.headerRowsDropped,
              joined: tidy.result.rowsJoined,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {tidy.error && <ErrorBar error={tidy.error} onDismiss={tidy.dismissError} />}
      {plan.error && <ErrorBar error={plan.error} onDismiss={plan.dismissError} />}
      {actionError && <ErrorBar error={actionError} onDismiss={() => setActionError(null)} />}
      {check && (
        <div role="status" data-testid="plan-result">
          <MessageBar intent={errors > 0 ? "warning" : "success"}>
            <MessageBarBody>
              {check.headerRow === null
                ? t("plan.noHeader", { sheet: check.sheet })
                : t("plan.checked", {
                    sheet: check.sheet,
                    row: check.headerRow,
                    errors,
                    warnings: check.findings.length - errors,
                  })}
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
      {check && <IgnoredSettings settings={check.ignoredSettings} />}
      {check && check.findings.length > 0 && (
        <FindingList findings={check.findings} onSelect={select} />
      )}
      {check && check.headerRow !== null && (
        <>
          <Button appearance="subtle" onClick={() => setMappingOpen(!mappingOpen)}>
            {mappingOpen ? t("mapping.hide") : t("mapping.show")}
          </Button>
          {mappingOpen && (
            <MappingEditor check={check} onSave={(o) => saveMapping(o).catch(shown)} />
          )}
          <ProgressView progress={check.progress} />
        </>
      )}
    </section>
  );
}
