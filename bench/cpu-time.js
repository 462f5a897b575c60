// Preloaded (node --require) into the start-up benchmark's runs: prints the process's CPU time
// (user and system, µs) when it exits. It says what a start costs even when other work shares
// the machine and stretches the wall time.
process.on("exit", () => {
  const usage = process.resourceUsage();
  process.stderr.write(`cpu-us ${usage.userCPUTime + usage.systemCPUTime}\n`);
});
