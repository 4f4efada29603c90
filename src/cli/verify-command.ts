import { readAttestations, type AttestationCandidate } from '../core/input/read-attestations.js';
import { parsePolicy } from '../core/policy/parse-policy.js';
import { resultFromArtifacts, type VerificationResult } from '../core/report.js';
import { UsageError, VerifyError } from '../core/errors.js';
import { verifyArtifacts } from '../core/verify.js';
import { resolveSubject } from '../sources/artifacts.js';
import { readInputFile } from '../sources/files.js';
import { loadTrustRoots } from '../sources/trust-roots.js';
import { parse, policyInputFromFlags, VERIFY_OPTIONS } from './args.js';
import type { CliIo } from './io.js';
import { describeRoots } from './roots-note.js';

export async function runVerify(
  argv: string[],
  io: CliIo,
  version: string,
): Promise<{ result: VerificationResult; format: string | undefined }> {
  const { values, positionals } = parse(argv, VERIFY_OPTIONS);
  if (positionals.length === 0)
    throw new UsageError('no artifact to verify', {
      hint: 'give a file, or a digest as sha256:HEX / sha512:HEX',
    });
  const bundles = values.bundle ?? [];
  if (bundles.length === 0)
    throw new UsageError('no attestation given', {
      hint: 'pass --bundle FILE (JSON, JSON Lines, or a saved attestations API response)',
    });
  if (values['trusted-root'] !== undefined && values.offline === true) {
    throw new UsageError('--trusted-root and --offline are alternatives');
  }
  const policy = parsePolicy(policyInputFromFlags(values));
  const roots = await loadTrustRoots({
    trustedRootFile: values['trusted-root'],
    offline: values.offline,
    tufMirror: values['tuf-mirror'],
  });
  describeRoots(roots, io);
  const attestations: AttestationCandidate[] = [];
  for (const file of bundles) attestations.push(...(await readBundleFile(file)));
  const artifacts = [];
  for (const arg of positionals) artifacts.push(await resolveSubject(arg));
  const results = verifyArtifacts({ policy, roots, artifacts, attestations });
  return {
    result: resultFromArtifacts({ version, command: 'verify', policy, roots, artifacts: results }),
    format: values.format,
  };
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
