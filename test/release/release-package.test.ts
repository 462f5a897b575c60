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

  beforeAll(async () => {
    const zip = await buildPackage(URL_GIVEN, out);
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

  it("gives every reader the step they would miss: the share's full path, the dialog's tab, the hidden Mac folder, the admin's link", () => {
    for (const language of ["th", "en"]) {
      const guide = text(`${prefix}/guide/install-${language}.html`);
      // The IT officer's own part holds the shared folder (clerks cannot make it themselves).
      const itPart = guide.slice(guide.indexOf('id="part-1"'), guide.indexOf('id="part-2"'));
      expect(itPart).toContain("\\\\server\\ita-addin");
      // Windows' Trust Center names in English too (many offices run English Office), the
      // network path and not a mapped drive letter, Show in Menu, and Refresh when it is not listed.
      expect(guide).toContain(
        "File &gt; Options &gt; Trust Center &gt; Trust Center Settings &gt; Trusted Add-in Catalogs"
      );
      expect(guide).toContain("Show in Menu");
      expect(guide).toContain("Refresh");
      // Excel on the web: the dialog's tab where Upload My Add-in is, and that an upload stays in one browser.
      expect(guide).toContain("MY ADD-INS");
      // Mac: ~/Library is hidden in Finder.
      expect(guide).toContain("Go to Folder");
      // The Microsoft 365 admin can give the manifest's address instead of a file.
      expect(guide).toContain(`${URL_GIVEN}manifest.xml`);
    }
  });

  it("carries the plan template for Office 2016 and 2019, which the guide hands to those users", () => {
    const template = files[`${prefix}/template/ita-plan-template.xlsx`];
    expect(template).toBeDefined();
    const parts = unzipSync(template);
    const book = new TextDecoder().decode(parts["xl/workbook.xml"]);
    expect(book).toContain("ITA_FiscalYear");
    for (const language of ["th", "en"]) {
      const guide = text(`${prefix}/guide/install-${language}.html`);
      const part = guide.slice(guide.indexOf("2016"));
      expect(part).toContain("template/ita-plan-template.xlsx");
    }
  });
});
