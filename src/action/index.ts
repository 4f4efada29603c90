import { failHard, run } from './main.js';

/** Entry (`runs.main` in action.yml): no exception can end the step green. */
run().catch(async (err: unknown) => {
  await failHard(err);
});
