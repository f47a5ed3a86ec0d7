// The mi-lint executable. Sets process.exitCode instead of calling process.exit(), so stdout always drains.

import { isMainThread } from 'worker_threads';
import { main } from './main';

// In a lint worker (pool.ts) this bundle only serves lint requests.
if (isMainThread) main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`mi-lint: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
