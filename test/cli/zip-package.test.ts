// Packages written by zip-package open in another zip reader, with both deflates, including a
// part long enough to be compressed in several pieces that must join into one stream.
import JSZip from "jszip";
import { deflateWithZlib } from "../../src/cli/zlib-deflate";
import { deflateInJavaScript, PackageWriter } from "../../src/xlsx/zip-package";

const SHORT = "<Types/>";
// Rows of about 1,000 characters, past the writer's piece size several times over.
const rows = Array.from(
  { length: 1_500 },
  (_, n) => `<row r="${n + 1}">${"มาตรการ ".repeat(120)}</row>`
);

describe("writing a package", () => {
  it.each([
    ["fflate's deflate", deflateInJavaScript],
    ["Node's zlib in pieces and its CRC-32", deflateWithZlib],
  ])("writes a zip another reader opens with matching checksums, with %s", async (_, deflate) => {
    const writer = new PackageWriter(deflate);
    writer.add("[Content_Types].xml", SHORT);
    writer.add("xl/worksheets/sheet1.xml", ["<worksheet>", ...rows, "</worksheet>"]);
    const bytes = writer.finish();
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(["[Content_Types].xml", "xl/worksheets/sheet1.xml"]);
    expect(await zip.file("[Content_Types].xml")!.async("string")).toBe(SHORT);
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).toBe(["<worksheet>", ...rows, "</worksheet>"].join(""));
    expect(bytes.length).toBeLessThan(sheet.length / 10);
  });
});
