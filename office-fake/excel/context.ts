// The request queue: like Excel, nothing happens until sync(); every sync is counted and its
// request and response measured. Excel on the web limits both to 5 MB (Office Scripts platform
// limits, OfficeDev/office-scripts-docs docs/testing/platform-limits.md: "Requests and responses
// are limited to 5MB"; error codes RequestPayloadSizeLimitExceeded and
// ResponsePayloadSizeLimitExceeded in @types/office-js Excel.ErrorCodes): a request over it is
// refused whole; a response over it fails the sync after the batch ran (stricter than assuming
// nothing was applied: the add-in must not rely on either).
import { FakeExcelError } from "./errors";
import type { FakeExcelHost } from "./host";
import { FakeWorkbook } from "./workbook";
import { FakeApplication } from "./application";

export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
export const RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;

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
  private responseBytes = 0;
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

  /** What a load sends back, counted toward the response of the sync it runs in. */
  respond(payload: unknown): void {
    this.responseBytes += encoder.encode(JSON.stringify(payload ?? null)).length;
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  async sync(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    const bytes = batch.reduce((sum, operation) => sum + operation.bytes, 0);
    const web = this.host.profile.platform === "web";
    this.responseBytes = 0;
    try {
      this.host.rejectInCellEditMode();
      if (web && bytes > REQUEST_LIMIT_BYTES) {
        throw new FakeExcelError(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size (${bytes} bytes) has exceeded the limit`
        );
      }
      // Excel applies a batch in order and stops at the first failing operation; what ran
      // before stays.
      for (const operation of batch) {
        this.host.beforeOperation(operation.description);
        operation.apply();
      }
    } finally {
      this.host.recordSync(bytes, this.responseBytes);
      this.host.raiseWriteEvents();
    }
    if (web && this.responseBytes > RESPONSE_LIMIT_BYTES) {
      throw new FakeExcelError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${this.responseBytes} bytes) has exceeded the limit`
      );
    }
    // Excel answers before it tells event handlers; they run later (see events.ts).
    await Promise.resolve();
  }

  close(): void {
    this.closed = true;
  }
}
