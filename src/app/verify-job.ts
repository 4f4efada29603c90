import type { LoadedRoot } from '../core/crypto/trust.js';
import { UsageError, VerifyError } from '../core/errors.js';
import {
  attestationsOrInvalid,
  needsRekor,
  type AttestationCandidate,
} from '../core/input/read-attestations.js';
import { LIMITS } from '../core/limits.js';
import { parsePolicy } from '../core/policy/parse-policy.js';
import type { PolicyInput } from '../core/policy/policy.js';
import { resultFromArtifacts, type VerificationResult } from '../core/report.js';
import { AttestationMatcher, type PreparedAttestation } from '../core/verify.js';
import { mayPool } from './worker-entry.js';
import { looksLikeBundle, resolveSubject } from '../sources/artifacts.js';
import { expandPaths } from '../sources/paths.js';
import { readInputFile, STDIN } from '../sources/files.js';
import { loadTrustRoots, type TrustRootOptions } from '../sources/trust-roots.js';
import { readTufRegistryKeys } from '../core/npm/publish.js';
import { NpmUnitCollector } from './npm-unit.js';
import { serviceBase } from '../sources/urls.js';
import {
  checkGithubApiUrl,
  DEFAULT_REKOR,
  networkSettings,
  retryingNotFound,
  type NetworkInput,
  type NetworkSettings,
} from '../sources/network.js';
import type { Policy } from '../core/policy/policy.js';
import type { ArtifactSubject } from '../core/verify.js';

/** What either entry (CLI flags, action inputs) asks for, as plain data. */
export type VerifyJob = {
  /** Files to hash, or `sha256:HEX` / `sha512:HEX` digests. */
  readonly subjects: readonly string[];
  /** Attestation files: bundles, JSON Lines, saved API responses. */
  readonly bundles: readonly string[];
  readonly policy: PolicyInput;
  /** Where attestations come from: the files in `bundles` (default) or the GitHub API. */
  readonly from?: 'file' | 'github' | undefined;
  readonly network?: NetworkInput | undefined;
  /**
   * Rekor to look legacy envelopes up in. Default: the public-good Rekor when trust comes from
   * TUF (online); none with `--trusted-root` or `--offline` (they stay indeterminate).
   */
  readonly rekorUrl?: string | undefined;
  readonly trust: TrustRootOptions;
};

export type JobContext = {
  readonly version: string;
  readonly command: string;
  /** Told which trust roots are in use, before verification starts. */
  readonly onRoots?: (roots: readonly LoadedRoot[]) => void;
  /** Told what the run did that the user did not spell out (a directory expanded). */
  readonly onNote?: (line: string) => void;
  /** Where `GITHUB_API_URL`, `GH_TOKEN` and `GITHUB_TOKEN` are read. */
  readonly env?: Readonly<Record<string, string | undefined>>;
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
  if (job.subjects.length > LIMITS.maxArtifacts)
    throw new VerifyError(
      'LIMIT',
      `${job.subjects.length} artifacts (limit ${LIMITS.maxArtifacts})`,
    );
  const fromGithub = job.from === 'github';
  if (fromGithub && job.bundles.length > 0)
    throw new UsageError('--bundle and --from github are alternatives');
  const bundleLike = job.subjects.find(looksLikeBundle);
  if (!fromGithub && job.bundles.length === 0)
    throw new UsageError('no attestation given', {
      hint:
        bundleLike === undefined
          ? 'pass --bundle FILE (JSON, JSON Lines, or a saved attestations API response), or --from github'
          : `${bundleLike} looks like a Sigstore bundle: did you mean --bundle ${bundleLike}?`,
    });
  if (bundleLike !== undefined)
    ctx.onNote?.(
      `${bundleLike} is verified as an artifact; if it is an attestation, pass it with --bundle`,
    );
  if ([...job.subjects, ...job.bundles].filter((p) => p === STDIN).length > 1)
    throw new UsageError(
      'standard input (-) can be read once: give it as one artifact or one --bundle',
    );
  if (fromGithub && job.trust.offline === true)
    throw new UsageError('--offline cannot fetch attestations from GitHub', {
      hint: 'download them first (or use --bundle), then verify offline',
    });
  if (job.trust.trustedRootFile !== undefined && job.trust.offline === true)
    throw new UsageError('--trusted-root and --offline are alternatives');
  if (job.rekorUrl !== undefined && job.trust.offline === true)
    throw new UsageError('--offline cannot look envelopes up in Rekor (--rekor-url)');
  const policy = parsePolicy(job.policy);
  const network = networkSettings(job.network ?? {}, ctx.env ?? {}, ctx.version);
  // GitHub, Rekor and the embedded npm keys are loaded only when a run uses them (start-up).
  const github = fromGithub ? await import('../sources/github.js') : undefined;
  if (github !== undefined) {
    github.githubScope(policy);
    checkGithubApiUrl(network);
  }
  const rekorUrl = rekorFor(job);
  // Local names first (a pattern or directory that names nothing is a usage error), then trust.
  const subjects = await expandPaths(job.subjects, 'artifact', ctx.onNote);
  if (subjects.length > LIMITS.maxArtifacts)
    throw new VerifyError('LIMIT', `more than ${LIMITS.maxArtifacts} artifacts`);
  const bundleFiles = await expandPaths(job.bundles, 'bundle', ctx.onNote);
  const trust = fromGithub
    ? await (
        await import('../sources/github-meta.js')
      ).withGithubTrustDomain(job.trust, await onlineClient(network), network.githubApiUrl)
    : job.trust;
  const roots = await loadTrustRoots(trust);
  ctx.onRoots?.(roots);
  const artifacts = [];
  for await (const artifact of readAhead(subjects, resolveSubject)) artifacts.push(artifact);
  // Each attestation is verified as it is read and only its results are kept (flat memory).
  const matcher = new AttestationMatcher(policy, roots, artifacts);
  const npm = new NpmUnitCollector();
  const take = (candidates: readonly AttestationCandidate[]): void => {
    for (const c of candidates) if (!npm.takesPublish(c)) npm.provenanceAt(matcher.add(c), c);
  };
  // Legacy envelopes are looked up in Rekor when there is one: the pool hands them back too.
  const asks = { lookUp: rekorUrl !== undefined };
  const lookUp = async (found: AttestationCandidate[]): Promise<AttestationCandidate[]> => {
    if (rekorUrl === undefined || !found.some((a) => needsRekor(a, asks))) return found;
    const client = await onlineClient({ ...network, token: undefined });
    const { lookUpLegacyEnvelope } = await import('../sources/rekor.js');
    const resolved = await Promise.all(
      found.map((a) =>
        needsRekor(a, asks) ? lookUpLegacyEnvelope(client, rekorUrl, a) : Promise.resolve([a]),
      ),
    );
    return resolved.flat();
  };
  if (github !== undefined)
    take(await lookUp(await fromGithubApi(github, network, policy, artifacts)));
  // Many files: prepared on worker threads, taken here in input order (the same positions).
  const env = ctx.env ?? {};
  const pool = mayPool(bundleFiles.length, env)
    ? (await import('./prepare-pool.js')).openPreparePool(
        bundleFiles.length,
        roots,
        env,
        asks.lookUp,
      )
    : undefined;
  const read = async (file: string): Promise<ReadFile> => {
    const bytes = await readInputFile(file);
    const prepared = await pool?.prepare(file, bytes);
    return prepared !== undefined ? { prepared } : { found: attestationsOrInvalid(file, bytes) };
  };
  try {
    for await (const next of readAhead(bundleFiles, read, READ_AHEAD * ((pool?.size ?? 0) + 1))) {
      if ('found' in next) take(await lookUp(next.found));
      else for (const p of next.prepared) matcher.addPrepared(p);
    }
  } finally {
    await pool?.close();
  }
  // A saved npm attestations response is one unit: its publish attestation must verify too.
  const keys = npm.isEmpty()
    ? []
    : readTufRegistryKeys((await import('../sources/embedded/index.js')).embeddedNpmRegistryKeys());
  const results = matcher
    .results()
    .map(({ result, sources }) => npm.apply(result, sources, keys, roots));
  const note = matcher.unmatchedNote();
  return resultFromArtifacts({
    version: ctx.version,
    command: ctx.command,
    policy,
    roots,
    artifacts: results,
    ...(note === undefined ? {} : { warnings: [note] }),
  });
}

