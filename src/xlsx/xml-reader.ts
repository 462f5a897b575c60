// The one way the reader parses a part's XML: a tokenizer of its own that enforces well-formedness
// for everything it reads (names, tags matched, attributes quoted either way and not repeated,
// entities and character references, comments, CDATA, processing instructions, one root, no
// characters XML forbids) and refuses a DTD, as Excel does, so a file never defines an entity.
// Why not saxes or sax: both are correct and linear, but a streaming parser that looks at every
// character through a state table made reading a plan of 10,000 measures 1.5 to 5 times slower
// than the regular expressions it replaces (saxes fell to its slow path after a few parts in one
// process), while indexOf jumps over text and values natively. A part comes whole or in chunks
// (a large sheet as it is inflated, never held whole): text is handed on as it comes, and a tag,
// comment or other markup that runs past the text so far is read again when at least twice as
// much text has come (so the rereading stays linear), up to LIMITS.markupBytes.
// Linear by construction: every search starts where the last one ended, and a failed one ends the
// parse; the distance searched is counted (steps) so the tests show it on adversarial input.
// Any fault is an XmlError: the caller reports the file as damaged and keeps nothing it read.
import { LimitError, LIMITS } from "./limits";
import {
  decoded,
  FORBIDDEN,
  hasSpecial,
  isSpace,
  NAME,
  NAME_ASCII,
  specialValue,
  TEXT_SPECIAL,
  VALUE_SPECIAL,
  XmlError,
} from "./xml-characters";

export { XmlError } from "./xml-characters";

/** What a part's reader does with its elements: names without their prefix; attributes as
 * written (SpreadsheetML's own attributes have no prefix; see qualifiedAttribute for others).
 * `start` and `end` are where the tag stands in the text (its "<" and one past its ">"), for a
 * writer that patches a part in place; a self-closing tag gives the same to open and close. */
export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>, start: number, end: number): void;
  close(name: string, start: number, end: number): void;
  text(text: string): void;
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

/** Characters searched or examined while parsing, kept up to date even when the parse fails:
 * the tests compare it with the part's length. */
export interface XmlWork {
  steps: number;
}

/** Thrown within the tokenizer when what it reads runs past the text pushed so far. */
class MoreTextNeeded extends Error {}
const MORE_TEXT_NEEDED = new MoreTextNeeded("more text needed");
// Markup starting this close to the end of the text so far is first looked for its ">".
const NEAR_END = 4096;
// An entity or character reference is at most this long ("&" + 12 characters + ";").
const LONGEST_ENTITY = 14;

class Tokenizer {
  /** The text not yet read, from `base` in the whole part. */
  private xml = "";
  private base = 0;
  private at = 0;
  private final = false;
  /** After markup ran past the text: how long the unread text must be to read it again. */
  private retryAt = 0;
  private readonly open: string[] = [];
  private rootSeen = false;

  constructor(
    private readonly handlers: XmlHandlers,
    private readonly work: XmlWork
  ) {}

  /** The next piece of the part (the whole part: one push, final). */
  push(chunk: string, final: boolean): void {
    this.base += this.at;
    this.xml = (this.at > 0 ? this.xml.slice(this.at) : this.xml) + chunk;
    this.at = 0;
    this.final = final;
    if (!final && this.xml.length < this.retryAt) return;
    this.run();
    if (final) {
      if (this.open.length > 0 || !this.rootSeen) throw new XmlError("unclosed element");
    } else {
      const unread = this.xml.length - this.at;
      if (unread > LIMITS.markupBytes) throw new LimitError("markupBytes");
      this.retryAt = 2 * unread;
    }
  }

  /** Before the last chunk, stops reading what runs past the text so far (it is read again). */
  private more(): void {
    if (!this.final) throw MORE_TEXT_NEEDED;
  }

  /** The index of a needle from here, counting the distance searched; a fault when absent. */
  private find(needle: string, from: number, what: string): number {
    const found = this.xml.indexOf(needle, from);
    if (found < 0) {
      this.work.steps += this.xml.length - from;
      this.more();
      throw new XmlError(`unterminated ${what}`);
    }
    this.work.steps += found - from + needle.length;
    return found;
  }

