// Benchmark-only, preloaded into the timed careaudit process (node --require): on exit, writes the process's own
// CPU time and peak RSS (getrusage) to $BENCH_USAGE_FILE. CPU time is the figure that survives a busy machine.
'use strict';
const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    require('node:fs').writeFileSync(file, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKb: u.maxRSS }));
  });
}
