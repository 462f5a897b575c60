// The one way the reader parses a part's XML: a tokenizer of its own that enforces well-formedness
// for everything it reads (names, tags matched, attributes quoted either way and not repeated,
// entities and character references, comments, CDATA, processing instructions, one root, no
// characters XML forbids) and refuses a DTD, as Excel does, so a file never defines an entity.
// Why not saxes or sax: both are correct and linear, but a streaming parser that looks at every
// character through a state table made reading a plan of 10,000 measures 1.5 to 5 times slower
// than the regular expressions it replaces (saxes fell to its slow path after a few parts in one
// process), while parts are whole strings here and indexOf jumps over text and values natively.
// Linear by construction: every search starts where the last one ended, and a failed one ends the
// parse; the distance searched is counted (steps) so the tests show it on adversarial input.
// Any fault is an XmlError: the caller reports the file as damaged and keeps nothing it read.
import { LimitError, LIMITS } from "./limits";

export class XmlError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = "XmlError";
  }
}

/** What a part's reader does with its elements: names without their prefix; attributes as
 * written (SpreadsheetML's own attributes have no prefix; see qualifiedAttribute for others).
 * `start` and `end` are where the tag stands in the text (its "<" and one past its ">"), for a
 * writer that patches a part in place; a self-closing tag gives the same to open and close. */
export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>, start: number, end: number): void;
  close(name: string, start: number, end: number): void;
  text(text: string): void;
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });
const UTF16LE = new TextDecoder("utf-16le", { fatal: true });
const UTF16BE = new TextDecoder("utf-16be", { fatal: true });

/** A part's text: UTF-8, or UTF-16 when it starts with that byte-order mark (both are XML's
 * own encodings, and Excel reads both); bytes that are not text make the part damaged. */
export function partText(bytes: Uint8Array): string {
  const decoder =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? UTF16LE
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? UTF16BE
        : UTF8;
  try {
    return decoder.decode(bytes);
  } catch {
    throw new XmlError("encoding");
  }
}

/** An attribute in another namespace (`r:id`), whatever prefix the part gives it. */
export function qualifiedAttribute(
  attributes: Record<string, string>,
  local: string
): string | undefined {
  for (const name in attributes) {
    if (name.endsWith(`:${local}`)) return attributes[name];
  }
  return undefined;
}

// XML names (a simplification of the production that accepts every name XML allows).
const NAME = /[A-Za-z_:\u00C0-\uFFFF][\w.:\-\u00B7\u00C0-\uFFFF]*/y;
// Characters XML 1.0 does not allow anywhere in a document.
// eslint-disable-next-line no-control-regex -- these characters are what it looks for
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
// 1 for the ASCII characters a name may hold (letters, digits, "_", ":", ".", "-").
const NAME_ASCII = new Uint8Array(128).map((_, code) =>
  /[\w.:-]/.test(String.fromCharCode(code)) ? 1 : 0
);
// What makes a value or text need a closer look: an entity, a control character (tab and line
// breaks too: a value's are normalised), "<" in a value, "]" of a "]]>" in text, U+FFFE/U+FFFF.
// One loop over character codes: most values and texts are short, where a regular expression's
// call costs more than the scan (a quarter of the reading time of a large plan).
const SPECIAL = new Uint8Array(0x60).map((_, code) => (code < 0x20 || code === 0x26 ? 1 : 0));
const VALUE_SPECIAL = SPECIAL.map((flag, code) => (code === 0x3c ? 1 : flag));
const TEXT_SPECIAL = SPECIAL.map((flag, code) =>
  code === 0x5d ? 1 : code === 0x9 || code === 0xa || code === 0xd ? 0 : flag
);

function hasSpecial(text: string, from: number, to: number, table: Uint8Array): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x60 ? table[code] === 1 : code >= 0xfffe) return true;
  }
  return false;
}
const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
// Prefixed element names in a part are few: their local names are looked up, not sliced each time.
const LOCAL_NAMES = new Map<string, string>();

