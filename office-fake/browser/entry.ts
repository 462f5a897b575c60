// The office.js double for the browser test bed: the test serves this file where the pane asks
// for Microsoft's CDN, configured by window.officeDoubleConfig.
import { FakeExcelHost } from "../excel";
import { DEFAULT_CONFIG, OfficeDouble, OfficeDoubleConfig } from "../office/office-double";

export type { OfficeDoubleConfig };

declare global {
  interface Window {
    officeDoubleConfig?: OfficeDoubleConfig;
    fakeExcel: FakeExcelHost;
  }
}

const config: OfficeDoubleConfig = { ...DEFAULT_CONFIG, ...window.officeDoubleConfig };
// The fake Excel behind it has the same API version, and the web's request limits on the web.
const fake = new FakeExcelHost(["Sheet1"], {
  apiVersion: config.apiVersion,
  platform: config.platform === "OfficeOnline" ? "web" : "desktop",
});
const double = new OfficeDouble(fake, config, window.location.origin);

window.fakeExcel = fake;
// Assigned untyped: the double implements only what the add-in uses of office.js.
Object.assign(window, { Office: double.office, Excel: double.excel });
