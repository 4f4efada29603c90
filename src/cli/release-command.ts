import { runReleaseJob } from '../app/release-job.js';
import { UsageError } from '../core/errors.js';
import type { VerificationResult } from '../core/report.js';
import {
  networkInputFromFlags,
  parse,
  policyInputFromFlags,
  refuseFlags,
  trustFromFlags,
  VERIFY_OPTIONS,
} from './args.js';
import { jobContext, type CliIo } from './io.js';

/**
 * `release OWNER/REPO TAG [ASSET...]`: GitHub's release attestation for the tag, each asset in
 * it, and each asset's build provenance (from the GitHub API, or `--bundle` files) under the
 * policy flags of `verify` (the source repository defaults to OWNER/REPO).
 */
export async function runRelease(
  argv: string[],
  io: CliIo,
  version: string,
): Promise<VerificationResult> {
  const { values, positionals } = parse(argv, VERIFY_OPTIONS);
  refuseFlags(values, 'release', ['from', 'rekor-url']);
  const [repo, tag, ...assets] = positionals;
  if (repo === undefined || tag === undefined)
    throw new UsageError('release needs OWNER/REPO and TAG', {
      hint: 'verify-provenance release OWNER/REPO TAG [ASSET...]',
    });
  return runReleaseJob(
    {
      repo,
      tag,
      assets,
      bundles: values.bundle ?? [],
      policy: policyInputFromFlags(values),
      network: networkInputFromFlags(values),
      trust: trustFromFlags(values),
    },
    jobContext(io, version, 'release'),
  );
}
