import type { LoadedRoot } from '../core/crypto/trust.js';
import { UsageError, VerifyError } from '../core/errors.js';
import type { AttestationCandidate } from '../core/input/read-attestations.js';
import { isJsonObject, type JsonValue } from '../core/json/strict-json.js';
import { LIMITS } from '../core/limits.js';
import {
  NPM_PUBLISH_PREDICATE,
  npmPurl,
  parsePackageSpec,
  sha512FromIntegrity,
  type NpmPackage,
} from '../core/npm/package.js';
import {
  readRegistryKeys,
  verifyPublishAttestation,
  type RegistryKey,
} from '../core/npm/publish.js';
import { parsePolicy } from '../core/policy/parse-policy.js';
import type { PolicyInput } from '../core/policy/policy.js';
import { resultFromArtifacts, type VerificationResult } from '../core/report.js';
import {
  fail,
  missingAttestation,
  type ArtifactResult,
  type AttestationResult,
  type Verdict,
} from '../core/result.js';
import { verifyArtifacts } from '../core/verify.js';
import { serviceBase } from '../sources/urls.js';
import {
  DEFAULT_NPM_REGISTRY,
  networkSettings,
  retryingNotFound,
  type NetworkInput,
  type NetworkSettings,
} from '../sources/network.js';
import { clientFor } from '../sources/http.js';
import {
  fetchNpmAttestations,
  fetchRegistryKeys,
  fetchVersionManifest,
  integrityOf,
} from '../sources/npm-registry.js';
import { loadTrustRoots } from '../sources/trust-roots.js';
import type { JobContext, VerifyJob } from './verify-job.js';

export type NpmJob = {
  /** `name@version` each. */
  readonly packages: readonly string[];
  readonly registry?: string | undefined;
  readonly policy: PolicyInput;
  readonly trust: VerifyJob['trust'];
  readonly network?: NetworkInput | undefined;
};

/**
 * An npm package version, with nothing but its name: the registry's sha512 (`dist.integrity`)
 * is the artifact, the SLSA provenance must satisfy the policy for subject `pkg:npm/…`, and
 * the registry's publish attestation must verify with a registry key valid when it signed.
 */
export async function runNpmJob(job: NpmJob, ctx: JobContext): Promise<VerificationResult> {
  if (job.packages.length === 0)
    throw new UsageError('no package to verify', {
      hint: 'give NAME@VERSION, e.g. sigstore@3.0.0',
    });
  if (job.packages.length > LIMITS.maxSubjects)
    throw new VerifyError('LIMIT', `${job.packages.length} packages (limit ${LIMITS.maxSubjects})`);
  if (job.policy.subjectName !== undefined)
    throw new UsageError('--subject-name is set by the npm command (pkg:npm/NAME@VERSION)');
  const packages = job.packages.map(parsePackageSpec);
  const policy = parsePolicy(job.policy);
  const registry = serviceBase(job.registry ?? DEFAULT_NPM_REGISTRY, '--registry');
  const settings = networkSettings(job.network ?? {}, ctx.env ?? {}, ctx.version);
  // The GitHub token has no business at a registry.
  const client = clientFor({ ...settings, token: undefined });
  const roots = await loadTrustRoots({ ...job.trust, githubByDefault: false });
  ctx.onRoots?.(roots);
  const keys = readRegistryKeys(await fetchRegistryKeys(client, registry));
  const artifacts = await Promise.all(
    packages.map((pkg) =>
      verifyPackage(pkg, { client, settings, registry, keys, roots, policyInput: job.policy }),
    ),
  );
  return resultFromArtifacts({ version: ctx.version, command: 'npm', policy, roots, artifacts });
}

type PackageContext = {
  readonly client: ReturnType<typeof clientFor>;
  readonly settings: NetworkSettings;
  readonly registry: string;
  readonly keys: readonly RegistryKey[];
  readonly roots: readonly LoadedRoot[];
  readonly policyInput: PolicyInput;
};

