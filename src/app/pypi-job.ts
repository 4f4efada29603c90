import { basename } from 'node:path';
import { UsageError, VerifyError } from '../core/errors.js';
import { isJsonObject, type JsonValue } from '../core/json/strict-json.js';
import { LIMITS } from '../core/limits.js';
import { parsePolicy } from '../core/policy/parse-policy.js';
import type { Policy, PolicyInput } from '../core/policy/policy.js';
import {
  checkPublisher,
  PYPI_PUBLISH_PREDICATE,
  readPypiProvenance,
  type Publisher,
} from '../core/pypi/provenance.js';
import { resultFromArtifacts, type VerificationResult } from '../core/report.js';
import { missingAttestation, type ArtifactResult, type AttestationResult } from '../core/result.js';
import { combineVerdicts, verifyArtifacts, type ArtifactSubject } from '../core/verify.js';
import { hashFile } from '../sources/artifacts.js';
import { serviceBase } from '../sources/urls.js';
import { type HttpClient } from '../sources/http.js';
import {
  DEFAULT_PYPI_INDEX,
  networkSettings,
  retryingNotFound,
  type NetworkInput,
  type NetworkSettings,
} from '../sources/network.js';
import { clientFor } from '../sources/http.js';
import { fetchProvenance, fetchRelease } from '../sources/pypi-index.js';
import { loadTrustRoots } from '../sources/trust-roots.js';
import type { LoadedRoot } from '../core/crypto/trust.js';
import type { JobContext, VerifyJob } from './verify-job.js';

export type PypiJob = {
  readonly project: string;
  readonly version: string;
  /** A local file to verify; without it, every file of the release (by the index's sha256). */
  readonly file?: string | undefined;
  readonly index?: string | undefined;
  readonly policy: PolicyInput;
  readonly trust: VerifyJob['trust'];
  readonly network?: NetworkInput | undefined;
};

const PROJECT = /^([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9])$/;
const VERSION = /^[A-Za-z0-9][A-Za-z0-9.+!_-]*$/;

/**
 * A PyPI release file, with nothing but its project and version: PEP 740 provenance from the
 * integrity API, each attestation turned into its Sigstore bundle, the policy checked with
 * the Trusted Publisher rule (the caller workflow is the publisher), and PyPI's publisher
 * record checked against the certificate.
 */
export async function runPypiJob(job: PypiJob, ctx: JobContext): Promise<VerificationResult> {
  if (!PROJECT.test(job.project))
    throw new UsageError(`${JSON.stringify(job.project)} is not a PyPI project name`);
  if (!VERSION.test(job.version) || job.version.length > 128)
    throw new UsageError(`${JSON.stringify(job.version)} is not a release version`);
  if (job.policy.subjectName !== undefined)
    throw new UsageError('--subject-name is set by the pypi command (the file name)');
  const policyInput = { predicateType: PYPI_PUBLISH_PREDICATE, ...job.policy };
  const policy = parsePolicy(policyInput, { defaultSigner: 'caller' });
  const index = serviceBase(job.index ?? DEFAULT_PYPI_INDEX, '--index');
  const settings = networkSettings(job.network ?? {}, ctx.env ?? {}, ctx.version);
  const client = clientFor({ ...settings, token: undefined });
  const roots = await loadTrustRoots({ ...job.trust, githubByDefault: false });
  ctx.onRoots?.(roots);
  const files =
    job.file !== undefined
      ? [{ name: basename(job.file), digests: await hashFile(job.file) }]
      : await releaseFiles(client, index, job.project, job.version);
  const artifacts = await Promise.all(
    files.map((file) => verifyFile(file, { client, settings, index, job, roots, policyInput })),
  );
  return resultFromArtifacts({ version: ctx.version, command: 'pypi', policy, roots, artifacts });
}

