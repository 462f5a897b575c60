// Adapter code takes Excel's RequestContext; the fake's stands in for it (typed against
// @types/office-js, but its own classes), so tests run adapter batches through this one cast.
import type { FakeExcelHost, FakeRequestContext } from "../fake-excel";

export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** Excel.run on the fake host, for adapter code. */
export const inExcel =
  (host: FakeExcelHost) =>
  <T>(batch: Batch<T>): Promise<T> =>
    host.run((context: FakeRequestContext) => batch(context as unknown as Excel.RequestContext));
