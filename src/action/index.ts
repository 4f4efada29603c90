import { isPrepareWorker, offerWorkerEntry } from '../app/worker-entry.js';

/** Entry (`runs.main` in action.yml): no exception can end the step green. Started again as a
 * worker of the prepare pool, this file runs that worker instead. */
if (isPrepareWorker()) void import('../app/prepare-worker.js');
else {
  offerWorkerEntry(process.argv[1]);
  void import('./main.js').then(({ failHard, run }) =>
    run().catch(async (err: unknown) => {
      await failHard(err);
    }),
  );
}
