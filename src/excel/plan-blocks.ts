// Reading a plan too large for one response. Excel on the web refuses a response over 5 MB
// (ResponsePayloadSizeLimitExceeded; Office Scripts platform limits: "Requests and responses are
// limited to 5MB"), and a plan's values with its visible-row addresses grow about 760 bytes a
// measure. The rows are read in blocks, one sync each: the first half the plan (the whole did
// not fit), then each block sized from the bytes the previous one took, halved if refused.
import type { CellArea } from "../domain/a1";
import type { CellValue } from "../domain/plan-layout";

/** What a block may bring back: under 5 MB with room for the response's own framing. */
export const RESPONSE_BUDGET_BYTES = 4_500_000;

export function isResponseTooLarge(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { code?: unknown }).code === "ResponsePayloadSizeLimitExceeded"
  );
}

const encoder = new TextEncoder();

export interface BlockRead {
  values: CellValue[][];
  /** The first-column addresses of the visible rows, as a visible view gives them. */
  addresses: string[][];
}

export async function readRowBlocks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  area: CellArea
): Promise<BlockRead> {
  const read: BlockRead = { values: [], addresses: [] };
  let rows = Math.ceil(area.rowCount / 2);
  let start = 0;
  while (start < area.rowCount) {
    const count = Math.min(rows, area.rowCount - start);
    const block = sheet.getRangeByIndexes(area.row + start, area.column, count, area.columnCount);
    block.load("values");
    const visible = block.getColumn(0).getVisibleView();
    visible.load("cellAddresses");
    try {
      // One round trip per block is the point: each response must stay under the limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isResponseTooLarge(error) || count === 1) throw error;
      rows = Math.ceil(count / 2);
      continue;
    }
    const values = block.values as CellValue[][];
    const addresses = visible.cellAddresses;
    // concat, not push(...): a block can hold more rows than a call takes arguments.
    read.values = read.values.concat(values);
    read.addresses = read.addresses.concat(addresses);
    const bytes = encoder.encode(JSON.stringify([values, addresses])).length;
    rows = Math.max(1, Math.floor((count * RESPONSE_BUDGET_BYTES) / Math.max(bytes, 1)));
    start += count;
  }
  return read;
}
