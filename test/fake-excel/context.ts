// The request queue: like Excel, nothing happens until sync(); every sync is counted and its
// request measured, and a request over Excel on the web's 5 MB limit is refused whole.
import { FakeExcelError } from "./errors";
import type { FakeExcelHost } from "./host";
import { FakeWorkbook } from "./workbook";
import { FakeApplication } from "./application";

export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

interface PendingOperation {
  description: string;
  bytes: number;
  apply: () => void;
}

const encoder = new TextEncoder();

function payloadBytes(description: string, payload: unknown): number {
  return encoder.encode(JSON.stringify({ description, payload: payload ?? null })).length;
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  private pending: PendingOperation[] = [];
  private closed = false;

  constructor(readonly host: FakeExcelHost) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
  }

  /** Queues an operation for the next sync; the payload is what would travel to Excel. */
  enqueue(description: string, payload: unknown, apply: () => void): void {
    if (this.closed) {
      throw new FakeExcelError("InvalidObjectPath", `"${description}" used after Excel.run ended`);
    }
    this.pending.push({ description, bytes: payloadBytes(description, payload), apply });
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  async sync(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    const bytes = batch.reduce((sum, operation) => sum + operation.bytes, 0);
    this.host.recordSync(bytes);
    if (bytes > REQUEST_LIMIT_BYTES) {
      throw new FakeExcelError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${bytes} bytes) has exceeded the limit`
      );
    }
    // Excel applies a batch in order and stops at the first failing operation; what ran before stays.
    for (const operation of batch) {
      this.host.beforeOperation(operation.description);
      operation.apply();
    }
    await this.host.dispatchEvents();
  }

  close(): void {
    this.closed = true;
  }
}
