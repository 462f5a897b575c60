export { FakeExcelHost } from "./host";
export { FakeRequestContext, REQUEST_LIMIT_BYTES, RESPONSE_LIMIT_BYTES } from "./context";
export type { HostProfile } from "./host";
export { FakeExcelError } from "./errors";
export type { WorkbookModel, SheetModel, CellModel } from "./model";
