// The tokenizer's work is linear in a part's length on adversarial input: the characters it
// searches or examines (its steps, counted as it goes, also when it gives up) are compared with
// the input's length at two sizes, instead of timing it.
import { readXml, XmlWork } from "../../src/xlsx/xml-reader";

const IGNORE = { open: () => undefined, close: () => undefined, text: () => undefined };

function stepsPerCharacter(xml: string): number {
  const work: XmlWork = { steps: 0 };
  try {
    readXml(xml, IGNORE, work);
  } catch {
    // Most of these inputs are malformed: the work done until refusing them is what counts.
  }
  return work.steps / xml.length;
}

const ADVERSARIAL: [string, (n: number) => string][] = [
  ["unterminated tags", (n) => `<a>${"<c r='1' ".repeat(n)}`],
  ["an unterminated attribute value", (n) => `<a b="${"x".repeat(n)}`],
  ["many attributes", (n) => `<a ${Array.from({ length: n }, (_, i) => `a${i}="1"`).join(" ")}/>`],
  ["entities", (n) => `<a>${"&amp;&#x0E01;".repeat(n)}</a>`],
  ["ampersands far from a semicolon", (n) => `<a>${"&".repeat(n)};</a>`],
  ["comment openers", (n) => `<a>${"<!--".repeat(n)}</a>`],
  ["CDATA openers", (n) => `<a>${"<![CDATA[".repeat(n)}</a>`],
  ["nested elements", (n) => `${"<b>".repeat(n)}${"</b>".repeat(n)}`],
  ["many empty elements", (n) => `<a>${"<b/>".repeat(n)}</a>`],
  ["instruction openers", (n) => `<a>${"<?p ".repeat(n)}</a>`],
];

describe("the XML tokenizer is linear", () => {
  it.each(ADVERSARIAL)("on %s", (_, make) => {
    const small = stepsPerCharacter(make(1_000));
    const large = stepsPerCharacter(make(64_000));
    expect(large).toBeLessThanOrEqual(3);
    // Quadratic work would make the larger input 64 times as costly per character.
    expect(large).toBeLessThanOrEqual(small * 1.1 + 0.05);
  });
});

describe("attributes", () => {
  it("reads names that objects have built in as ordinary attributes, and flags control characters", () => {
    const seen: Record<string, string>[] = [];
    const handlers = {
      ...IGNORE,
      open: (_: string, attributes: Record<string, string>) => seen.push(attributes),
    };
    readXml(`<a constructor="1" toString="2" b="x&amp;y" c="1\t2"/>`, handlers);
    expect(seen).toEqual([{ constructor: "1", toString: "2", b: "x&y", c: "1 2" }]);
    expect(() => readXml(`<a b="1\u0001"/>`, handlers)).toThrow("forbidden character");
    expect(() => readXml(`<a b="1\uFFFE"/>`, handlers)).toThrow("forbidden character");
    expect(() => readXml(`<a>x\uFFFF</a>`, handlers)).toThrow("forbidden character");
    expect(() => readXml(`<a>]]></a>`, handlers)).toThrow("]]> in text");
  });
});
