// npm start / npm run start:web: sideloads manifest.xml into Excel with office-addin-debugging.
// Where Office cannot sideload (Linux has no desktop Excel, and the tool refuses it), one line
// says so and what to do instead, rather than the tool's stack of errors.
const { spawnSync } = require("child_process");

/** The one line for a platform where desktop Excel cannot be sideloaded; null where it can. */
function sideloadRefusal(platform, args) {
  if (platform !== "linux" || args.includes("web")) return null;
  return "No desktop Excel can be sideloaded on Linux: try the add-in here with `npm run playground` (the pane on an in-memory workbook, in any browser), or host it with `npm run package -- --url https://<site>/ita/` and upload its manifest in Excel on the web (README: Release for an organisation).";
}

function start(args) {
  const refusal = sideloadRefusal(process.platform, args);
  if (refusal) {
    console.error(refusal);
    return 1;
  }
  const result = spawnSync(
    process.execPath,
    [require.resolve("office-addin-debugging/cli.js"), "start", "manifest.xml", ...args],
    { stdio: "inherit" }
  );
  return result.status ?? 1;
}

if (require.main === module) process.exit(start(process.argv.slice(2)));

module.exports = { sideloadRefusal };
