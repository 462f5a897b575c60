// The .xlsx reader bundled by webpack for the browser (no Node polyfills, as the pane bundles
// it) reads a plan in Chromium with fflate's inflate and its own CRC-32: the same grid as the
// command line's reader (Node's zlib) reads, and a damaged file refused the same way.
import { readFileSync } from "fs";
import { join, resolve } from "path";
import { Browser, chromium } from "playwright-core";
import webpack from "webpack";
import { workbookFromBytes } from "../../src/xlsx/xlsx-reader";
import { inflateWithZlib } from "../../src/xlsx/zlib-inflate";
import { planPackage, planSheetXml } from "../support/raw-package";
import { scratchDirectory } from "../support/xlsx-fixtures";
import { CHROMIUM_ARGS } from "./support/pane-browser";

const root = resolve(__dirname, "../..");
const output = scratchDirectory();

function bundleReader(): Promise<string[]> {
  const compiler = webpack({
    mode: "production",
    target: "web",
    entry: join(root, "src/xlsx/xlsx-reader.ts"),
    output: { path: output, filename: "reader.js", library: { type: "var", name: "Reader" } },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [{ test: /\.ts$/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
    },
  });
  return new Promise((done, fail) =>
    compiler.run((error, stats) => {
      if (error || !stats) return fail(error);
      const { errors = [], warnings = [] } = stats.toJson({ errors: true, warnings: true });
      done([...errors, ...warnings].map((each) => each.message));
    })
  );
}

let browser: Browser;
let problems: string[];

beforeAll(async () => {
  problems = await bundleReader();
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** The plan sheet's grid as the bundled reader reads the bytes in Chromium, or its refusal. */
async function readInBrowser(bytes: Uint8Array): Promise<unknown> {
  const page = await browser.newPage();
  await page.setContent("<!doctype html><title>reader</title>");
  await page.addScriptTag({ content: readFileSync(join(output, "reader.js"), "utf8") });
  const result = await page.evaluate((data) => {
    const reader = (window as unknown as { Reader: typeof import("../../src/xlsx/xlsx-reader") })
      .Reader;
    try {
      const file = reader.workbookFromBytes(Uint8Array.from(data), "plan.xlsx");
      return { values: file.grid(reader.choosePlanSheet(file, undefined)).values };
    } catch (error) {
      return { refused: (error as { reason?: string }).reason ?? String(error) };
    }
  }, Array.from(bytes));
  await page.close();
  return result;
}

describe("the .xlsx reader in the browser", () => {
  it("bundles for the browser without errors or warnings", () => {
    expect(problems).toEqual([]);
  });

  it("reads a plan in Chromium as the command line reads it", async () => {
    const bytes = planPackage(planSheetXml(40));
    const file = workbookFromBytes(bytes, "plan.xlsx", inflateWithZlib);
    const expected = file.grid("แผน").values;
    expect(expected).toHaveLength(41);
    expect(await readInBrowser(bytes)).toEqual({ values: expected });
  });

  it("refuses a damaged file in Chromium as the command line does", async () => {
    const crc = planPackage(planSheetXml(3), {
      replace: { "xl/worksheets/sheet1.xml": { crc: 1234 } },
    });
    expect(await readInBrowser(crc)).toEqual({ refused: "corrupt" });
  });
});
