// Adapter code takes Excel's RequestContext; the fake's stands in for it (typed against
// @types/office-js, but its own classes), so tests run adapter batches through this one cast.
import { capabilitiesFrom, ExcelCapabilities } from "../../src/domain/excel-capabilities";
import type { FakeExcelHost, FakeRequestContext } from "../../office-fake/excel";
import { supports } from "../../office-fake/excel/host";

export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** Excel.run on the fake host, for adapter code. */
export const inExcel =
  (host: FakeExcelHost) =>
  <T>(batch: Batch<T>): Promise<T> =>
    host.run((context: FakeRequestContext) => batch(context as unknown as Excel.RequestContext));

/** What the add-in finds on this fake host: ExcelApi up to its profile's version, every other set. */
export function capabilitiesOf(host: FakeExcelHost): ExcelCapabilities {
  return capabilitiesFrom((version, set) => set !== "ExcelApi" || supports(host.profile, version));
}

/** Score lines as a published ITA result prints them, one per indicator, for pasteScoreLines. */
export const scoreLines = (scores: readonly number[]): string =>
  scores.map((score, index) => `ตัวชี้วัดที่ ${index + 1} ชื่อ ${score} คะแนน`).join("\n");
