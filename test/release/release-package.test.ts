// The release package as an IT officer receives it: built for the organisation's URL, nothing
// pointing at the development server, the install guide in both languages, one version number.
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { XMLValidator } from "fast-xml-parser";
import { unzipSync } from "fflate";
import { tmpdir } from "os";
import { basename, join } from "path";
import { buildPackage } from "../../scripts/package";

const URL_GIVEN = "https://ita.example.go.th/ita/";
const { version } = JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8"));

describe("npm run package", () => {
  const out = mkdtempSync(join(tmpdir(), "ita-package-"));
  let zipName = "";
  let files: Record<string, Uint8Array> = {};
  const text = (name: string) => new TextDecoder().decode(files[name]);
  const prefix = `ita-tracker-${version}`;

  beforeAll(() => {
    const zip = buildPackage(URL_GIVEN, out);
    zipName = basename(zip);
    files = unzipSync(readFileSync(zip));
  }, 180_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("is named with the version that the manifest and the pane carry", () => {
    expect(zipName).toBe(`${prefix}.zip`);
    expect(text(`${prefix}/manifest.xml`)).toContain(`<Version>${version}.0</Version>`);
    expect(text(`${prefix}/site/taskpane.js`)).toContain(`"${version}"`);
  });

  it("holds a well-formed manifest whose every URL is under the given URL and in the package", () => {
    const manifest = text(`${prefix}/manifest.xml`);
    expect(XMLValidator.validate(manifest)).toBe(true);
    expect(text(`${prefix}/site/manifest.xml`)).toBe(manifest);
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      expect(url.startsWith(URL_GIVEN)).toBe(true);
      expect(Object.keys(files)).toContain(`${prefix}/site/${url.slice(URL_GIVEN.length)}`);
    }
    expect(manifest).toContain("<AppDomain>https://ita.example.go.th</AppDomain>");
  });

  it("names no development server anywhere", () => {
    const withLocalhost = Object.keys(files).filter((name) => text(name).includes("localhost"));
    expect(withLocalhost).toEqual([]);
  });

  it("has the install guide in Thai and English, for the IT officer and the clerk", () => {
    const thai = text(`${prefix}/guide/install-th.html`);
    const english = text(`${prefix}/guide/install-en.html`);
    for (const guide of [thai, english]) {
      expect(guide).toContain(`${URL_GIVEN}help.html`);
      // The IT officer's second check: the pane's own page at the address the manifest names.
      expect(guide).toContain(`${URL_GIVEN}taskpane.html`);
      expect(guide).toContain("Upload My Add-in");
      expect(guide).toContain("wef");
      for (const [, image] of guide.matchAll(/<img src="([^"]+)"/g))
        expect(Object.keys(files)).toContain(`${prefix}/guide/${image}`);
    }
    expect(thai).toContain("ศูนย์ความเชื่อถือ");
    expect(english).toContain("Trusted Add-in Catalogs");
  });
});
