import type { LoadedRoot } from '../core/crypto/trust.js';
import { UsageError, VerifyError } from '../core/errors.js';
import { formatRepo, parseRepoPath } from '../core/github/names.js';
import type { AttestationCandidate } from '../core/input/read-attestations.js';
import { LIMITS } from '../core/limits.js';
import { parsePolicy } from '../core/policy/parse-policy.js';
import type { PolicyInput } from '../core/policy/policy.js';
import {
  assetMembership,
  verifyReleaseAttestation,
  type ReleaseFindings,
} from '../core/release/release-attestation.js';
import { resultFromArtifacts, type VerificationResult } from '../core/report.js';
import { fail, type ArtifactResult, type Verdict } from '../core/result.js';
import { verifyArtifacts, type ArtifactSubject } from '../core/verify.js';
import { resolveSubject } from '../sources/artifacts.js';
import { expandPaths } from '../sources/paths.js';
import { githubAttestations, repoAttestations } from '../sources/github.js';
import { withGithubTrustDomain } from '../sources/github-meta.js';
import { fetchTagRef } from '../sources/github-release.js';
import { checkGithubApiUrl, networkSettings, type NetworkInput } from '../sources/network.js';
import { clientFor } from '../sources/http.js';
import { loadTrustRoots, type TrustRootOptions } from '../sources/trust-roots.js';
import { readBundleFile, type JobContext } from './verify-job.js';

export type ReleaseJob = {
  /** `OWNER/REPO`. */
  readonly repo: string;
  readonly tag: string;
  /** Asset files or `sha256:HEX` digests; none: every asset the release attestation lists. */
  readonly assets: readonly string[];
  /** Build provenance files; none: the GitHub attestations API, by each asset's sha256. */
  readonly bundles: readonly string[];
  /** The build provenance policy; the source repository defaults to the release's. */
  readonly policy: PolicyInput;
  readonly network?: NetworkInput | undefined;
  readonly trust: TrustRootOptions;
};

/**
 * A GitHub immutable release in one verdict: GitHub's own release attestation (signed by
 * GitHub, not a workflow) for the tag's git object, each asset listed in it, and each asset's
 * build provenance under the policy (by default: built from the release's repository).
 */
export async function runReleaseJob(job: ReleaseJob, ctx: JobContext): Promise<VerificationResult> {
  const repo = parseRepoPath(job.repo);
  if (repo === undefined)
    throw new UsageError(`${JSON.stringify(job.repo)} is not OWNER/REPO`, {
      hint: 'verify-provenance release OWNER/REPO TAG [ASSET...]',
    });
  if (job.tag === '' || /[\p{Cc}\s]/u.test(job.tag) || job.tag.startsWith('refs/'))
    throw new UsageError(`${JSON.stringify(job.tag)} is not a tag name`, {
      hint: 'give the tag as the release shows it, e.g. v1.2.3',
    });
  if (job.trust.offline === true)
    throw new UsageError('--offline cannot ask GitHub for the tag and its release attestation');
  if (job.assets.length > LIMITS.maxSubjects)
    throw new VerifyError('LIMIT', `${job.assets.length} assets (limit ${LIMITS.maxSubjects})`);
  const repoName = formatRepo(repo);
  const scoped =
    job.policy.repo !== undefined ||
    job.policy.owner !== undefined ||
    job.policy.certIdentity !== undefined;
  const policy = parsePolicy(scoped ? job.policy : { ...job.policy, repo: repoName });
  const network = networkSettings(job.network ?? {}, ctx.env ?? {}, ctx.version);
  checkGithubApiUrl(network);
  const client = clientFor(network);
  const trust = await withGithubTrustDomain(job.trust, client, network.githubApiUrl);
  const roots = await loadTrustRoots(trust);
  ctx.onRoots?.(roots);
  const release = await checkRelease(job, repoName, trust, roots, {
    client,
    api: network.githubApiUrl,
  });
  const assets: ArtifactSubject[] = [];
  if (job.assets.length > 0)
    for (const arg of await expandPaths(job.assets, 'artifact', ctx.onNote))
      assets.push(await resolveSubject(arg));
  else
    for (const a of release.verified?.assets ?? [])
      assets.push({ name: a.name ?? `sha256:${a.sha256}`, digests: { sha256: a.sha256 } });
  const provenance: AttestationCandidate[] = [];
  if (job.bundles.length > 0)
    for (const file of await expandPaths(job.bundles, 'bundle', ctx.onNote))
      provenance.push(...(await readBundleFile(file)));
  else if (assets.length > 0)
    provenance.push(...(await githubAttestations(client, network.githubApiUrl, policy, assets)));
  const built = verifyArtifacts({ policy, roots, artifacts: assets, attestations: provenance });
  const checkedAssets = built.map((asset): ArtifactResult => {
    const sha256 = asset.digests.sha256;
    if (sha256 === undefined)
      throw new UsageError(`${asset.name}: release assets are listed by sha256`, {
        hint: 'give the file, or its sha256:HEX digest',
      });
    const member = assetMembership(release.verified, sha256, job.tag);
    return {
      ...asset,
      verdict: both(member.verdict, asset.verdict),
      attestations: [member, ...asset.attestations],
    };
  });
  return resultFromArtifacts({
    version: ctx.version,
    command: 'release',
    policy,
    roots,
    artifacts: [release.artifact, ...checkedAssets],
  });
}

