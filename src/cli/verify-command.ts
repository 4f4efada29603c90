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
import type { CliIo } from './io.js';
import { trustNotes } from '../render/trust-note.js';

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
    {
      version,
      command: 'verify',
      env: io.env,
      onRoots: (roots) => trustNotes(roots, new Date()).forEach((line) => io.stderr(`${line}\n`)),
    },
  );
}
