#!/usr/bin/env node
// Runs the compiled command line (npm run build:cli writes lib/).
const { runCli } = require("../lib/cli/main.js");

// Output piped into a program that stops reading (| head): stop quietly, as command-line tools do.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  today: new Date(),
}).then((code) => {
  process.exitCode = code;
});
