// The office.js double for the browser test bed: the test serves this file where the pane asks
// for Microsoft's CDN, configured by window.officeDoubleConfig; the workbook starts with Sheet1.
import { FakeExcelHost } from "../excel";
import { fakeProfile, installOfficeDouble, pageConfig } from "./install-double";

export type { OfficeDoubleConfig } from "./install-double";

const config = pageConfig();
installOfficeDouble(new FakeExcelHost(["Sheet1"], fakeProfile(config)), config);
