// office.js for the pane inside the playground: the double around the fake Excel, which holds
// the workbook the server read (window.playgroundWorkbook, from /playground/workbook.js). It
// plays Microsoft 365 on the web (ExcelApi 1.18): native check boxes, and no PDF from Office, so
// the pane offers the report workbook instead of a PDF that would only be a stand-in here.
import { FakeExcelHost } from "../excel";
import { fakeProfile, installOfficeDouble, OfficeDoubleConfig } from "../browser/install-double";
import { fakeFromSeed } from "./seeded-fake";
import type { WorkbookSeed } from "./workbook-seed";

declare global {
  interface Window {
    playgroundWorkbook?: WorkbookSeed;
  }
}

const english = new URLSearchParams(window.location.search).get("lang") === "en";
const config: OfficeDoubleConfig = {
  host: "Excel",
  apiVersion: "1.18",
  platform: "OfficeOnline",
  displayLanguage: english ? "en-US" : "th-TH",
};
const seed = window.playgroundWorkbook;
const profile = fakeProfile(config);
installOfficeDouble(
  seed ? fakeFromSeed(seed, profile) : new FakeExcelHost(["Sheet1"], profile),
  config
);
