// The pane rendered in jsdom around a stand-in WorkbookService: each test changes only the
// calls it is about.
import { act, render } from "@testing-library/react";
import { capabilitiesFrom } from "../../../src/domain/excel-capabilities";
import { summariseProgress } from "../../../src/domain/progress";
import type {
  HostStatus,
  PlanCheck,
  WorkbookService,
} from "../../../src/services/workbook-service";
import { App } from "../../../src/taskpane/App";

export const ready: HostStatus = {
  kind: "ready",
  capabilities: capabilitiesFrom(() => true),
  displayLanguage: "th-TH",
  theme: "light",
};
export const today = new Date(Date.UTC(2026, 10, 22));

export function planCheck(sheet: string, changes: Partial<PlanCheck> = {}): PlanCheck {
  return {
    sheet,
    sheetId: `{${sheet}}`,
    headerRow: 1,
    columns: [],
    unmapped: [],
    overrides: {},
    findings: [],
    progress: summariseProgress([], today),
    layouts: ["status", "results", "annual", "plan"],
    ownSheet: null,
    ignoredSettings: [],
    ...changes,
  };
}

export function fakeService(changes: Partial<WorkbookService> = {}) {
  const remembered: string[] = [];
  const unused = () => Promise.reject(new Error("unused"));
  const service: WorkbookService = {
    insertPlanTemplate: async () => ({ sheet: "แผนมาตรการ ITA", rows: 1 }),
    checkPlan: async (sheetId) => planCheck(sheetId === "{แผนงาน}" ? "แผนงาน" : "Sheet1"),
    findPlanSheet: async () => null,
    rememberPlanSheet: async (sheetId) => {
      remembered.push(sheetId);
    },
    tidyPlan: unused,
    selectCell: async () => undefined,
    saveMapping: unused,
    watchPlans: async () => undefined,
    generateReport: unused,
    takeSnapshot: unused,
    startNextYear: unused,
    previewMerge: unused,
    applyMerge: unused,
    insertScoresSheet: unused,
    pasteScoreLines: unused,
    prepareMemo: unused,
    saveMemoFields: unused,
    exportPdf: unused,
    reportSpec: unused,
    reportOptions: async () => ({
      layout: "results",
      unit: null,
      thaiDigits: true,
      ignoredSettings: [],
    }),
    weakPoints: async () => null,
    confirmIndicator: unused,
    addMeasureFor: unused,
    ...changes,
  };
  return { service, remembered };
}

export async function renderApp(service: WorkbookService, status: HostStatus = ready) {
  let rendered: ReturnType<typeof render> | undefined;
  await act(async () => {
    rendered = render(
      <App connect={() => Promise.resolve(status)} createService={() => service} today={today} />
    );
  });
  return rendered!;
}

/** The person's preferences start afresh, the intro already seen unless a test is about it. */
export function freshPreferences(): void {
  window.localStorage.clear();
  window.localStorage.setItem("ita-tracker.introSeen", "true");
}
