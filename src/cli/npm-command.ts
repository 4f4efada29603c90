import { runNpmJob } from '../app/npm-job.js';
import type { VerificationResult } from '../core/report.js';
import {
  networkInputFromFlags,
  NPM_OPTIONS,
  parse,
  policyInputFromFlags,
  refuseFlags,
  trustFromFlags,
} from './args.js';
import { jobContext, type CliIo } from './io.js';

/** `npm NAME@VERSION…`: the registry is the source; the policy is the one `verify` takes. */
export async function runNpm(
  argv: string[],
  io: CliIo,
  version: string,
): Promise<VerificationResult> {
  const { values, positionals } = parse(argv, NPM_OPTIONS);
  refuseFlags(values, 'npm', ['bundle', 'from', 'subject-name']);
  return runNpmJob(
    {
      packages: positionals,
      registry: values.registry,
      policy: policyInputFromFlags(values),
      trust: trustFromFlags(values),
      network: networkInputFromFlags(values),
    },
    jobContext(io, version, 'npm'),
  );
}
