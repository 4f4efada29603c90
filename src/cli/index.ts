#!/usr/bin/env node
// The launcher: turn on Node's compile cache (Node >= 22.1; in a directory of this user's own)
// before the rest of the CLI is loaded, so later runs skip compiling it. The CLI itself is
// run.ts; NODE_DISABLE_COMPILE_CACHE=1 turns the cache off. Started again as a worker of the
// prepare pool, this file runs that worker instead.
import { enableCompileCache } from '../sources/compile-cache.js';
import { isPrepareWorker, offerWorkerEntry } from '../app/worker-entry.js';

enableCompileCache();
void isPrepareWorker()
  .then(async (worker) => {
    if (worker) {
      await import('../app/prepare-worker.js');
      return;
    }
    offerWorkerEntry(process.argv[1]);
    await import('./run.js');
  })
  .catch((err: unknown) => {
    process.stderr.write(
      `internal error [INTERNAL]: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exitCode = 4;
  });
