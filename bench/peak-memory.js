// Preloaded (node --require) into the command-line run the CLI benchmark starts: prints the
// process's peak memory when it exits.
process.on("exit", () => {
  process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
