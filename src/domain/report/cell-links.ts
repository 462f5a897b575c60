// Evidence printed as hyperlinks: a cell of a link column (evidence) whose text names one web
// address links to it, its text kept as the user wrote it. A cell naming several addresses or
// none stays plain text (Excel gives a cell one hyperlink).
import type { ReportBlock } from "./types";

const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
// A sentence's closing punctuation is not part of the address.
const TRAILING = /[.,;:)\]]+$/;

/** The one web address a text names, as a link target; null for none or several. */
export function webAddress(text: string): string | null {
  const found = text.match(WEB_ADDRESS);
  if (!found || found.length !== 1) return null;
  const address = found[0].replace(TRAILING, "");
  return /^www\./i.test(address) ? `http://${address}` : address;
}

/** The link target of a block's cell, or null. */
export function cellLink(block: ReportBlock, row: number, column: number): string | null {
  if (!block.links?.[column]) return null;
  const value = block.values[row]?.[column];
  return typeof value === "string" ? webAddress(value) : null;
}
