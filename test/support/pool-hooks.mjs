// Preloaded (node --import) into the built CLI or action by test/pool.e2e.test.ts; runs in
// every thread, acts only in workers of the prepare pool: says it started (so a test knows the
// pool ran); with POOL_TEST_EXIT_AFTER=N it ends its thread after answering N files (a worker
// dying mid-run); with POOL_TEST_DEAF=1 it listens first, so the worker never sees a file and
// never answers (a stuck worker). Never shipped.
import { writeSync } from 'node:fs';
import process from 'node:process';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';

if (!isMainThread && parentPort && workerData?.role === 'verify-provenance/prepare') {
  writeSync(2, 'pool-hooks: worker started\n');
  const port = parentPort;
  const after = Number(process.env.POOL_TEST_EXIT_AFTER ?? 0);
  if (after > 0) {
    const post = port.postMessage.bind(port);
    let answered = 0;
    port.postMessage = (message) => {
      post(message);
      if (++answered !== after) return;
      writeSync(2, 'pool-hooks: worker exits\n');
      process.exit(9);
    };
  }
  if (process.env.POOL_TEST_DEAF === '1') port.on('message', () => undefined);
}
