// Office.context.document.getFileAsync as Excel gives it, by platform (the table of supported
// file types in @types/office-js): Windows and Mac make PDF and Compressed files; Excel on the
// web makes only PDF, and that PDF comes back empty (office-js#5950, #5473); iPad makes none.
import type { FakeExcelHost } from "../excel";
import type { OfficeDoubleConfig, Platform } from "./office-double";

declare global {
  interface Window {
    /** The sheets visible when the pane asked for a PDF. */
    pdfSheets?: string[];
  }
}

// The PDF Office would make of the document: a small stand-in, handed out in slices as Office does.
const PDF_BYTES = Array.from(new TextEncoder().encode("%PDF-1.7\n% office.js double\n%%EOF\n"));
const SLICE = 16;

type Callback = (result: { status: string; value: unknown; error?: Error }) => void;

function madeHere(type: string, platform: Platform): boolean {
  if (platform === "iOS") return false;
  if (platform === "OfficeOnline") return type === "pdf";
  return type === "pdf" || type === "compressed";
}

export function getFileDouble(fake: FakeExcelHost, config: OfficeDoubleConfig, platform: Platform) {
  return (type: string, _options: { sliceSize?: number }, callback: Callback): void => {
    if (!madeHere(type, platform) || (type === "pdf" && config.pdf === "unsupported")) {
      callback({ status: "failed", value: null, error: new Error(`The host cannot make ${type}`) });
      return;
    }
    if (type !== "pdf") throw new Error(`The double makes only PDF files, not ${type}`);
    // What Office would print: the visible sheets at the moment of the call.
    const printed = fake.model.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name);
    if (typeof window !== "undefined") window.pdfSheets = printed;
    const empty = platform === "OfficeOnline" || config.pdf === "empty";
    const bytes = empty ? [] : PDF_BYTES;
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
  };
}
