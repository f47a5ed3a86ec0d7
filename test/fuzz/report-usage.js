// Preloaded into a measured process (node --require): at exit, writes its peak resident set size and CPU time
// as JSON to the file named by MI_LINT_USAGE_OUT. This is what /usr/bin/time reports, from inside Node.
'use strict';
const fs = require('fs');
const out = process.env.MI_LINT_USAGE_OUT;
if (out) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    fs.writeFileSync(out, JSON.stringify({ maxRssKB: u.maxRSS, userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000 }));
  });
}
