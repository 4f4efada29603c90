// Preloaded (node --import) into the built CLI or action by test/pool.e2e.test.ts; runs in
// every thread, acts only in workers of the prepare pool: says it started (so a test knows the
// pool ran) and, with POOL_TEST_EXIT_AFTER=N, ends its thread on its Nth file (a worker dying
// mid-run). Never shipped.
import { writeSync } from 'node:fs';
import process from 'node:process';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';

if (!isMainThread && workerData?.role === 'verify-provenance/prepare') {
  writeSync(2, 'pool-hooks: worker started\n');
  const after = Number(process.env.POOL_TEST_EXIT_AFTER ?? 0);
  let seen = 0;
  if (after > 0)
    parentPort?.on('message', () => {
      if (++seen !== after) return;
      writeSync(2, 'pool-hooks: worker exits\n');
      process.exit(9);
    });
}
