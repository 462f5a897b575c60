// The narrow interface between the task pane (and ribbon commands) and Excel.
// The pane only ever sees these types; the Excel adapter implements them.
import type { ExcelCapabilities } from "../domain/excel-capabilities";
import type { TemplateRequest } from "../domain/plan-template";

export type HostStatus =
  | { kind: "offline" }
  | { kind: "outside" }
  | { kind: "tooOld"; required: string; found: string }
  | { kind: "ready"; capabilities: ExcelCapabilities; displayLanguage: string };

export interface TemplateResult {
  sheet: string;
  rows: number;
}

export interface WorkbookService {
  insertPlanTemplate(request: TemplateRequest): Promise<TemplateResult>;
}

/** An Excel failure, reduced to its error code so the pane can say it in the user's language. */
export class WorkbookError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}
