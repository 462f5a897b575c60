import { WorkbookError } from "../services/workbook-service";

/** Reduces whatever Excel threw (OfficeExtension.Error or anything else) to a WorkbookError. */
export function toWorkbookError(error: unknown): WorkbookError {
  if (error instanceof WorkbookError) return error;
  const code =
    typeof error === "object" &&
    error !== null &&
    typeof (error as { code?: unknown }).code === "string"
      ? (error as { code: string }).code
      : "Unknown";
  const message = error instanceof Error ? error.message : String(error);
  return new WorkbookError(code, message);
}
