import {
  FluentProvider,
  makeStyles,
  Spinner,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { ExcelCapabilities } from "../domain/excel-capabilities";
import type { Language } from "../i18n/catalogue";
import { languageFromLocale, translate } from "../i18n/translate";
import type { HostStatus, WorkbookService } from "../services/workbook-service";
import { AppHeader } from "./components/AppHeader";
import { CapabilityList } from "./components/CapabilityList";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { HostNotice } from "./components/HostNotice";
import { ExportPanel } from "./components/ExportPanel";
import { PlanPanel } from "./components/PlanPanel";
import { ReportPanel } from "./components/ReportPanel";
import { ScoresPanel } from "./components/ScoresPanel";
import { TemplatePanel } from "./components/TemplatePanel";
import { usePlanCheck } from "./hooks/usePlanCheck";
import { useHostStatus } from "./hooks/useHostStatus";
import { TranslatorProvider } from "./i18n-context";

const useStyles = makeStyles({
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
  },
});

function ReadyPane(props: {
  service: WorkbookService;
  capabilities: ExcelCapabilities;
  today: Date;
}) {
  const plan = usePlanCheck(props.service);
  return (
    <>
      <TemplatePanel service={props.service} today={props.today} onInserted={() => plan.run()} />
      <PlanPanel service={props.service} plan={plan} />
      <ScoresPanel service={props.service} today={props.today} />
      <ReportPanel service={props.service} check={plan.check} />
      {plan.check && plan.check.headerRow !== null && (
        <ExportPanel
          service={props.service}
          check={plan.check}
          pdfExport={props.capabilities.pdfExport}
        />
      )}
      <CapabilityList capabilities={props.capabilities} />
    </>
  );
}

export interface AppProps {
  connect: () => Promise<HostStatus>;
  createService: (capabilities: ExcelCapabilities) => WorkbookService;
  today?: Date;
}

export function App({ connect, createService, today = new Date() }: AppProps) {
  const status = useHostStatus(connect);
  const [chosenLanguage, setChosenLanguage] = useState<Language | null>(null);
  const language =
    chosenLanguage ??
    languageFromLocale(status?.kind === "ready" ? status.displayLanguage : undefined);
  const styles = useStyles();
  const service = useMemo(
    () => (status?.kind === "ready" ? createService(status.capabilities) : null),
    [status, createService]
  );

  return (
    <FluentProvider theme={webLightTheme} lang={language === "th" ? "th-TH" : "en-US"}>
      <TranslatorProvider language={language}>
        <AppHeader onSwitchLanguage={() => setChosenLanguage(language === "th" ? "en" : "th")} />
        <main className={styles.main}>
          <ErrorBoundary fallback={<p role="alert">{translate(language, "error.unknown")}</p>}>
            {status === null && <Spinner size="small" label={translate(language, "app.loading")} />}
            {status !== null && status.kind !== "ready" && <HostNotice status={status} />}
            {status?.kind === "ready" && service && (
              <ReadyPane service={service} capabilities={status.capabilities} today={today} />
            )}
          </ErrorBoundary>
        </main>
      </TranslatorProvider>
    </FluentProvider>
  );
}
