import type { LoadedRoot } from '../core/crypto/trust.js';
import type { TrustBar } from '../core/deps/decide.js';
import type { Ecosystem, LockEntry, SourceKind } from '../core/deps/entries.js';
import { digestOf, type DepsPolicy, type PackageRule } from '../core/deps/policy-file.js';
import type { Pin, Pins } from '../core/deps/pins.js';
import { UsageError, VerifyError } from '../core/errors.js';
import type { PolicyInput } from '../core/policy/policy.js';
import { fail, type ArtifactResult, type Check } from '../core/result.js';
import type { CacheKey, VerificationCache } from '../sources/deps-cache.js';
import type { HttpClient } from '../sources/http.js';
import type { NetworkSettings } from '../sources/network.js';

/** One package version to check, with every lockfile line that declares it. */
export type Target = {
  readonly ecosystem: Ecosystem;
  readonly name: string;
  readonly version: string | undefined;
  readonly source: SourceKind;
  readonly entries: readonly LockEntry[];
};

export function labelOf(t: Pick<Target, 'ecosystem' | 'name' | 'version'>): string {
  return `${t.ecosystem === 'pypi' ? 'pypi:' : ''}${t.name}${t.version === undefined ? '' : `@${t.version}`}`;
}

/** What a run shares between its packages. */
export type RunContext = {
  readonly tool: string;
  readonly client: HttpClient;
  readonly settings: NetworkSettings;
  readonly roots: readonly LoadedRoot[];
  readonly rootsDigest: string;
  readonly policy: DepsPolicy;
  readonly pins: Pins;
  readonly updatePins: boolean;
  readonly cache: VerificationCache;
  /** The npm registry for a package (scoped registries from `.npmrc`). */
  readonly npmRegistry: (name: string) => string;
  /** The PyPI simple API base. */
  readonly simple: string;
  /** One fetch per key for the whole run (a packument, a project page, a registry's keys). */
  readonly once: <T>(key: string, fetch: () => Promise<T>) => Promise<T>;
};

/** A per-run memo of promises: concurrent asks for the same key share one fetch. */
export function memo(): RunContext['once'] {
  const seen = new Map<string, Promise<unknown>>();
  return <T>(key: string, fetch: () => Promise<T>): Promise<T> => {
    let p = seen.get(key) as Promise<T> | undefined;
    if (p === undefined) {
      p = fetch();
      seen.set(key, p);
    }
    return p;
  };
}

/** What the sources found for one package, for `decide`. */
export type Gathered = {
  readonly fetchProblem?: Check;
  readonly integrity?: Check;
  readonly identity?:
    { readonly from: 'policy' | 'pin' | 'first-use' } | { readonly missing: string };
  readonly verification?: ArtifactResult;
  readonly cached?: boolean;
  readonly trustedPublisher: boolean;
  readonly bar?: TrustBar;
  /** The registry's digests of what was verified (hex by algorithm). */
  readonly digests: Readonly<Record<string, string>>;
};

/** Where the expected identity comes from: the policy's rule, else the pin, else (updating pins) first use. */
export type IdentityPlan =
  | { readonly from: 'policy' | 'pin' | 'first-use'; readonly input: PolicyInput }
  | { readonly missing: string };

export function planIdentity(
  label: string,
  rule: PackageRule | undefined,
  pin: Pin | undefined,
  updatePins: boolean,
): IdentityPlan {
  const input = rule?.policy ?? {};
  if (input.repo !== undefined || input.owner !== undefined || input.certIdentity !== undefined)
    return { from: 'policy', input };
  if (!updatePins && pin?.repo !== undefined)
    return { from: 'pin', input: { ...input, repo: pin.repo } };
  if (updatePins) return { from: 'first-use', input };
  return {
    missing:
      pin === undefined
        ? `no policy rule or pin names who builds ${label}`
        : `${label} is pinned without provenance, and now has attestations: its identity is not pinned yet`,
  };
}

/** First use: the one repository the certificates name becomes the policy. */
export function firstUse(
  plan: IdentityPlan,
  label: string,
  repos: readonly string[],
): IdentityPlan {
  if (!('from' in plan) || plan.from !== 'first-use') return plan;
  if (repos.length === 1) return { from: 'first-use', input: { ...plan.input, repo: repos[0] } };
  return {
    missing:
      repos.length === 0
        ? `no attestation of ${label} names a source repository`
        : `the attestations of ${label} name several repositories (${repos.join(', ')}): name the right one in the policy file`,
  };
}

export function cacheKey(
  run: RunContext,
  t: Target,
  registry: string,
  integrity: readonly string[],
  input: PolicyInput,
): CacheKey {
  return {
    tool: run.tool,
    ecosystem: t.ecosystem,
    registry,
    name: t.name,
    version: t.version ?? '',
    integrity: [...integrity].sort(),
    trustedRoots: run.rootsDigest,
    policy: digestOf({ ecosystem: t.ecosystem, input }),
  };
}

/**
 * A source's failure for one package becomes its check (NETWORK: indeterminate); a usage or
 * policy error stops the run.
 */
export function problemOf(err: unknown): Check {
  if (err instanceof UsageError || !(err instanceof VerifyError)) throw err;
  return fail('registry', err.code, err.message, { hint: err.hint });
}
