// Offline checks of manifest.xml (Microsoft's validation service needs the internet: npm run validate).
import { existsSync, readFileSync } from "fs";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { join } from "path";
const { rewriteManifestUrls } = require("../../scripts/manifest-url");

const root = join(__dirname, "../..");
const manifestText = readFileSync(join(root, "manifest.xml"), "utf8");
const parser = new XMLParser({
  ignoreAttributes: false,
  preserveOrder: true,
  attributeNamePrefix: "",
});

type Node = Record<string, Node[] | Record<string, string>> & { ":@"?: Record<string, string> };

function tagOf(node: Node): string {
  return Object.keys(node).find((key) => key !== ":@") ?? "";
}

function walk(
  nodes: Node[],
  visit: (tag: string, attributes: Record<string, string>) => void
): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    visit(tag, node[":@"] ?? {});
    const children = node[tag];
    if (Array.isArray(children)) walk(children, visit);
  }
}

const document = parser.parse(manifestText) as Node[];
const officeApp = document.find((node) => tagOf(node) === "OfficeApp") as Node;
const topLevel = (officeApp.OfficeApp as Node[]).map(tagOf).filter((tag) => tag !== "#text");

function allAttributes(): { tag: string; attributes: Record<string, string> }[] {
  const found: { tag: string; attributes: Record<string, string> }[] = [];
  walk(document, (tag, attributes) => found.push({ tag, attributes }));
  return found;
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(XMLValidator.validate(manifestText)).toBe(true);
  });

  it("keeps the top-level elements in the schema's order", () => {
    const schemaOrder = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    expect(topLevel).toEqual(schemaOrder);
  });

  it("has a GUID id, Thai by default and the core ExcelApi requirement", () => {
    const id = /<Id>([^<]+)<\/Id>/.exec(manifestText)?.[1];
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(manifestText).toContain("<DefaultLocale>th-TH</DefaultLocale>");
    expect(manifestText).toContain('<Set Name="ExcelApi" MinVersion="1.9"/>');
  });

  it("defines every resid it uses, and every string has an English override", () => {
    const attributes = allAttributes();
    const used = new Set(attributes.map((a) => a.attributes.resid).filter(Boolean));
    const defined = new Set(
      attributes
        .filter((a) => ["bt:Image", "bt:Url", "bt:String"].includes(a.tag))
        .map((a) => a.attributes.id)
    );
    expect([...used].filter((id) => !defined.has(id))).toEqual([]);
    const strings =
      manifestText.match(
        /<bt:String id="[^"]+" DefaultValue="[^"]+">\s*<bt:Override Locale="en-US"/g
      ) ?? [];
    const allStrings = manifestText.match(/<bt:String id=/g) ?? [];
    expect(strings.length).toBe(allStrings.length);
  });

  it("points every URL at a file the production build emits", () => {
    expect(existsSync(join(root, "dist/taskpane.html"))).toBe(true);
    const urls = allAttributes()
      .map((a) => a.attributes.DefaultValue)
      .filter((value) => value?.startsWith("https://localhost:3000/"));
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      const file = join(root, "dist", new URL(url).pathname);
      expect(`${url}: ${existsSync(file)}`).toBe(`${url}: true`);
    }
  });

  it("has the icons at the sizes it declares", () => {
    const images = allAttributes().filter((a) => a.tag === "bt:Image" && a.attributes.DefaultValue);
    for (const { attributes } of images) {
      const size = Number(/-(\d+)\.png$/.exec(attributes.DefaultValue)?.[1]);
      expect(pngSize(join(root, new URL(attributes.DefaultValue).pathname))).toEqual({
        width: size,
        height: size,
      });
    }
    expect(pngSize(join(root, "assets/icon-64.png"))).toEqual({ width: 64, height: 64 });
    expect(pngSize(join(root, "assets/icon-128.png"))).toEqual({ width: 128, height: 128 });
  });

  it("is rewritten to the production URL given at build time", () => {
    const rewritten = rewriteManifestUrls(manifestText, "https://ita.example.go.th/addin/");
    expect(rewritten).not.toContain("localhost");
    expect(rewritten).toContain('DefaultValue="https://ita.example.go.th/addin/taskpane.html"');
    expect(rewritten).toContain("<AppDomain>https://ita.example.go.th</AppDomain>");
    expect(() => rewriteManifestUrls(manifestText, "http://insecure.example/")).toThrow(/https/);
  });
});
