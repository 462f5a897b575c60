// Finds out where the pane runs: outside Office, in an Excel too old for the core, or ready.
import { capabilitiesFrom, CORE_EXCEL_API } from "../domain/excel-capabilities";
import type { HostStatus } from "../services/workbook-service";
import { themeOfBackground } from "../domain/pane-theme";

export async function connectToOffice(): Promise<HostStatus> {
  if (typeof Office === "undefined") return { kind: "offline" };
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) return { kind: "outside" };
  const requirements = Office.context.requirements;
  const capabilities = capabilitiesFrom(
    (version, set) => requirements.isSetSupported(set, version),
    String(info.platform)
  );
  if (!capabilities.core) {
    return { kind: "tooOld", required: CORE_EXCEL_API, found: capabilities.highestVersion };
  }
  return {
    kind: "ready",
    capabilities,
    displayLanguage: Office.context.displayLanguage ?? "th-TH",
    // Excel gives its theme on every platform (OfficeTheme's remarks); a host without one: light.
    theme: themeOfBackground(Office.context.officeTheme?.bodyBackgroundColor),
  };
}
