// Worksheet onChanged delivery as Excel does it:
// - after the sync that caused the change, never inside it: the handler is a callback Excel
//   invokes once the change is made (OfficeDev/office-js-docs-pr docs/excel/excel-add-ins-events.md);
// - one event per change (a write to a range, a user's edit or paste), with the changed area;
// - `source` "Local" or "Remote": with coauthoring, other people's changes raise events in every
//   open add-in too (same article, "Events and coauthoring"; @types/office-js
//   WorksheetChangedEventArgs.source, ExcelApi 1.7); `triggerSource` exists only from ExcelApi
//   1.14 (@types/office-js WorksheetChangedEventArgs.triggerSource);
// - handlers of different events may overlap: each event is delivered in its own task, without
//   waiting for the previous handler's promise (stricter than delivering them one by one).
import type { WorkbookModel } from "./model";

export type EventSource = "Local" | "Remote";
export type TriggerSource = "Unknown" | "ThisLocalAddin";
type Handler = (event: Excel.WorksheetChangedEventArgs) => Promise<unknown>;

export class ChangeEvents {
  private readonly queued: Array<() => Promise<unknown>> = [];
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly failures: unknown[] = [];
  private scheduled = false;

  constructor(
    private readonly model: () => WorkbookModel,
    private readonly hasTriggerSource: () => boolean
  ) {}

  /** Queues one change for every handler of its sheet and of the workbook; delivered later. */
  raise(sheetId: string, address: string, source: EventSource, triggerSource: TriggerSource): void {
    const model = this.model();
    const sheet = model.sheets.find((s) => s.id === sheetId);
    if (!sheet) return;
    const handlers: Handler[] = [...sheet.changeHandlers, ...model.changeHandlers];
    for (const handler of handlers) {
      const event: Record<string, unknown> = {
        address,
        changeType: "RangeEdited",
        source,
        type: "WorksheetChanged",
        worksheetId: sheetId,
      };
      if (this.hasTriggerSource()) event.triggerSource = triggerSource;
      this.queued.push(() => handler(event as unknown as Excel.WorksheetChangedEventArgs));
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.queued.length === 0) return;
    this.scheduled = true;
    // A new task: whatever awaited the sync runs first, as with Excel's event pipe.
    setTimeout(() => {
      this.scheduled = false;
      const next = this.queued.shift();
      if (next) {
        const delivery = next()
          .catch((error: unknown) => this.failures.push(error))
          .finally(() => this.inFlight.delete(delivery));
        this.inFlight.add(delivery);
      }
      this.schedule();
    }, 0);
  }

  /** Test helper: resolves once every event raised so far, and every event their handlers'
   * writes raised, has been handled. A handler that threw fails it (nothing is swallowed). */
  async delivered(): Promise<void> {
    while (this.scheduled || this.queued.length > 0 || this.inFlight.size > 0) {
      if (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
      else await new Promise((resolve) => setTimeout(resolve, 0));
    }
    if (this.failures.length > 0) throw this.failures.splice(0)[0];
  }
}