  private name(): string {
    const { xml } = this;
    const start = this.at;
    let end = start;
    // ASCII names (all of SpreadsheetML's) by character codes; others by the full pattern.
    while (NAME_ASCII[xml.charCodeAt(end)] === 1) end++;
    // A name up to the end of the text so far may go on in the next chunk.
    if (end === xml.length) this.more();
    // Non-ASCII in the name, or a first character a name cannot start with (digit, ".", "-").
    if (end === start || xml.charCodeAt(end) >= 0x80 || xml.charCodeAt(start) <= 0x39) {
      NAME.lastIndex = start;
      const match = NAME.exec(xml);
      if (!match) throw new XmlError("name expected");
      end = start + match[0].length;
      if (end === xml.length) this.more();
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
    if (this.at === this.xml.length) this.more();
    return this.at > start;
  }

  private run(): void {
    const { xml } = this;
    let markup = 0;
    try {
      while (this.at < xml.length) {
        const lt = xml.indexOf("<", this.at);
        if (lt < 0 && !this.final) {
          this.textSoFar();
          break;
        }
        const end = lt < 0 ? xml.length : lt;
        this.work.steps += end - this.at + 1;
        if (end > this.at) this.text(xml.slice(this.at, end));
        if (lt < 0) break;
        this.at = markup = lt;
        // Markup cut by the end of the text so far is usually seen here, without the exception
        // (one thrown for each chunk made reading a sheet in chunks 1.5 times as slow).
        if (!this.final && xml.length - lt < NEAR_END && xml.indexOf(">", lt) < 0) break;
        if (lt + 1 === xml.length) this.more();
        const next = xml.charCodeAt(lt + 1);
        if (next === 0x3f /* ? */) this.instruction();
        else if (next === 0x21 /* ! */) this.declaration();
        else if (next === 0x2f /* / */) this.endTag();
        else this.startTag();
      }
    } catch (error) {
      if (error !== MORE_TEXT_NEEDED) throw error;
      this.at = markup;
    }
  }

  /** Text up to the end of the text so far, but for a tail that may be the start of an entity
   * or of a "]]>" going on in the next chunk (it stays unread, to be read with it). */
  private textSoFar(): void {
    const { xml } = this;
    let cut = xml.length;
    for (let index = cut - 1; index >= Math.max(this.at, cut - LONGEST_ENTITY); index--) {
      if (xml.charCodeAt(index) === 0x26 /* & */) {
        cut = index;
        break;
      }
    }
    for (let kept = 0; kept < 2 && cut > this.at && xml.charCodeAt(cut - 1) === 0x5d; kept++) cut--;
    this.work.steps += xml.length - this.at;
    if (cut > this.at) this.text(xml.slice(this.at, cut));
    this.at = cut;
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
    if (target.toLowerCase() === "xml" && (target !== "xml" || this.base + this.at !== 5)) {
      throw new XmlError("misplaced XML declaration");
    }
    const end = this.find("?>", this.at, "processing instruction");
    if (end > this.at && !isSpace(this.xml.charCodeAt(this.at))) throw new XmlError("instruction");
    this.at = end + 2;
  }

  private declaration(): void {
    const { xml } = this;
    // Enough text to tell "<![CDATA[" from the rest.
    if (this.at + 9 > xml.length) this.more();
    if (xml.startsWith("<!--", this.at)) {
      const end = this.find("--", this.at + 4, "comment");
      if (end + 3 > xml.length) this.more();
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
    this.handlers.close(localName(name), this.base + start, this.base + this.at);
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
      if (code === 0x2f && this.at + 1 === xml.length) this.more();
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
    this.handlers.open(local, attributes, this.base + start, this.base + this.at);
    if (selfClosing) this.handlers.close(local, this.base + start, this.base + this.at);
    else this.open.push(name);
  }
}

/** A part's text in chunks: called with a function it gives each chunk to, in order. */
export type TextChunks = (push: (chunk: string) => void) => void;

/** A part's text, whole or in chunks. */
export type XmlText = string | TextChunks;

/** Parses a part, calling the handlers in document order (the text handler may be called with
 * a text in pieces, which the handlers join). */
export function readXml(xml: XmlText, handlers: XmlHandlers, work: XmlWork = { steps: 0 }): void {
  const tokenizer = new Tokenizer(handlers, work);
  if (typeof xml === "string") {
    tokenizer.push(xml, true);
  } else {
    xml((chunk) => tokenizer.push(chunk, false));
    tokenizer.push("", true);
  }
}
