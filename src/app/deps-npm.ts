import { compareNpmIntegrity } from '../core/deps/decide.js';
import { claimedRepositories } from '../core/deps/first-use.js';
import { npmVersionFacts, trustBar, type VersionFacts } from '../core/deps/registry-facts.js';
import { isJsonObject } from '../core/json/strict-json.js';
import { NPM_PUBLISH_PREDICATE } from '../core/npm/package.js';
import { readRegistryKeys, type RegistryKey } from '../core/npm/publish.js';
import { fail } from '../core/result.js';
import { retryingNotFound } from '../sources/network.js';
import {
  fetchNpmAttestations,
  fetchPackument,
  fetchRegistryKeys,
} from '../sources/npm-registry.js';
import {
  cacheKey,
  firstUse,
  labelOf,
  type Gathered,
  type IdentityPlan,
  type RunContext,
  type Target,
} from './deps-context.js';
import { attestationEntries, checkNpmAttestations } from './npm-job.js';

/**
 * One npm package version: the registry's packument (one per package for the run) gives its
 * integrity, trust claims and the earlier versions; when it has attestations they are fetched
 * (unless a verified result is cached) and checked by the npm command's own checks.
 */
export async function gatherNpm(t: Target, run: RunContext, plan: IdentityPlan): Promise<Gathered> {
  const registry = run.npmRegistry(t.name);
  const label = labelOf(t);
  const versions = await run.once(`npm ${registry} ${t.name}`, async () => {
    const packument = await fetchPackument(run.client, registry, t.name);
    return packument === undefined ? undefined : npmVersionFacts(packument);
  });
  const facts: VersionFacts | undefined = versions?.get(t.version ?? '');
  if (versions === undefined || facts === undefined)
    return {
      fetchProblem: fail(
        'registry',
        'LOCKFILE_INTEGRITY',
        `${registry} has no ${versions === undefined ? `package ${t.name}` : label}`,
        {
          hint: 'the lockfile names what the registry does not serve: check the registry (.npmrc, --registry) and the lockfile',
        },
      ),
      trustedPublisher: false,
      digests: {},
    };
  const entry = t.entries[0];
  const integrity = compareNpmIntegrity(entry?.hashes ?? [], entry?.hashNote, facts.hashes);
  const sha512 = facts.hashes.find((h) => h.algorithm === 'sha512')?.hex;
  const base: Gathered = {
    integrity,
    trustedPublisher: facts.trustedPublisher,
    bar: trustBar(versions, facts.version),
    digests: sha512 === undefined ? {} : { sha512 },
  };
  if (integrity.status === 'fail' || !facts.hasAttestations) return base;
  if ('missing' in plan) return { ...base, identity: plan };
  if (sha512 === undefined)
    return {
      ...base,
      fetchProblem: fail(
        'registry',
        'SUBJECT',
        `${registry} gives no sha512 integrity for ${label}`,
      ),
    };
  const pkg = { name: t.name, version: facts.version };
  if (plan.from !== 'first-use') {
    const cached = await run.cache.get(
      cacheKey(run, t, registry, [`sha512:${sha512}`], plan.input),
    );
    if (cached !== undefined)
      return { ...base, identity: { from: plan.from }, verification: cached, cached: true };
  }
  const response = await retryingNotFound(
    run.settings,
    () => fetchNpmAttestations(run.client, registry, pkg),
    (r) => r !== undefined,
  );
  const entries = attestationEntries(response, pkg);
  const provenance = entries.flatMap((e) =>
    isJsonObject(e) && e.predicateType !== NPM_PUBLISH_PREDICATE && isJsonObject(e.bundle)
      ? [e.bundle]
      : [],
  );
  const decided = firstUse(plan, label, claimedRepositories(provenance));
  if ('missing' in decided) return { ...base, identity: decided };
  const keys = await run.once(`npm-keys ${registry}`, async (): Promise<RegistryKey[]> =>
    readRegistryKeys(await fetchRegistryKeys(run.client, registry)),
  );
  const verification = checkNpmAttestations(pkg, sha512, entries, {
    registry,
    keys,
    roots: run.roots,
    policyInput: decided.input,
  });
  await run.cache.put(
    cacheKey(run, t, registry, [`sha512:${sha512}`], decided.input),
    verification,
  );
  return { ...base, identity: { from: decided.from }, verification };
}
