import { Button, makeStyles, Spinner, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useState } from "react";
import type { MappingOverrides } from "../../domain/plan-layout";
import type { PlanCheck, WorkbookService } from "../../services/workbook-service";
import { useAction } from "../hooks/useAction";
import { isPlan, PlanCheckState } from "../hooks/usePlanCheck";
import { useTranslator } from "../i18n-context";
import { BusyButton } from "./BusyButton";
import { ErrorBar } from "./ErrorBar";
import { FindingList } from "./FindingList";
import { IgnoredSettings } from "./IgnoredSettings";
import { ResultBar } from "./ResultBar";

// Opened by few, and only after a check: loaded when first opened.
const MappingEditor = lazy(() =>
  import(/* webpackChunkName: "mapping-editor" */ "./MappingEditor").then((m) => ({
    default: m.MappingEditor,
  }))
);

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** What checking a sheet found, in a sentence: the plan's errors and warnings, no header, or
 * the add-in's own report or scores sheet (with the plan kept). */
function checkedText(
  t: ReturnType<typeof useTranslator>["t"],
  check: PlanCheck,
  plan: PlanCheck | null
) {
  const kept = plan && !isPlan(check) ? ` ${t("plan.keptPlan", { sheet: plan.sheet })}` : "";
  if (check.ownSheet) return t(`plan.ownSheet.${check.ownSheet}`, { sheet: check.sheet }) + kept;
  if (check.headerRow === null) return t("plan.noHeader", { sheet: check.sheet }) + kept;
  const errors = check.findings.filter((finding) => finding.severity === "error").length;
  return t("plan.checked", {
    sheet: check.sheet,
    row: check.headerRow,
    errors,
    warnings: check.findings.length - errors,
  });
}

export function PlanPanel({ service, plan }: { service: WorkbookService; plan: PlanCheckState }) {
  const { t } = useTranslator();
  const styles = useStyles();
  const [mappingOpen, setMappingOpen] = useState(false);
  const tidyAndCheck = useCallback(async () => {
    const result = await service.tidyPlan();
    await plan.run();
    return result;
  }, [service, plan]);
  const tidy = useAction(tidyAndCheck);
  const check = plan.check;
  const select = useAction(
    useCallback(
      async (cell?: string) => {
        if (check && cell) await service.selectCell(check.sheetId, cell);
      },
      [service, check]
    )
  );
  const saveMapping = useAction(
    useCallback(
      async (overrides?: MappingOverrides) => {
        if (!check || !overrides) return false;
        await service.saveMapping(check.sheetId, overrides);
        await plan.run(check.sheetId);
        return true;
      },
      [service, plan, check]
    )
  );
  const shown = plan.other ?? check;

  return (
    <section className={styles.panel} aria-labelledby="plan-heading">
      <Subtitle2 as="h2" id="plan-heading">
        {t("plan.heading")}
      </Subtitle2>
      <Text size={200}>{t("plan.hint")}</Text>
      <BusyButton busy={plan.busy} onClick={() => void plan.run()}>
        {plan.busy ? t("plan.checking") : t("plan.check")}
      </BusyButton>
      {plan.error && <ErrorBar error={plan.error} onDismiss={plan.dismissError} />}
      {shown && (
        <ResultBar
          testId="plan-result"
          intent={
            !isPlan(shown) || shown.findings.some((f) => f.severity === "error")
              ? "warning"
              : "success"
          }
          text={checkedText(t, shown, check)}
        />
      )}
      {shown && <IgnoredSettings settings={shown.ignoredSettings} />}
      {shown && shown === check && check.findings.length > 0 && (
        <FindingList findings={check.findings} onSelect={(cell) => void select.run(cell)} />
      )}
      {select.error && <ErrorBar error={select.error} onDismiss={select.dismissError} />}
      {check && (
        <>
          <Button
            appearance="subtle"
            aria-expanded={mappingOpen}
            aria-controls={mappingOpen ? "mapping-editor" : undefined}
            onClick={() => setMappingOpen(!mappingOpen)}
          >
            {mappingOpen ? t("mapping.hide") : t("mapping.show")}
          </Button>
          {mappingOpen && (
            <Suspense fallback={<Spinner size="tiny" />}>
              <MappingEditor
                id="mapping-editor"
                check={check}
                busy={saveMapping.busy}
                onSave={(overrides) => void saveMapping.run(overrides)}
              />
            </Suspense>
          )}
          {saveMapping.result && <ResultBar intent="success" text={t("mapping.saved")} />}
          {saveMapping.error && (
            <ErrorBar error={saveMapping.error} onDismiss={saveMapping.dismissError} />
          )}
        </>
      )}
      <BusyButton busy={tidy.busy} onClick={() => void tidy.run()}>
        {tidy.busy ? t("plan.tidying") : t("plan.tidy")}
      </BusyButton>
      {tidy.result && (
        <ResultBar
          intent="success"
          text={t("plan.tidied", {
            sheet: tidy.result.sheet,
            measures: tidy.result.measures,
            headers: tidy.result.headerRowsDropped,
            joined: tidy.result.rowsJoined,
          })}
        />
      )}
      {tidy.error && <ErrorBar error={tidy.error} onDismiss={tidy.dismissError} />}
    </section>
  );
}
