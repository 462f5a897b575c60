// The characters of XML 1.0 for the tokenizer (xml-reader): what a name may hold, what XML
// forbids, what makes a text or a value need a closer look, and entities and character
// references replaced.

export class XmlError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = "XmlError";
  }
}

// XML names (a simplification of the production that accepts every name XML allows).
export const NAME = /[A-Za-z_:\u00C0-\uFFFF][\w.:\-\u00B7\u00C0-\uFFFF]*/y;
// Characters XML 1.0 does not allow anywhere in a document.
// eslint-disable-next-line no-control-regex -- these characters are what it looks for
export const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
// 1 for the ASCII characters a name may hold (letters, digits, "_", ":", ".", "-").
export const NAME_ASCII = new Uint8Array(128).map((_, code) =>
  /[\w.:-]/.test(String.fromCharCode(code)) ? 1 : 0
);
// What makes a value or text need a closer look: an entity, a control character (tab and line
// breaks too: a value's are normalised), "<" in a value, "]" of a "]]>" in text, U+FFFE/U+FFFF.
// One loop over character codes: most values and texts are short, where a regular expression's
// call costs more than the scan (a quarter of the reading time of a large plan).
const SPECIAL = new Uint8Array(0x60).map((_, code) => (code < 0x20 || code === 0x26 ? 1 : 0));
export const VALUE_SPECIAL = SPECIAL.map((flag, code) => (code === 0x3c ? 1 : flag));
export const TEXT_SPECIAL = SPECIAL.map((flag, code) =>
  code === 0x5d ? 1 : code === 0x9 || code === 0xa || code === 0xd ? 0 : flag
);

export function hasSpecial(text: string, from: number, to: number, table: Uint8Array): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x60 ? table[code] === 1 : code >= 0xfffe) return true;
  }
  return false;
}
const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function allowedCodePoint(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Text with its entities and character references replaced; a bare "&" is a fault. */
export function decoded(text: string): string {
  if (FORBIDDEN.test(text)) throw new XmlError("forbidden character");
  if (!text.includes("&")) return text;
  let out = "";
  let from = 0;
  for (let amp = text.indexOf("&"); amp >= 0; amp = text.indexOf("&", from)) {
    // An entity's name is short: ";" is looked for in the next 12 characters only.
    const end = text.slice(amp + 1, amp + 13).indexOf(";");
    if (end < 1) throw new XmlError("entity");
    const entity = text.slice(amp + 1, amp + 1 + end);
    let value = PREDEFINED[entity];
    if (value === undefined && /^#(\d+|x[0-9a-fA-F]+)$/.test(entity)) {
      const code = entity[1] === "x" ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      if (!allowedCodePoint(code)) throw new XmlError("character reference");
      value = String.fromCodePoint(code);
    }
    if (value === undefined) throw new XmlError(`entity ${entity}`);
    out += text.slice(from, amp) + value;
    from = amp + end + 2;
  }
  return out + text.slice(from);
}

/** An attribute value holding an entity, a control character or "<". */
export function specialValue(raw: string): string {
  if (raw.includes("<")) throw new XmlError("< in an attribute");
  // White space in a value reads as spaces (XML's attribute-value normalisation).
  return decoded(raw.replace(/[\t\n\r]/g, " "));
}

export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x9 || code === 0xa || code === 0xd;
}
