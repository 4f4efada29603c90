import { runVerifyJob } from '../app/verify-job.js';
import type { VerificationResult } from '../core/report.js';
import {
  networkInputFromFlags,
  parse,
  parseFrom,
  policyInputFromFlags,
  VERIFY_OPTIONS,
  trustFromFlags,
} from './args.js';
import { jobContext, type CliIo } from './io.js';

/** `verify`: flags → the shared job (the action builds the same job from its inputs). */
export async function runVerify(
  argv: string[],
  io: CliIo,
  version: string,
): Promise<VerificationResult> {
  const { values, positionals } = parse(argv, VERIFY_OPTIONS);
  return runVerifyJob(
    {
      subjects: positionals,
      bundles: values.bundle ?? [],
      from: parseFrom(values.from),
      network: networkInputFromFlags(values),
      rekorUrl: values['rekor-url'],
      policy: policyInputFromFlags(values),
      trust: trustFromFlags(values),
    },
    jobContext(io, version, 'verify'),
  );
}