async function releaseFiles(
  client: HttpClient,
  index: string,
  project: string,
  version: string,
): Promise<ArtifactSubject[]> {
  const release = await fetchRelease(client, index, project, version);
  const urls = isJsonObject(release) ? release.urls : undefined;
  if (release !== undefined && !Array.isArray(urls))
    throw new VerifyError('NETWORK', `PyPI ${project} ${version}: no "urls" list`);
  const files = (Array.isArray(urls) ? urls : []).flatMap((u): ArtifactSubject[] => {
    const digests = isJsonObject(u) ? u.digests : undefined;
    const sha256 = isJsonObject(digests) ? digests.sha256 : undefined;
    if (
      !isJsonObject(u) ||
      typeof u.filename !== 'string' ||
      typeof sha256 !== 'string' ||
      !/^[0-9a-f]{64}$/.test(sha256)
    )
      throw new VerifyError(
        'NETWORK',
        `PyPI ${project} ${version}: a file without a name or sha256`,
      );
    return [{ name: u.filename, digests: { sha256 } }];
  });
  if (files.length === 0)
    throw new VerifyError('NO_ATTESTATION', `${index} has no files for ${project} ${version}`, {
      hint: 'check the project name and the exact version',
    });
  if (files.length > LIMITS.maxSubjects)
    throw new VerifyError('LIMIT', `${files.length} files (limit ${LIMITS.maxSubjects})`);
  return files;
}

type FileContext = {
  readonly client: HttpClient;
  readonly settings: NetworkSettings;
  readonly index: string;
  readonly job: PypiJob;
  readonly roots: readonly LoadedRoot[];
  readonly policyInput: PolicyInput;
};

async function verifyFile(file: ArtifactSubject, ctx: FileContext): Promise<ArtifactResult> {
  const { project, version } = ctx.job;
  const origin = `pypi:${file.name}`;
  // A just-uploaded file's provenance may lag: --retry-not-found asks again.
  const provenance = await retryingNotFound(
    ctx.settings,
    () => fetchProvenance(ctx.client, ctx.index, project, version, file.name),
    (p) => p !== undefined,
  );
  if (provenance === undefined)
    return missingAttestation(
      file,
      origin,
      `${ctx.index} has no provenance for ${file.name}`,
      'it was uploaded without attestations (pypa/gh-action-pypi-publish attests by default with Trusted Publishing), or the name or version is wrong',
    );
  return checkPypiProvenance(file, provenance, ctx.roots, ctx.policyInput);
}

/**
 * One file's PEP 740 provenance, already fetched: each attestation as its bundle, the policy
 * with the Trusted Publisher rule (subject: the file name and digest), and PyPI's publisher
 * record against the certificate. The deps command calls this with what it fetched itself.
 */
export function checkPypiProvenance(
  file: ArtifactSubject,
  provenance: JsonValue,
  roots: readonly LoadedRoot[],
  policyInput: PolicyInput,
): ArtifactResult {
  const found = readPypiProvenance(`pypi:${file.name}`, provenance);
  const policy: Policy = parsePolicy(
    { ...policyInput, subjectName: file.name },
    { defaultSigner: 'caller' },
  );
  const [checked] = verifyArtifacts({
    policy,
    roots,
    artifacts: [file],
    attestations: found.map((f) => f.candidate),
  });
  const publishers = new Map<string, Publisher>(
    found.map((f) => [f.candidate.origin, f.publisher]),
  );
  const pinned = policyInput.certIdentity !== undefined && policyInput.certOidcIssuer !== undefined;
  const attestations = (checked?.attestations ?? []).map((a) =>
    withPublisher(a, publishers.get(a.origin), pinned),
  );
  return {
    ...file,
    verdict: combineVerdicts(attestations.map((a) => a.verdict)),
    attestations,
  };
}

/** Add the Trusted Publisher checks to an attestation that was read (certificate known). */
function withPublisher(
  result: AttestationResult,
  publisher: Publisher | undefined,
  pinned: boolean,
): AttestationResult {
  if (publisher === undefined || result.identity === undefined) return result;
  const checks = checkPublisher(publisher, result, pinned);
  const failed = checks.some((c) => c.status === 'fail');
  // A publisher the policy cannot check is the first thing to say (it explains the rest).
  const first = publisher.kind !== 'GitHub';
  return {
    ...result,
    checks: first ? [...checks, ...result.checks] : [...result.checks, ...checks],
    verdict: failed ? 'failed' : result.verdict,
  };
}
