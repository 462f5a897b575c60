// The pane as the steps a clerk recognises: แผน → ติดตาม → คะแนน → รายงาน → ส่งออก, as tabs
// (StepTabs). Only the plan step's code is in the pane's first JavaScript; the others are webpack
// chunks loaded when first opened (React.lazy), and stay mounted afterwards so a half-filled
// form or a result survives moving between steps.
import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { lazy, ReactNode, Suspense, useCallback, useState } from "react";
import type { ExcelCapabilities } from "../../domain/excel-capabilities";
import type { WorkbookService } from "../../services/workbook-service";
import { usePlanCheck } from "../hooks/usePlanCheck";
import { useTranslator } from "../i18n-context";
import { NeedsPlan, NextStep } from "./NextStep";
import { PlanStep } from "./PlanStep";
import { SettingsFooter } from "./SettingsFooter";
import { StepTabs } from "./StepTabs";
import { Step, STEPS } from "./steps";

const TrackStep = lazy(() =>
  import(/* webpackChunkName: "step-track" */ "./TrackStep").then((m) => ({
    default: m.TrackStep,
  }))
);
const ScoresStep = lazy(() =>
  import(/* webpackChunkName: "step-scores" */ "./ScoresPanel").then((m) => ({
    default: m.ScoresPanel,
  }))
);
const ReportStep = lazy(() =>
  import(/* webpackChunkName: "step-report" */ "./ReportPanel").then((m) => ({
    default: m.ReportPanel,
  }))
);
const ExportStep = lazy(() =>
  import(/* webpackChunkName: "step-export" */ "./ExportPanel").then((m) => ({
    default: m.ExportPanel,
  }))
);

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    // The class's display would otherwise override the hidden attribute's.
    "&[hidden]": { display: "none" },
  },
});

export function Workflow(props: {
  service: WorkbookService;
  capabilities: ExcelCapabilities;
  today: Date;
  thaiDigits: boolean;
  onThaiDigits: (value: boolean) => void;
}) {
  const { service, today } = props;
  const { t } = useTranslator();
  const styles = useStyles();
  const plan = usePlanCheck(service);
  const [step, setStep] = useState<Step>("plan");
  const [opened, setOpened] = useState<ReadonlySet<Step>>(new Set<Step>(["plan"]));
  const [finished, setFinished] = useState<ReadonlySet<Step>>(new Set<Step>());
  const go = useCallback((next: Step) => {
    setStep(next);
    setOpened((previous) => new Set(previous).add(next));
  }, []);
  const finish = useCallback(
    (done: Step) => setFinished((previous) => new Set(previous).add(done)),
    []
  );
  const check = plan.check;
  const planReady = check !== null && !check.findings.some((f) => f.severity === "error");
  const isDone = (candidate: Step) =>
    candidate === "plan" || candidate === "track" ? planReady : finished.has(candidate);

  const content = (shown: Step): ReactNode => {
    if (shown === "plan") return <PlanStep service={service} today={today} plan={plan} />;
    if (shown === "scores")
      return (
        <ScoresStep
          service={service}
          today={today}
          planSheetId={check?.sheetId}
          onDone={() => finish("scores")}
        />
      );
    if (!check) return <NeedsPlan onGo={() => go("plan")} />;
    if (shown === "track")
      return (
        <TrackStep
          service={service}
          check={check}
          today={today}
          onMerged={() => void plan.run(check.sheetId)}
        />
      );
    if (shown === "report")
      return (
        <ReportStep
          service={service}
          check={check}
          onDone={() => finish("report")}
          onNewPlan={(sheetId) => void plan.follow(sheetId)}
        />
      );
    return <ExportStep service={service} check={check} pdfExport={props.capabilities.pdfExport} />;
  };

  return (
    <>
      <StepTabs selected={step} onSelect={go} />
      {STEPS.filter((candidate) => opened.has(candidate)).map((candidate) => {
        const next = STEPS[STEPS.indexOf(candidate) + 1];
        return (
          <div
            key={candidate}
            id={`panel-${candidate}`}
            role="tabpanel"
            aria-labelledby={`tab-${candidate}`}
            hidden={candidate !== step}
            className={styles.panel}
          >
            <Suspense fallback={<Spinner size="small" label={t("step.loading")} />}>
              {content(candidate)}
            </Suspense>
            {next && isDone(candidate) && <NextStep step={next} onGo={() => go(next)} />}
          </div>
        );
      })}
      <SettingsFooter
        capabilities={props.capabilities}
        thaiDigits={props.thaiDigits}
        onThaiDigits={props.onThaiDigits}
      />
    </>
  );
}