/** An asset passes only when it is in the verified release and its provenance verified. */
function both(member: Verdict, provenance: Verdict): Verdict {
  if (member !== 'verified') return 'failed';
  return provenance;
}

async function checkRelease(
  job: ReleaseJob,
  repo: string,
  trust: TrustRootOptions,
  roots: readonly LoadedRoot[],
  net: { client: ReturnType<typeof clientFor>; api: string },
): Promise<{ artifact: ArtifactResult; verified: ReleaseFindings | undefined }> {
  // Release attestations are GitHub's own: only its instance's roots may vouch for them,
  // unless the user chose the trusted roots (--trusted-root).
  const releaseRoots =
    trust.trustedRootFile !== undefined ? roots : roots.filter((r) => r.githubInstance === true);
  if (releaseRoots.length === 0)
    throw new VerifyError('TRUST_ROOT', "no trusted root of GitHub's own instance is in use", {
      hint: "release attestations are signed by GitHub's instance: drop --tuf-mirror, or add --github-tuf-root",
    });
  const ref = await fetchTagRef(net.client, net.api, repo, job.tag);
  const name = `pkg:github/${repo}@${job.tag}`;
  const digest = `${ref.algorithm}:${ref.hex}`;
  const candidates = await repoAttestations(net.client, net.api, repo, digest, 'release');
  const expected = {
    owner: repo.split('/')[0] ?? '',
    repo: repo.split('/')[1] ?? '',
    tag: job.tag,
    ref,
    trustDomain: trust.githubTrustDomain || 'dotcom',
  };
  const findings = candidates.map((c) => verifyReleaseAttestation(c, releaseRoots, expected));
  const verified = findings.filter((f) => f.result.verdict === 'verified');
  const agreeing = verified.every(
    (f) => JSON.stringify(f.assets) === JSON.stringify(verified[0]?.assets),
  );
  const attestations = findings.map((f) =>
    agreeing || f.result.verdict !== 'verified'
      ? f.result
      : {
          ...f.result,
          verdict: 'failed' as const,
          checks: [
            ...f.result.checks,
            fail(
              'release',
              'BUNDLE_SHAPE',
              `several release attestations for ${job.tag} list different assets`,
            ),
          ],
        },
  );
  if (findings.length === 0)
    attestations.push({
      origin: `github:${repo} ${digest}`,
      verdict: 'failed',
      checks: [
        fail(
          'release',
          'NO_ATTESTATION',
          `GitHub has no release attestation for ${repo} ${job.tag}`,
          {
            hint: 'GitHub attests releases that are immutable (a repository setting); older or mutable releases have none',
          },
        ),
      ],
      warnings: [],
    });
  const ok = agreeing && verified.length > 0;
  return {
    artifact: {
      name,
      digests: { [ref.algorithm]: ref.hex },
      verdict: ok ? 'verified' : 'failed',
      attestations,
    },
    verified: ok ? verified[0] : undefined,
  };
}
