// npm run package -- --url https://<the organisation's site>/ita/ [--out DIR]
// Builds the production pane for that URL and writes one zip, ita-tracker-<version>.zip:
//   site/          the files to put under the URL (its manifest.xml too)
//   manifest.xml   for the clerks or the Microsoft 365 admin; every URL in it starts with --url
//   guide/         the install guide, Thai and English, with its pictures
//   template/      the plan template workbook, for Office 2016/2019, which cannot run the add-in
import { execFileSync } from "child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "fs";
import { zipSync } from "fflate";
import { tmpdir } from "os";
import { join, relative, resolve } from "path";
import { templateFile } from "../src/cli/template-command";
import { installGuide } from "./install-guide";
const { checkAddinUrl } = require("./manifest-url");

const root = resolve(__dirname, "..");
const GUIDE_IMAGES = ["pane-progress-th.png", "pane-step-plan-th.png"];

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The plan template as `ita-tracker template` writes it (TRUE/FALSE drop-downs, the settings
 * sheet, the progress formulas: all of it works in Excel 2016 and 2019 without the add-in). */
async function templateBytes(folder: string): Promise<Uint8Array> {
  const file = join(folder, "ita-plan-template.xlsx");
  await templateFile({ output: file, example: false, force: true }, new Date());
  return readFileSync(file);
}

export async function buildPackage(url: string, outDir: string): Promise<string> {
  checkAddinUrl(url);
  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const site = mkdtempSync(join(tmpdir(), "ita-site-"));
  try {
    execFileSync(
      process.execPath,
      [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"],
      {
        cwd: root,
        env: { ...process.env, ADDIN_URL: url, ADDIN_DIST: site },
        stdio: ["ignore", "ignore", "inherit"],
      }
    );
    const prefix = `ita-tracker-${version}`;
    const built = filesUnder(site);
    const entries: Record<string, Uint8Array> = {};
    for (const file of built)
      entries[`${prefix}/site/${relative(site, file).split("\\").join("/")}`] = readFileSync(file);
    entries[`${prefix}/manifest.xml`] = readFileSync(join(site, "manifest.xml"));
    for (const language of ["th", "en"] as const) {
      const html = installGuide(language, { url, version });
      entries[`${prefix}/guide/install-${language}.html`] = new TextEncoder().encode(html);
    }
    entries[`${prefix}/template/ita-plan-template.xlsx`] = await templateBytes(site);
    for (const image of GUIDE_IMAGES)
      entries[`${prefix}/guide/images/${image}`] = readFileSync(join(root, "docs", image));
    mkdirSync(outDir, { recursive: true });
    const zip = join(outDir, `${prefix}.zip`);
    writeFileSync(zip, zipSync(entries, { level: 9 }));
    return zip;
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const url = option(args, "--url");
  if (!url) {
    console.error("Usage: npm run package -- --url https://<your site>/ita/ [--out DIR]");
    process.exit(2);
  }
  buildPackage(url, resolve(option(args, "--out") ?? ".")).then(
    (zip) => console.log(`Wrote ${zip}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(2);
    }
  );
}
