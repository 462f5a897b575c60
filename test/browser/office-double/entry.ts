// Stands in for office.js in the browser test bed: Office.onReady, requirement sets and the
// strict fake Excel. The test serves this file where the pane asks for Microsoft's CDN.
import { FakeExcelHost } from "../../fake-excel";
import { FakeRequestContext } from "../../fake-excel/context";

export interface OfficeDoubleConfig {
  /** null: opened outside Office (onReady reports no host). */
  host: "Excel" | null;
  /** Highest ExcelApi version this "Excel" supports, e.g. "1.18", "1.14", "1.8". */
  apiVersion: string;
  displayLanguage: string;
  /** What getFileAsync(Pdf) gives: a file, an empty one, or a failure. */
  pdf?: "file" | "empty" | "unsupported";
}

declare global {
  interface Window {
    officeDoubleConfig?: OfficeDoubleConfig;
    /** The sheets visible when the pane asked for a PDF. */
    pdfSheets?: string[];
    fakeExcel: FakeExcelHost;
  }
}

const config: OfficeDoubleConfig = {
  host: "Excel",
  apiVersion: "1.18",
  displayLanguage: "th-TH",
  ...window.officeDoubleConfig,
};

function versionNumber(version: string): number {
  const [major, minor = "0"] = version.split(".");
  return Number(major) * 1000 + Number(minor);
}

const fake = new FakeExcelHost(["Sheet1"]);
const info = { host: config.host, platform: config.host ? "PC" : null };

window.fakeExcel = fake;
// The PDF Office would make of the document: a small stand-in, handed out in slices as Office does.
const PDF_BYTES = Array.from(new TextEncoder().encode("%PDF-1.7\n% office.js double\n%%EOF\n"));
const SLICE = 16;

function getFileAsync(
  type: string,
  _options: { sliceSize?: number },
  callback: (result: { status: string; value: unknown; error?: Error }) => void
): void {
  if (type !== "pdf" || config.pdf === "unsupported") {
    callback({ status: "failed", value: null, error: new Error(`The host cannot make ${type}`) });
    return;
  }
  // What Office would print: the visible sheets at the moment of the call.
  window.pdfSheets = fake.model.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name);
  const bytes = config.pdf === "empty" ? [] : PDF_BYTES;
  const sliceCount = Math.ceil(bytes.length / SLICE);
  callback({
    status: "succeeded",
    value: {
      size: bytes.length,
      sliceCount,
      getSliceAsync: (
        index: number,
        done: (result: { status: string; value: { data: number[] } }) => void
      ) =>
        done({
          status: "succeeded",
          value: { data: bytes.slice(index * SLICE, (index + 1) * SLICE) },
        }),
      closeAsync: () => undefined,
    },
  });
}

const office = {
  HostType: { Excel: "Excel" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  FileType: { Pdf: "pdf", Compressed: "compressed" },
  onReady: (callback?: (value: typeof info) => void) => {
    callback?.(info);
    return Promise.resolve(info);
  },
  context: {
    displayLanguage: config.displayLanguage,
    document: { getFileAsync },
    requirements: {
      isSetSupported: (name: string, version: string = "1.1") =>
        config.host !== null &&
        name === "ExcelApi" &&
        versionNumber(version) <= versionNumber(config.apiVersion),
    },
  },
};
const excel = {
  run: <T>(batch: (context: FakeRequestContext) => Promise<T>) => fake.run(batch),
};
// Assigned untyped: the double implements only what the add-in uses of office.js.
Object.assign(window, { Office: office, Excel: excel });
