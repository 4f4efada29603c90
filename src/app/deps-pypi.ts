import { matchPypiFiles, type IndexFile } from '../core/deps/decide.js';
import { claimedRepositories } from '../core/deps/first-use.js';
import { pypiProjectFacts, trustBar } from '../core/deps/registry-facts.js';
import type { JsonValue } from '../core/json/strict-json.js';
import { PYPI_PUBLISH_PREDICATE, readPypiProvenance } from '../core/pypi/provenance.js';
import { fail, missingAttestation, type ArtifactResult } from '../core/result.js';
import { retryingNotFound } from '../sources/network.js';
import { fetchLinkedProvenance, fetchProjectPage } from '../sources/pypi-index.js';
import {
  cacheKey,
  firstUse,
  labelOf,
  type Gathered,
  type IdentityPlan,
  type RunContext,
  type Target,
} from './deps-context.js';
import { checkPypiProvenance } from './pypi-job.js';

/**
 * One PyPI release: the project's PEP 691 page (one per project for the run) gives every file's
 * sha256, upload time and PEP 740 provenance URL. Every file the lockfile pins must be a file
 * of this version; each such file's provenance is checked by the pypi command's own checks.
 */
export async function gatherPypi(
  t: Target,
  run: RunContext,
  plan: IdentityPlan,
): Promise<Gathered> {
  const label = labelOf(t);
  const pageUrl = `${run.simple}/${encodeURIComponent(t.name)}/`;
  const project = await run.once(`pypi ${run.simple} ${t.name}`, async () => {
    const page = await fetchProjectPage(run.client, run.simple, t.name);
    return page === undefined ? undefined : pypiProjectFacts(page, t.name);
  });
  const version = t.version ?? '';
  if (project === undefined)
    return {
      fetchProblem: fail(
        'registry',
        'LOCKFILE_INTEGRITY',
        `${run.simple} has no project ${t.name}`,
        {
          hint: 'the lockfile names what the index does not serve: check the index (--index, PIP_INDEX_URL, UV_INDEX_URL)',
        },
      ),
      trustedPublisher: true,
      digests: {},
    };
  const { check, files } = matchPypiFiles(t.entries[0]?.hashes ?? [], version, project.files);
  const base: Gathered = {
    integrity: check,
    trustedPublisher: true,
    bar: trustBar(project.versions, version),
    digests: files.length === 1 && files[0] !== undefined ? { sha256: files[0].sha256 } : {},
  };
  if (check.status === 'fail' || !files.some((f) => f.provenance !== undefined)) return base;
  if ('missing' in plan) return { ...base, identity: plan };
  const integrity = files.map((f) => `sha256:${f.sha256}`);
  if (plan.from !== 'first-use') {
    const cached = await run.cache.get(cacheKey(run, t, run.simple, integrity, plan.input));
    if (cached !== undefined)
      return { ...base, identity: { from: plan.from }, verification: cached, cached: true };
  }
  const provenance = await Promise.all(
    files.map((f) =>
      f.provenance === undefined
        ? Promise.resolve(undefined)
        : retryingNotFound(
            run.settings,
            () => fetchLinkedProvenance(run.client, f.provenance ?? '', pageUrl, f.filename),
            (p) => p !== undefined,
          ),
    ),
  );
  const bundles = provenance.flatMap((p, i) =>
    p === undefined ? [] : readableBundles(`pypi:${files[i]?.filename ?? ''}`, p),
  );
  const decided = firstUse(plan, label, claimedRepositories(bundles));
  if ('missing' in decided) return { ...base, identity: decided };
  const input = { predicateType: PYPI_PUBLISH_PREDICATE, ...decided.input };
  const results = files.map((f, i) => checkFile(f, provenance[i], run, input));
  const verification: ArtifactResult = {
    name: `pkg:pypi/${t.name}@${version}`,
    digests: base.digests,
    verdict: results.every((r) => r.verdict === 'verified')
      ? 'verified'
      : results.some((r) => r.verdict === 'indeterminate')
        ? 'indeterminate'
        : 'failed',
    attestations: results.flatMap((r) => r.attestations),
  };
  await run.cache.put(cacheKey(run, t, run.simple, integrity, decided.input), verification);
  return { ...base, identity: { from: decided.from }, verification };
}

function checkFile(
  file: IndexFile,
  provenance: JsonValue | undefined,
  run: RunContext,
  input: Parameters<typeof checkPypiProvenance>[3],
): ArtifactResult {
  const subject = { name: file.filename, digests: { sha256: file.sha256 } };
  if (provenance === undefined)
    return missingAttestation(
      subject,
      `pypi:${file.filename}`,
      `${file.filename} has no provenance on the index`,
      'every file the lockfile pins needs provenance; upload them all with Trusted Publishing',
    );
  return checkPypiProvenance(subject, provenance, run.roots, input);
}

/** The bundles in a provenance object that can be read (first use only looks at their certificates). */
function readableBundles(origin: string, provenance: JsonValue): JsonValue[] {
  try {
    return readPypiProvenance(origin, provenance).flatMap((c) =>
      c.candidate.kind === 'bundle' ? [c.candidate.json] : [],
    );
  } catch {
    return [];
  }
}
