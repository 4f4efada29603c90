#!/usr/bin/env node
// The launcher: turn on Node's compile cache (Node >= 22.1; absent on Node 20, where this does
// nothing) before the rest of the CLI is loaded, so later runs skip compiling it. The CLI
// itself is run.ts; NODE_DISABLE_COMPILE_CACHE=1 turns the cache off (Node reads it). Started
// again as a worker of the prepare pool, this file runs that worker instead.
import module from 'node:module';
import { isPrepareWorker, offerWorkerEntry } from '../app/worker-entry.js';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
if (isPrepareWorker()) void import('../app/prepare-worker.js');
else {
  offerWorkerEntry(process.argv[1]);
  import('./run.js').catch((err: unknown) => {
    process.stderr.write(
      `internal error [INTERNAL]: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exitCode = 4;
  });
}
