// The entry (`runs.main` in action.yml): a launcher, as the CLI's. It turns on Node's compile
// cache (Node >= 22.1) and the chunk loader's code cache before the rest is loaded, except on a
// GitHub-hosted runner: that is a fresh machine each job, where a cache would only be written
// and never read. On a self-hosted runner a later run starts sooner.
// The cache is in a directory of this user's own; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
// Started again as a worker of the prepare pool, this file runs that worker instead.
import { fileURLToPath } from 'node:url';
import { installChunkLoader } from '../sources/chunk-loader.js';
import { chunkCacheDir, enableCompileCache } from '../sources/compile-cache.js';
import { isPrepareWorker, offerWorkerEntry } from '../app/worker-entry.js';

const hosted = process.env.RUNNER_ENVIRONMENT === 'github-hosted';
if (!hosted) enableCompileCache();
installChunkLoader(fileURLToPath(import.meta.url), hosted ? undefined : chunkCacheDir());
if (await isPrepareWorker()) void import('../app/prepare-worker.js');
else {
  offerWorkerEntry(process.argv[1]);
  // No exception can end the step green.
  const { failHard, run } = await import('./main.js');
  run().catch(async (err: unknown) => {
    await failHard(err);
  });
}