async function verifyPackage(pkg: NpmPackage, ctx: PackageContext): Promise<ArtifactResult> {
  const manifest = await fetchVersionManifest(ctx.client, ctx.registry, pkg);
  if (manifest === undefined)
    return missingFor(
      pkg,
      `${ctx.registry} has no ${pkg.name}@${pkg.version}`,
      'check the name and the exact version',
    );
  const sha512 = sha512FromIntegrity(integrityOf(manifest), pkg);
  // A just-published version's attestations may lag: --retry-not-found asks again.
  const response = await retryingNotFound(
    ctx.settings,
    () => fetchNpmAttestations(ctx.client, ctx.registry, pkg),
    (r) => r !== undefined,
  );
  return checkNpmAttestations(pkg, sha512, attestationEntries(response, pkg), ctx);
}

/** The list in an attestations response (none when the registry has none: 404). */
export function attestationEntries(
  response: JsonValue | undefined,
  pkg: NpmPackage,
): readonly JsonValue[] {
  if (response === undefined) return [];
  if (isJsonObject(response) && Array.isArray(response.attestations)) return response.attestations;
  throw new VerifyError(
    'NETWORK',
    `npm attestations for ${pkg.name}@${pkg.version}: no "attestations" list`,
  );
}

function missingFor(pkg: NpmPackage, message: string, hint: string): ArtifactResult {
  return missingAttestation(
    { name: npmPurl(pkg), digests: {} },
    `npm:${pkg.name}@${pkg.version}`,
    message,
    hint,
  );
}

/**
 * The registry's attestations of one version, already fetched: the SLSA provenance under the
 * policy (subject `pkg:npm/…` with the registry's sha512) and the publish attestation under
 * the registry's keys. The deps command calls this with what it fetched itself.
 */
export function checkNpmAttestations(
  pkg: NpmPackage,
  sha512: string,
  entries: readonly JsonValue[],
  ctx: Pick<PackageContext, 'registry' | 'keys' | 'roots' | 'policyInput'>,
): ArtifactResult {
  const purl = npmPurl(pkg);
  if (entries.length === 0)
    return missingFor(
      pkg,
      `${pkg.name}@${pkg.version} has no attestations on ${ctx.registry}`,
      'it was published without provenance (npm publish --provenance, or trusted publishing)',
    );
  if (entries.length > LIMITS.maxAttestations)
    throw new VerifyError(
      'LIMIT',
      `${entries.length} attestations (limit ${LIMITS.maxAttestations})`,
    );
  const origin = (i: number): string => `npm:${pkg.name}@${pkg.version}#${i + 1}`;
  const publish: [string, JsonValue][] = [];
  const provenance: AttestationCandidate[] = [];
  entries.forEach((entry, i) => {
    if (!isJsonObject(entry) || !isJsonObject(entry.bundle))
      provenance.push({
        origin: origin(i),
        kind: 'invalid',
        error: new VerifyError('BUNDLE_SHAPE', 'attestation entry has no bundle'),
      });
    else if (entry.predicateType === NPM_PUBLISH_PREDICATE) publish.push([origin(i), entry.bundle]);
    else provenance.push({ origin: origin(i), kind: 'bundle', json: entry.bundle });
  });
  if (provenance.length === 0)
    return missingFor(
      pkg,
      `${pkg.name}@${pkg.version} has only the registry's publish attestation, no provenance`,
      'provenance says who built it; publish with npm publish --provenance or trusted publishing',
    );
  const policy = parsePolicy({ ...ctx.policyInput, subjectName: purl });
  const [checked] = verifyArtifacts({
    policy,
    roots: ctx.roots,
    artifacts: [{ name: purl, digests: { sha512 } }],
    attestations: provenance,
  });
  const published = publish.map(([o, bundle]) =>
    verifyPublishAttestation(o, bundle, pkg, sha512, ctx.keys, ctx.roots),
  );
  const publishResults: AttestationResult[] =
    published.length > 0
      ? published
      : [
          {
            origin: `npm:${pkg.name}@${pkg.version}`,
            verdict: 'failed',
            checks: [
              fail(
                'publish-signature',
                'NO_ATTESTATION',
                'the registry gives no publish attestation for this version',
                {
                  hint: 'a registry that attests provenance also signs the publish; without it the tarball digest is unproven',
                },
              ),
            ],
            warnings: [],
          },
        ];
  const publishOk = publishResults.some((r) => r.verdict === 'verified');
  const provenanceVerdict: Verdict = checked?.verdict ?? 'failed';
  return {
    name: purl,
    digests: { sha512 },
    verdict: publishOk ? provenanceVerdict : 'failed',
    attestations: [...(checked?.attestations ?? []), ...publishResults],
  };
}
