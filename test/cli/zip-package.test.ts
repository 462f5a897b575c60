// Packages saved by zip-package open in another zip reader, with both deflates.
import { strToU8 } from "fflate";
import JSZip from "jszip";
import { deflateRawSync } from "zlib";
import { deflateInJavaScript, openPackage, savePackage } from "../../src/xlsx/zip-package";

describe("saving a package", () => {
  const parts = {
    "[Content_Types].xml": strToU8("<Types/>"),
    "xl/": new Uint8Array(),
    "xl/worksheets/sheet1.xml": strToU8("<worksheet>" + "มาตรการ ".repeat(2000) + "</worksheet>"),
  };

  it.each([
    ["fflate's deflate", deflateInJavaScript],
    ["Node's zlib", (data: Uint8Array) => new Uint8Array(deflateRawSync(data))],
  ])("writes a zip another reader opens with matching checksums, with %s", async (_, deflate) => {
    const bytes = savePackage(parts, deflate);
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(["[Content_Types].xml", "xl/worksheets/sheet1.xml"]);
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).toBe(
      new TextDecoder().decode(parts["xl/worksheets/sheet1.xml"])
    );
    expect(bytes.length).toBeLessThan(parts["xl/worksheets/sheet1.xml"].length / 10);
    expect(Object.keys(openPackage(bytes))).toEqual(Object.keys(zip.files));
  });
});
