// The office.js double for the browser test bed: the test serves this file where the pane asks
// for Microsoft's CDN, configured by window.officeDoubleConfig.
import { FakeExcelHost } from "../../fake-excel";
import {
  DEFAULT_CONFIG,
  OfficeDouble,
  OfficeDoubleConfig,
} from "../../office-double/office-double";

export type { OfficeDoubleConfig };

declare global {
  interface Window {
    officeDoubleConfig?: OfficeDoubleConfig;
    fakeExcel: FakeExcelHost;
  }
}

const config: OfficeDoubleConfig = { ...DEFAULT_CONFIG, ...window.officeDoubleConfig };
const fake = new FakeExcelHost(["Sheet1"]);
const double = new OfficeDouble(fake, config, window.location.origin);

window.fakeExcel = fake;
// Assigned untyped: the double implements only what the add-in uses of office.js.
Object.assign(window, { Office: double.office, Excel: double.excel });
