import {
  AriaLiveAnnouncer,
  FluentProvider,
  makeStyles,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import type { ExcelCapabilities } from "../domain/excel-capabilities";
import type { Language } from "../i18n/catalogue";
import { languageFromLocale, translate } from "../i18n/translate";
import type { HostStatus, WorkbookService } from "../services/workbook-service";
import { AppHeader } from "./components/AppHeader";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { HostNotice } from "./components/HostNotice";
import { Intro } from "./components/Intro";
import { Workflow } from "./components/Workflow";
import { useHostStatus } from "./hooks/useHostStatus";
import { TranslatorProvider } from "./i18n-context";
import { loadPreferences, Preferences, savePreference } from "./preferences";
import { useFluentTheme } from "./theme";

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    // Long Thai words and sheet names wrap, and fields shrink below Fluent's 250 px minimum:
    // nothing scrolls sideways, even at 200 % zoom (a 175 px wide pane).
    overflowWrap: "anywhere",
    "& .fui-Input, & .fui-Textarea, & .fui-Select": { minWidth: 0, maxWidth: "100%" },
  },
});

export interface AppProps {
  connect: () => Promise<HostStatus>;
  createService: (capabilities: ExcelCapabilities) => WorkbookService;
  today?: Date;
}

export function App({ connect, createService, today = new Date() }: AppProps) {
  const status = useHostStatus(connect);
  const [preferences, setPreferences] = useState<Preferences>(loadPreferences);
  const choose = useCallback(
    <Key extends keyof Preferences>(key: Key, value: NonNullable<Preferences[Key]>) => {
      savePreference(key, value);
      setPreferences((previous) => ({ ...previous, [key]: value }));
    },
    []
  );
  const [introOpen, setIntroOpen] = useState(!preferences.introSeen);
  const language: Language =
    preferences.language ??
    languageFromLocale(status?.kind === "ready" ? status.displayLanguage : undefined);
  const styles = useStyles();
  const service = useMemo(
    () => (status?.kind === "ready" ? createService(status.capabilities) : null),
    [status, createService]
  );
  const theme = useFluentTheme(status?.kind === "ready" ? status.theme : "light");
  const closeIntro = useCallback(() => {
    setIntroOpen(false);
    choose("introSeen", true);
  }, [choose]);

  return (
    <FluentProvider
      theme={theme}
      lang={language === "th" ? "th-TH" : "en-US"}
      className={styles.provider}
    >
      <TranslatorProvider language={language} thaiDigits={preferences.thaiDigits}>
        <AriaLiveAnnouncer>
          <AppHeader
            onSwitchLanguage={() => choose("language", language === "th" ? "en" : "th")}
            introOpen={introOpen}
            onToggleIntro={() => (introOpen ? closeIntro() : setIntroOpen(true))}
          />
          <main className={styles.main}>
            <ErrorBoundary fallback={<p role="alert">{translate(language, "error.unknown")}</p>}>
              {/* What stops the pane comes first, above the intro a first run shows. */}
              {status !== null && status.kind !== "ready" && <HostNotice status={status} />}
              {introOpen && <Intro onClose={closeIntro} />}
              {status === null && (
                <Spinner size="small" label={translate(language, "app.loading")} />
              )}
              {status?.kind === "ready" && service && (
                <Workflow
                  service={service}
                  capabilities={status.capabilities}
                  today={today}
                  thaiDigits={preferences.thaiDigits}
                  onThaiDigits={(value) => choose("thaiDigits", value)}
                />
              )}
            </ErrorBoundary>
          </main>
        </AriaLiveAnnouncer>
      </TranslatorProvider>
    </FluentProvider>
  );
}