function localName(name: string): string {
  // Most names have no prefix: a short scan is cheaper than hashing a new string for the map.
  if (name.indexOf(":") < 0) return name;
  let local = LOCAL_NAMES.get(name);
  if (local === undefined) {
    local = name.slice(name.indexOf(":") + 1);
    if (LOCAL_NAMES.size < 1000) LOCAL_NAMES.set(name, local);
  }
  return local;
}

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
function decoded(text: string): string {
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
function specialValue(raw: string): string {
  if (raw.includes("<")) throw new XmlError("< in an attribute");
  // White space in a value reads as spaces (XML's attribute-value normalisation).
  return decoded(raw.replace(/[\t\n\r]/g, " "));
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x9 || code === 0xa || code === 0xd;
}

/** Characters searched or examined while parsing, kept up to date even when the parse fails:
 * the tests compare it with the part's length. */
export interface XmlWork {
  steps: number;
}

class Tokenizer {
  private at = 0;
  private readonly open: string[] = [];
  private rootSeen = false;

  constructor(
    private readonly xml: string,
    private readonly handlers: XmlHandlers,
    private readonly work: XmlWork
  ) {}

  /** The index of a needle from here, counting the distance searched; a fault when absent. */
  private find(needle: string, from: number, what: string): number {
    const found = this.xml.indexOf(needle, from);
    if (found < 0) throw new XmlError(`unterminated ${what}`);
    this.work.steps += found - from + needle.length;
    return found;
  }

  private name(): string {
    const { xml } = this;
    const start = this.at;
    let end = start;
    // ASCII names (all of SpreadsheetML's) by character codes; others by the full pattern.
    while (NAME_ASCII[xml.charCodeAt(end)] === 1) end++;
    // Non-ASCII in the name, or a first character a name cannot start with (digit, ".", "-").
    if (end === start || xml.charCodeAt(end) >= 0x80 || xml.charCodeAt(start) <= 0x39) {
      NAME.lastIndex = start;
      const match = NAME.exec(xml);
      if (!match) throw new XmlError("name expected");
      end = start + match[0].length;
    }
    this.at = end;
    this.work.steps += end - start;
    return xml.slice(start, end);
  }

  /** Skips white space; whether there was any. */
  private space(): boolean {
    const start = this.at;
    while (isSpace(this.xml.charCodeAt(this.at))) this.at++;
    this.work.steps += this.at - start;
    return this.at > start;
  }

  run(): void {
    const { xml } = this;
    while (this.at < xml.length) {
      const lt = xml.indexOf("<", this.at);
      const end = lt < 0 ? xml.length : lt;
      this.work.steps += end - this.at + 1;
      if (end > this.at) this.text(xml.slice(this.at, end));
      if (lt < 0) break;
      this.at = lt;
      const next = xml.charCodeAt(lt + 1);
      if (next === 0x3f /* ? */) this.instruction();
      else if (next === 0x21 /* ! */) this.declaration();
      else if (next === 0x2f /* / */) this.endTag();
      else this.startTag();
    }
    if (this.open.length > 0 || !this.rootSeen) throw new XmlError("unclosed element");
  }

  private text(raw: string): void {
    if (this.open.length === 0) {
      // Outside the root only white space may stand.
      if (raw.trim() !== "") throw new XmlError("text outside the root");
      return;
    }
    this.work.steps += raw.length;
    if (!hasSpecial(raw, 0, raw.length, TEXT_SPECIAL)) {
      this.handlers.text(raw);
      return;
    }
    if (raw.includes("]]>")) throw new XmlError("]]> in text");
    this.handlers.text(decoded(raw));
  }

  private instruction(): void {
    this.at += 2;
    const target = this.name();
    // The XML declaration only at the very start; no other instruction is named "xml".
    if (target.toLowerCase() === "xml" && (target !== "xml" || this.at !== 5)) {
      throw new XmlError("misplaced XML declaration");
    }
    const end = this.find("?>", this.at, "processing instruction");
    if (end > this.at && !isSpace(this.xml.charCodeAt(this.at))) throw new XmlError("instruction");
    this.at = end + 2;
  }

  private declaration(): void {
    const { xml } = this;
    if (xml.startsWith("<!--", this.at)) {
      const end = this.find("--", this.at + 4, "comment");
      if (!xml.startsWith("-->", end)) throw new XmlError("-- in a comment");
      this.at = end + 3;
    } else if (xml.startsWith("<![CDATA[", this.at)) {
      if (this.open.length === 0) throw new XmlError("CDATA outside the root");
      const end = this.find("]]>", this.at + 9, "CDATA");
      const content = xml.slice(this.at + 9, end);
      if (FORBIDDEN.test(content)) throw new XmlError("forbidden character");
      this.handlers.text(content);
      this.at = end + 3;
    } else {
      // <!DOCTYPE and anything else: a DTD is refused, as Excel refuses it.
      throw new XmlError("DTD");
    }
  }

  private endTag(): void {
    const start = this.at;
    this.at += 2;
    const name = this.name();
    this.space();
    if (this.xml.charCodeAt(this.at) !== 0x3e /* > */) throw new XmlError("end tag");
    this.at++;
    if (this.open.pop() !== name) throw new XmlError(`mismatched </${name}>`);
    this.handlers.close(localName(name), start, this.at);
  }

  private startTag(): void {
    const { xml } = this;
    if (this.open.length === 0 && this.rootSeen) throw new XmlError("second root element");
    const start = this.at;
    this.at++;
    const name = this.name();
    const attributes: Record<string, string> = {};
    for (;;) {
      const spaced = this.space();
      const code = xml.charCodeAt(this.at);
      if (code === 0x3e /* > */ || (code === 0x2f && xml.charCodeAt(this.at + 1) === 0x3e)) break;
      if (!spaced) throw new XmlError("attribute");
      const attribute = this.name();
      this.space();
      if (xml.charCodeAt(this.at) !== 0x3d /* = */) throw new XmlError("attribute without =");
      this.at++;
      this.space();
      const quote = xml.charCodeAt(this.at);
      if (quote !== 0x22 && quote !== 0x27) throw new XmlError("unquoted attribute");
      const end = this.find(quote === 0x22 ? '"' : "'", this.at + 1, "attribute");
      const raw = xml.slice(this.at + 1, end);
      if (Object.prototype.hasOwnProperty.call(attributes, attribute)) {
        throw new XmlError(`repeated attribute ${attribute}`);
      }
      attributes[attribute] = hasSpecial(xml, this.at + 1, end, VALUE_SPECIAL)
        ? specialValue(raw)
        : raw;
      this.at = end + 1;
    }
    this.rootSeen = true;
    const selfClosing = xml.charCodeAt(this.at) === 0x2f;
    this.at += selfClosing ? 2 : 1;
    const local = localName(name);
    if (this.open.length >= LIMITS.xmlDepth) throw new LimitError("xmlDepth");
    this.handlers.open(local, attributes, start, this.at);
    if (selfClosing) this.handlers.close(local, start, this.at);
    else this.open.push(name);
  }
}

/** Parses a whole part, calling the handlers in document order. */
export function readXml(xml: string, handlers: XmlHandlers, work: XmlWork = { steps: 0 }): void {
  new Tokenizer(xml, handlers, work).run();
}