/** Files read or hashed ahead of use, while the previous ones are verified (per worker). */
const READ_AHEAD = 8;

/** An attestation file prepared by the pool, or its candidates for this thread. */
type ReadFile =
  { readonly prepared: PreparedAttestation[] } | { readonly found: AttestationCandidate[] };

/**
 * `read` over `items`, results in order, with up to `window` reads in flight (file I/O
 * overlaps verification). An error surfaces in order, as a sequential loop would raise it.
 */
async function* readAhead<T, R>(
  items: readonly T[],
  read: (item: T) => Promise<R>,
  window: number = READ_AHEAD,
): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  let next = 0;
  const fill = (): void => {
    while (next < items.length && pending.length < window) {
      const started = read(items[next++] as T);
      started.catch(() => undefined); // awaited below, in order
      pending.push(started);
    }
  };
  fill();
  while (pending.length > 0) {
    const result = await (pending.shift() as Promise<R>);
    fill();
    yield result;
  }
}

/** The HTTP client, loaded only when a run goes online (an offline run never loads it). */
async function onlineClient(
  network: NetworkSettings,
): Promise<ReturnType<typeof import('../sources/http.js').clientFor>> {
  return (await import('../sources/http.js')).clientFor(network);
}

function rekorFor(job: VerifyJob): string | undefined {
  const online = job.trust.offline !== true && job.trust.trustedRootFile === undefined;
  const url = job.rekorUrl ?? (online ? DEFAULT_REKOR : undefined);
  return url === undefined ? undefined : serviceBase(url, '--rekor-url');
}

async function fromGithubApi(
  { githubAttestations, githubScope }: typeof import('../sources/github.js'),
  network: NetworkSettings,
  policy: Policy,
  artifacts: readonly ArtifactSubject[],
): Promise<AttestationCandidate[]> {
  const client = await onlineClient(network);
  const found = await retryingNotFound(
    network,
    () => githubAttestations(client, network.githubApiUrl, policy, artifacts),
    (list) => list.length > 0,
  );
  if (found.length === 0) {
    const where = githubScope(policy);
    throw new VerifyError(
      'NO_ATTESTATION',
      `GitHub has no attestation for ${artifacts.map((a) => a.name).join(', ')} in ${where.kind === 'repo' ? where.repo : `repositories of ${where.owner}`}${policy.predicateTypes === 'any' ? '' : ` with predicate type ${policy.predicateTypes.join(' or ')}`}`,
      {
        hint: 'check the repository (renamed or transferred?), the predicate type, and that this is the artifact that was attested; a just-published attestation may take a moment: --retry-not-found 30s; a private repository needs a token with attestations: read',
      },
    );
  }
  return found;
}

/** A file that cannot be read as attestations becomes one failed candidate, never a crash. */
export async function readBundleFile(file: string): Promise<AttestationCandidate[]> {
  return attestationsOrInvalid(file, await readInputFile(file));
}
