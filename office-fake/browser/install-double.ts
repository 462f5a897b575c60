// Puts the office.js double around a fake Excel into a browser page, as the globals Office and
// Excel that office.js would define: used by the browser tests' entry and the playground's pane.
import { FakeExcelHost } from "../excel";
import { DEFAULT_CONFIG, OfficeDouble, OfficeDoubleConfig } from "../office/office-double";

export type { OfficeDoubleConfig };

declare global {
  interface Window {
    officeDoubleConfig?: OfficeDoubleConfig;
    fakeExcel: FakeExcelHost;
  }
}

/** The double's config: the defaults, overridden by window.officeDoubleConfig when a page sets it. */
export function pageConfig(): OfficeDoubleConfig {
  return { ...DEFAULT_CONFIG, ...window.officeDoubleConfig };
}

/** The fake's profile for this config: the same API version, the web's request limits on the web. */
export function fakeProfile(config: OfficeDoubleConfig) {
  return {
    apiVersion: config.apiVersion,
    platform: config.platform === "OfficeOnline" ? ("web" as const) : ("desktop" as const),
  };
}

export function installOfficeDouble(fake: FakeExcelHost, config: OfficeDoubleConfig): void {
  const double = new OfficeDouble(fake, config, window.location.origin);
  window.fakeExcel = fake;
  // Assigned untyped: the double implements only what the add-in uses of office.js.
  Object.assign(window, { Office: double.office, Excel: double.excel });
}
