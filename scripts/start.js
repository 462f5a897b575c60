// npm start / npm run start:web: sideloads manifest.xml into Excel with office-addin-debugging.
// Where Office cannot sideload (Linux has no desktop Excel, and the tool refuses it), one line
// says so and what to do instead, rather than the tool's stack of errors.
const { spawnSync } = require("child_process");

const args = process.argv.slice(2);
const toWeb = args.includes("web");
if (process.platform === "linux" && !toWeb) {
  console.error(
    "No desktop Excel can be sideloaded on Linux: host a build with `npm run package -- --url https://<site>/ita/` and upload its manifest in Excel on the web (README: Release for an organisation), or see the outputs with `npm run demo`."
  );
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  [require.resolve("office-addin-debugging/cli.js"), "start", "manifest.xml", ...args],
  { stdio: "inherit" }
);
process.exit(result.status ?? 1);
