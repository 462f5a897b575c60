#!/usr/bin/env node
// Runs the compiled command line (npm run build:cli writes lib/).
const { runCli } = require("../lib/cli/main.js");

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  today: new Date(),
}).then((code) => {
  process.exitCode = code;
});
