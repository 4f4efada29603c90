import { runDepsJob } from '../app/deps-job.js';
import type { VerificationResult } from '../core/report.js';
import { DEPS_OPTIONS, parse, trustFromFlags } from './args.js';
import { jobContext, type CliIo } from './io.js';

/** `deps [LOCKFILE...]`: gate a dependency install on the policy file and the pins. */
export async function runDeps(
  argv: string[],
  io: CliIo,
  version: string,
): Promise<VerificationResult> {
  const { values, positionals } = parse(argv, DEPS_OPTIONS);
  let shown = false;
  const result = await runDepsJob(
    {
      lockfiles: positionals,
      cwd: process.cwd(),
      policyFile: values.policy,
      pinsFile: values.pins,
      updatePins: values['update-pins'],
      baseFile: values.base,
      baseRef: values['base-ref'],
      registry: values.registry,
      index: values.index,
      cacheDir: values['cache-dir'],
      noCache: values['no-cache'],
      trust: trustFromFlags(values),
      network: {
        timeout: values.timeout,
        retryNotFound: values['retry-not-found'],
        concurrency: values.concurrency,
      },
    },
    {
      ...jobContext(io, version, 'deps'),
      // A progress line on a terminal for long runs, cleared before the report.
      onProgress: (done, total) => {
        if (io.stderrIsTTY !== true || total < 50) return;
        shown = true;
        io.stderr(`\r\u001b[2Kchecking packages: ${done}/${total}`);
      },
    },
  );
  if (shown) io.stderr('\r\u001b[2K');
  return result;
}
