import type { LoadedRoot } from '../core/crypto/trust.js';
import { UsageError, VerifyError } from '../core/errors.js';
import { readAttestations, type AttestationCandidate } from '../core/input/read-attestations.js';
import { LIMITS } from '../core/limits.js';
import { parsePolicy } from '../core/policy/parse-policy.js';
import type { PolicyInput } from '../core/policy/policy.js';
import { resultFromArtifacts, type VerificationResult } from '../core/report.js';
import { verifyArtifacts } from '../core/verify.js';
import { resolveSubject } from '../sources/artifacts.js';
import { readInputFile } from '../sources/files.js';
import { loadTrustRoots } from '../sources/trust-roots.js';

/** What either entry (CLI flags, action inputs) asks for, as plain data. */
export type VerifyJob = {
  /** Files to hash, or `sha256:HEX` / `sha512:HEX` digests. */
  readonly subjects: readonly string[];
  /** Attestation files: bundles, JSON Lines, saved API responses. */
  readonly bundles: readonly string[];
  readonly policy: PolicyInput;
  readonly trust: {
    readonly trustedRootFile?: string | undefined;
    readonly offline?: boolean | undefined;
    readonly tufMirror?: string | undefined;
  };
};

export type JobContext = {
  readonly version: string;
  readonly command: string;
  /** Told which trust roots are in use, before verification starts. */
  readonly onRoots?: (roots: readonly LoadedRoot[]) => void;
};

/**
 * Run one verification: the same steps, in the same order, for the CLI and the action. The
 * policy is validated before any file is read; nothing to check is a usage error.
 */
export async function runVerifyJob(job: VerifyJob, ctx: JobContext): Promise<VerificationResult> {
  if (job.subjects.length === 0)
    throw new UsageError('no artifact to verify', {
      hint: 'give a file, or a digest as sha256:HEX / sha512:HEX',
    });
  if (job.subjects.length > LIMITS.maxSubjects)
    throw new VerifyError(
      'LIMIT',
      `${job.subjects.length} artifacts (limit ${LIMITS.maxSubjects})`,
    );
  if (job.bundles.length === 0)
    throw new UsageError('no attestation given', {
      hint: 'pass --bundle FILE (JSON, JSON Lines, or a saved attestations API response)',
    });
  if (job.trust.trustedRootFile !== undefined && job.trust.offline === true)
    throw new UsageError('--trusted-root and --offline are alternatives');
  const policy = parsePolicy(job.policy);
  const roots = await loadTrustRoots({
    trustedRootFile: job.trust.trustedRootFile,
    offline: job.trust.offline,
    tufMirror: job.trust.tufMirror,
  });
  ctx.onRoots?.(roots);
  const attestations: AttestationCandidate[] = [];
  for (const file of job.bundles) attestations.push(...(await readBundleFile(file)));
  const artifacts = [];
  for (const subject of job.subjects) artifacts.push(await resolveSubject(subject));
  const results = verifyArtifacts({ policy, roots, artifacts, attestations });
  return resultFromArtifacts({
    version: ctx.version,
    command: ctx.command,
    policy,
    roots,
    artifacts: results,
  });
}

/** A file that cannot be read as attestations becomes one failed candidate, never a crash. */
async function readBundleFile(file: string): Promise<AttestationCandidate[]> {
  const bytes = await readInputFile(file);
  try {
    return readAttestations(file, bytes);
  } catch (err) {
    if (err instanceof VerifyError && !(err instanceof UsageError))
      return [{ origin: file, kind: 'invalid', error: err }];
    throw err;
  }
}
