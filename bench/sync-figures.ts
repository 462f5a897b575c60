// Round trips as the bench prints them: how many, and the bytes sent to Excel and sent back
// (Excel on the web refuses either over 5 MB).
import type { SyncRecord } from "../office-fake/excel/host";

export function syncFigures(syncs: readonly SyncRecord[]): string {
  const requests = syncs.map((sync) => sync.bytes).join(" + ");
  const responses = syncs.map((sync) => sync.responseBytes).join(" + ");
  return `${syncs.length} sync${syncs.length === 1 ? "" : "s"}, request bytes ${requests}, response bytes ${responses}`;
}
