export { FakeExcelHost } from "./host";
export { FakeRequestContext, REQUEST_LIMIT_BYTES } from "./context";
export { FakeExcelError } from "./errors";
export type { WorkbookModel, SheetModel, CellModel } from "./model";
