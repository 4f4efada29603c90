#!/usr/bin/env node
// The launcher: turn on Node's compile cache (Node >= 22.1; in a directory of this user's own)
// and the chunk loader (its code cache keeps what a run compiled, on every Node) before the rest
// of the CLI is loaded, so later runs skip compiling it. The CLI itself is
// run.ts; NODE_DISABLE_COMPILE_CACHE=1 turns the cache off. Started again as a worker of the
// prepare pool, this file runs that worker instead.
import { realpathSync } from 'node:fs';
import { installChunkLoader } from '../sources/chunk-loader.js';
import { chunkCacheDir, enableCompileCache } from '../sources/compile-cache.js';
import { isPrepareWorker, offerWorkerEntry } from '../app/worker-entry.js';

enableCompileCache();
// The chunks lie next to this file (argv[1] may be a link to it: npm's bin); the single
// executable has none, and the loader declines.
try {
  installChunkLoader(realpathSync(process.argv[1] ?? ''), chunkCacheDir());
} catch {
  // Not a file (the single executable): chunks, if any, load as modules.
}
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
