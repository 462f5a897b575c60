// npm run package -- --url https://<the organisation's site>/ita/ [--out DIR]
// Builds the production pane for that URL and writes one zip, ita-tracker-<version>.zip:
//   site/          the files to put under the URL (its manifest.xml too)
//   manifest.xml   for the clerks or the Microsoft 365 admin; every URL in it starts with --url
//   guide/         the install guide, Thai and English, with its pictures
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
import { installGuide } from "./install-guide";
const { checkAddinUrl } = require("./manifest-url");

const root = resolve(__dirname, "..");
const GUIDE_IMAGES = ["pane-progress-th.png"];

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

export function buildPackage(url: string, outDir: string): string {
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
    const entries: Record<string, Uint8Array> = {};
    for (const file of filesUnder(site))
      entries[`${prefix}/site/${relative(site, file).split("\\").join("/")}`] = readFileSync(file);
    entries[`${prefix}/manifest.xml`] = readFileSync(join(site, "manifest.xml"));
    for (const language of ["th", "en"] as const) {
      const html = installGuide(language, { url, version });
      entries[`${prefix}/guide/install-${language}.html`] = new TextEncoder().encode(html);
    }
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
  try {
    console.log(`Wrote ${buildPackage(url, resolve(option(args, "--out") ?? "."))}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}
