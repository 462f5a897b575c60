// Text inside the XML the writers produce. Besides XML's own escapes, SpreadsheetML writes
// characters XML 1.0 cannot hold (control characters, lone surrogates) and carriage returns as
// _xHHHH_, and a literal "_xHHHH_" in the text as _x005F_xHHHH_ so that it reads back unchanged
// (ECMA-376 Part 1, §22.9.2.19 ST_Xstring).
const NEEDS_OOXML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|_x[0-9A-Fa-f]{4}_/g;
// A text with no character outside this class needs none of the escapes: it holds tab, line feed
// and every character that is not a control character, "_", an XML special, a surrogate, U+FFFE
// or U+FFFF. Most cells need nothing, and this test costs far less than the replace finding
// nothing.
const MAY_NEED_ESCAPE = /[^\t\n !#-%'-;=?-^`-\uD7FF\uE000-\uFFFD]/;
const HAS_XML_SPECIAL = /[&<>"]/;
const XML_SPECIAL = /[&<>"]/g;
const XML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
};

/** The XML declaration and the namespaces the written packages share. */
export const XML_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, "0");

/** Text for an element or an attribute value. */
export function escapeXml(text: string): string {
  return HAS_XML_SPECIAL.test(text) ? text.replace(XML_SPECIAL, (c) => XML_ESCAPES[c]) : text;
}

/** A cell's or header's text: SpreadsheetML's escapes, then XML's. */
export function escapeCellText(text: string): string {
  if (!MAY_NEED_ESCAPE.test(text)) return text;
  const safe = text.replace(NEEDS_OOXML, (found) =>
    found.length > 1 ? `_x005F${found}` : `_x${hex(found.charCodeAt(0))}_`
  );
  return escapeXml(safe);
}
