// The entry (`runs.main` in action.yml): a launcher, as the CLI's. It turns on Node's compile
// cache (Node >= 22.1) before the rest is loaded, except on a GitHub-hosted runner: that is a
// fresh machine each job, where the cache would only be written (about 9 ms more on the README
// demo) and never read; on a self-hosted runner a later run starts about 19 ms sooner.
// The cache is in a directory of this user's own; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
// Started again as a worker of the prepare pool, this file runs that worker instead.
import { enableCompileCache } from '../sources/compile-cache.js';
import { isPrepareWorker, offerWorkerEntry } from '../app/worker-entry.js';

if (process.env.RUNNER_ENVIRONMENT !== 'github-hosted') enableCompileCache();
if (await isPrepareWorker()) void import('../app/prepare-worker.js');
else {
  offerWorkerEntry(process.argv[1]);
  // No exception can end the step green.
  const { failHard, run } = await import('./main.js');
  run().catch(async (err: unknown) => {
    await failHard(err);
  });
}
