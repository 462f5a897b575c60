// A part read in chunks as it is inflated (issue 16) gives the tokens the whole part gives, where
// ever the chunks split it: inside a multi-byte Thai character, a tag, an attribute value, an
// entity, a comment or a "]]>"; a fault is the same fault; and the work stays linear when a text
// or a tag runs on over many chunks.
import { LIMITS } from "../../src/xlsx/limits";
import { PartTextDecoder } from "../../src/xlsx/part-text";
import { readXml, TextChunks, XmlHandlers, XmlWork } from "../../src/xlsx/xml-reader";

const SIZES = [1, 7, 64, 1024 * 1024];

/** Every handler call, with consecutive texts joined (the handlers join a text given in pieces). */
function tokens(xml: string | TextChunks): unknown[] {
  const seen: unknown[] = [];
  const handlers: XmlHandlers = {
    open: (name, attributes, start, end) => seen.push(["open", name, attributes, start, end]),
    close: (name, start, end) => seen.push(["close", name, start, end]),
    text(text) {
      const last = seen[seen.length - 1];
      if (Array.isArray(last) && last[0] === "text") last[1] += text;
      else seen.push(["text", text]);
    },
  };
  readXml(xml, handlers);
  return seen;
}

/** The part's bytes pushed `size` bytes at a time through the decoder, as the reader does. */
function inChunks(bytes: Uint8Array, size: number): TextChunks {
  return (push) => {
    const decoder = new PartTextDecoder(push);
    for (let at = 0; at < bytes.length; at += size) decoder.push(bytes.subarray(at, at + size));
    decoder.end();
  };
}

const utf8 = (text: string) => new TextEncoder().encode(text);

const PART =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<worksheet xmlns="main" xmlns:r="rel"><!-- a comment - with a dash -->` +
  `<sheetData><row r="1" spans="1:3"><c r="A1" t="inlineStr"><is><t>มาตรการส่งเสริมคุณธรรม 😀</t></is></c>` +
  `<c r="B1" t="str"><v>ค่า &amp; &#x0E01;&#3585; &lt;ก&gt; ]] ]&gt;</v></c>` +
  `<c r="C1" s='2' r:id="a&gt;b"  ><v><![CDATA[<ไม่ใช่แท็ก> ]]></v></c></row>` +
  `<?instruction with data?><row r="2"><c r="A2"><v>1.5</v></c></row></sheetData>` +
  `<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>\n`;

describe("a part read in chunks", () => {
  const whole = tokens(PART);

  it("has Thai characters split between chunks in the chunks of 7 bytes", () => {
    // The test is only worth its name if the chunks cut a Thai character (3 bytes in UTF-8).
    const bytes = utf8(PART);
    const splits = Array.from({ length: Math.floor(bytes.length / 7) }, (_, n) => (n + 1) * 7);
    expect(splits.some((at) => bytes[at] >= 0x80 && bytes[at] < 0xc0)).toBe(true);
    expect(
      splits.some((at) => PART.slice(0, at).lastIndexOf("<") > PART.slice(0, at).lastIndexOf(">"))
    ).toBe(true);
  });

  it.each(SIZES)(
    "gives the whole part's tokens, positions included, in chunks of %i bytes",
    (size) => {
      expect(tokens(inChunks(utf8(PART), size))).toEqual(whole);
    }
  );

  it.each(SIZES)("reads a UTF-16 part with its byte-order mark in chunks of %i bytes", (size) => {
    const bytes = new Uint8Array(2 + PART.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let index = 0; index < PART.length; index++) {
      bytes[2 + index * 2] = PART.charCodeAt(index) & 0xff;
      bytes[3 + index * 2] = PART.charCodeAt(index) >> 8;
    }
    expect(tokens(inChunks(bytes, size))).toEqual(whole);
  });

  it.each([
    ["]]> in text split between chunks", "<a>x ]]> y</a>"],
    ["an entity cut by the end", "<a>x &am</a>"],
    ["an unknown entity", "<a>x &nbsp; y</a>"],
    ["an unterminated attribute", '<a b="1></a>'],
    ["a comment with --", "<a><!-- x -- y --></a>"],
    ["a declaration past the start", ' <?xml version="1.0"?><a/>'],
    ["a DTD", "<!DOCTYPE a><a/>"],
    ["a mismatched end tag", "<a><b></a></b>"],
    ["an unclosed element", "<a><b></b>"],
    ["text after the root", "<a/>x"],
    ["a name cut by the end", "<a><bb"],
  ])("refuses %s with the whole part's fault", (_, xml) => {
    const fault = (() => {
      try {
        tokens(xml);
      } catch (error) {
        return (error as Error).message;
      }
      return "none";
    })();
    expect(fault).not.toBe("none");
    for (const size of SIZES) expect(() => tokens(inChunks(utf8(xml), size))).toThrow(fault);
  });

  it("refuses bytes that are not UTF-8, also when the bad byte ends the last chunk", () => {
    const cut = new Uint8Array([...utf8("<a>x</a>"), 0xe0, 0xb8]);
    expect(() => tokens(inChunks(cut, 3))).toThrow("encoding");
  });
});

/** Characters searched or examined per character of the part, pushed in chunks of 4 KB. */
function chunkedSteps(xml: string): number {
  const work: XmlWork = { steps: 0 };
  const chunks: TextChunks = (push) => {
    for (let at = 0; at < xml.length; at += 4096) push(xml.slice(at, at + 4096));
  };
  try {
    readXml(chunks, { open: () => undefined, close: () => undefined, text: () => undefined }, work);
  } catch {
    // Malformed or past a limit: the work done until refusing it is what counts.
  }
  return work.steps / xml.length;
}

describe("reading in chunks stays linear", () => {
  it.each([
    ["text without <", (n: number) => `<a>${"x".repeat(n)}</a>`],
    ["text of ] without >", (n: number) => `<a>${"]".repeat(n)}</a>`],
    ["an unterminated attribute value", (n: number) => `<a b="${"x".repeat(n)}`],
    ["a long comment", (n: number) => `<a><!--${"x".repeat(n)}--></a>`],
    ["unterminated tags", (n: number) => `<a>${"<c r='1' ".repeat(n / 10)}`],
    [
      "many attributes",
      (n: number) => `<a ${Array.from({ length: n / 8 }, (_, i) => `a${i}="1"`).join(" ")}/>`,
    ],
  ])("on %s", (_, make) => {
    const small = chunkedSteps(make(50_000));
    const large = chunkedSteps(make(800_000));
    expect(large).toBeLessThanOrEqual(6);
    // Rereading a pending run from its start each chunk would make the larger 16 times as costly.
    expect(large).toBeLessThanOrEqual(small * 1.5 + 0.1);
  });

  it("refuses a tag longer than the limit, while it is still coming", () => {
    let pushed = 0;
    const endless: TextChunks = (push) => {
      push('<a b="');
      for (; pushed < 3 * LIMITS.markupBytes; pushed += 4096) push("x".repeat(4096));
      push('"/>');
    };
    expect(() => tokens(endless)).toThrow(expect.objectContaining({ limit: "markupBytes" }));
    expect(pushed).toBeLessThanOrEqual(2 * LIMITS.markupBytes + 4096);
  });
});
