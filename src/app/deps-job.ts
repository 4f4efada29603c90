import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { decide } from '../core/deps/decide.js';
import type { LockEntry, Lockfile } from '../core/deps/entries.js';
import { parseLockfile } from '../core/deps/lockfiles/index.js';
import {
  canonicalJson,
  EMPTY_POLICY,
  exceptionsFor,
  isExpired,
  parsePolicyFile,
  requirementsFor,
  ruleFor,
  type DepsPolicy,
} from '../core/deps/policy-file.js';
import { parsePins, pinFrom, pinKey, serializePins, type Pin } from '../core/deps/pins.js';
import { policyError, UsageError, VerifyError } from '../core/errors.js';
import { parsePolicy } from '../core/policy/parse-policy.js';
import type { DepsSummary, VerificationResult } from '../core/report.js';
import { decidedHead, trustRootsOf } from '../core/report.js';
import {
  failedCodes,
  type ArtifactResult,
  type PackageOutcome,
  type PackageReport,
} from '../core/result.js';
import { defaultCacheDir, VerificationCache } from '../sources/deps-cache.js';
import { readAtRef } from '../sources/git-base.js';
import { serviceBase } from '../sources/urls.js';
import { exists, findLockfiles, readTextFile, writeAtomically } from '../sources/lockfile-files.js';
import {
  DEFAULT_NPM_REGISTRY,
  DEFAULT_PYPI_INDEX,
  networkSettings,
  type NetworkInput,
} from '../sources/network.js';
import { clientFor } from '../sources/http.js';
import { readNpmrc, registryFor } from '../sources/npmrc.js';
import { loadTrustRoots, type TrustRootOptions } from '../sources/trust-roots.js';
import {
  labelOf,
  memo,
  planIdentity,
  problemOf,
  type Gathered,
  type RunContext,
  type Target,
} from './deps-context.js';
import { gatherNpm } from './deps-npm.js';
import { gatherPypi } from './deps-pypi.js';
import type { JobContext } from './verify-job.js';

/** What either entry asks of the deps command. */
export type DepsJob = {
  /** Lockfiles; none: the ones in `cwd`. */
  readonly lockfiles: readonly string[];
  readonly cwd: string;
  readonly policyFile?: string | undefined;
  readonly pinsFile?: string | undefined;
  readonly updatePins?: boolean | undefined;
  /** The base lockfile (one lockfile only), or a git ref to read each lockfile's base from. */
  readonly baseFile?: string | undefined;
  readonly baseRef?: string | undefined;
  readonly registry?: string | undefined;
  readonly index?: string | undefined;
  readonly cacheDir?: string | undefined;
  readonly noCache?: boolean | undefined;
  readonly trust: TrustRootOptions;
  readonly network?: NetworkInput | undefined;
};

export type DepsContext = JobContext & {
  readonly onProgress?: (done: number, total: number) => void;
  readonly now?: Date;
};

const OUTCOMES: readonly PackageOutcome[] = [
  'verified',
  'failed',
  'indeterminate',
  'warned',
  'excepted',
  'not-from-registry',
];

/**
 * Gate a dependency install: every registry package in the lockfiles must be the bytes the
 * registry serves, carry attestations that verify through the core for the identity the policy
 * (or the pin file) names, and not show less trust than its earlier versions or its pin.
 * Packages are fetched concurrently, one packument or project page each; verified results are
 * cached on disk under everything they depend on.
 */
export async function runDepsJob(job: DepsJob, ctx: DepsContext): Promise<VerificationResult> {
  const now = ctx.now ?? new Date();
  const env = ctx.env ?? {};
  if (job.baseFile !== undefined && job.baseRef !== undefined)
    throw new UsageError('--base and --base-ref are alternatives');
  if (job.updatePins === true && job.pinsFile === undefined)
    throw new UsageError('--update-pins needs --pins FILE (the file to write)');
  if (job.trust.trustedRootFile !== undefined && job.trust.offline === true)
    throw new UsageError('--trusted-root and --offline are alternatives');
  const policy =
    job.policyFile === undefined
      ? EMPTY_POLICY
      : checkRules(parsePolicyFile(job.policyFile, await readTextFile(job.policyFile, 1 << 20)));
  const pins = await readPinFile(job);
  const paths = job.lockfiles.length > 0 ? job.lockfiles : await findLockfiles(job.cwd);
  if (paths.length === 0)
    throw new UsageError(`no lockfile in ${job.cwd}`, {
      hint: 'give LOCKFILE… (package-lock.json, pnpm-lock.yaml, yarn.lock, bun.lock, uv.lock, poetry.lock, pylock.toml, requirements.txt)',
    });
  if (job.baseFile !== undefined && paths.length !== 1)
    throw new UsageError('--base compares one lockfile; give exactly one (or use --base-ref)');
  const lockfiles: Lockfile[] = [];
  for (const path of paths) lockfiles.push(parseLockfile(path, await readTextFile(path)));
  const base = await baseFingerprints(job, lockfiles);
  const entries = lockfiles.flatMap((l) => l.entries);
  const changed = base === undefined ? entries : entries.filter((e) => !base.has(fingerprint(e)));
  const targets = groupTargets(changed);
  const registryTargets = targets.filter((t) => t.source === 'registry');

  const settings = networkSettings(
    { ...job.network, concurrency: job.network?.concurrency ?? '16' },
    env,
    ctx.version,
  );
  const npmDir = dirname(lockfiles.find((l) => l.ecosystem === 'npm')?.path ?? `${job.cwd}/x`);
  const npmrc = await readNpmrc(npmDir, env);
  const defaultRegistry = serviceBase(
    job.registry ?? npmrc.registry ?? DEFAULT_NPM_REGISTRY,
    '--registry',
  );
  const simple = serviceBase(
    job.index !== undefined
      ? `${job.index.replace(/\/+$/, '')}/simple`
      : (nonEmpty(env.PIP_INDEX_URL) ??
          nonEmpty(env.UV_DEFAULT_INDEX) ??
          nonEmpty(env.UV_INDEX_URL) ??
          `${DEFAULT_PYPI_INDEX}/simple`),
    job.index !== undefined ? '--index' : 'PIP_INDEX_URL',
  );
  const roots = registryTargets.length > 0 ? await loadTrustRoots(job.trust) : [];
  if (roots.length > 0) ctx.onRoots?.(roots);
  const cache = new VerificationCache(
    job.noCache === true ? undefined : (job.cacheDir ?? defaultCacheDir(env)),
  );
  const run: RunContext = {
    tool: ctx.version,
    client: clientFor({ ...settings, token: undefined }, undefined, npmrc.tokens),
    settings,
    roots,
    rootsDigest: createHash('sha256')
      .update(canonicalJson(roots.map((r) => TrustedRoot.toJSON(r.root))))
      .digest('hex'),
    policy,
    pins,
    updatePins: job.updatePins === true,
    cache,
    npmRegistry: (name) => registryFor(name, npmrc, defaultRegistry),
    simple,
    once: memo(),
  };
  // The command that re-pins, for the fix of a changed identity (the lockfiles as given).
  const repin = `verify-provenance deps ${paths.join(' ')}${job.policyFile === undefined ? '' : ` --policy ${job.policyFile}`} --pins ${job.pinsFile ?? 'PINS.json'} --update-pins`;

  let done = 0;
  const results = await Promise.all(
    targets.map(async (t) => {
      const result = await checkTarget(t, run, now, repin);
      ctx.onProgress?.(++done, targets.length);
      return result;
    }),
  );

  const notes = [
    ...lockfiles.flatMap((l) => l.notes),
    ...indexNotes(entries, simple),
    ...exceptionNotes(policy, results, now, base === undefined),
  ];
  const pinReport =
    job.updatePins === true
      ? await updatePins(job, pins, results, lockfiles, base === undefined)
      : undefined;
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<PackageOutcome, number>;
  for (const r of results) counts[r.artifact.package?.outcome ?? 'failed']++;
  const summary: DepsSummary = {
    counts,
    ...(base === undefined ? {} : { unchanged: entries.length - changed.length }),
    lockfiles: lockfiles.map((l) => ({
      path: l.path,
      format: l.format,
      entries: l.entries.length,
    })),
    ...(job.policyFile === undefined ? {} : { policyFile: job.policyFile }),
    ...(pinReport === undefined ? {} : { pins: pinReport }),
    ...(cache.dir === undefined
      ? {}
      : { cache: { dir: cache.dir, hits: cache.hits, stored: cache.stored } }),
    notes,
  };
  return depsResult(
    ctx.version,
    results.map((r) => r.artifact),
    roots,
    summary,
    base !== undefined,
  );
}

type Checked = { readonly target: Target; readonly artifact: ArtifactResult; readonly pin?: Pin };

async function checkTarget(t: Target, run: RunContext, now: Date, repin: string): Promise<Checked> {
  const label = labelOf(t);
  const rule = ruleFor(run.policy, t.ecosystem, t.name);
  const key = pinKey(t.ecosystem, t.name);
  const pin = run.pins.get(key);
  const problems = t.entries.flatMap((e) => (e.problem === undefined ? [] : [e.problem]));
  let gathered: Gathered = { trustedPublisher: false, digests: {} };
  if (t.source === 'registry' && problems.length === 0) {
    const plan = planIdentity(label, rule, pin, run.updatePins);
    try {
      gathered = await (t.ecosystem === 'npm' ? gatherNpm(t, run, plan) : gatherPypi(t, run, plan));
    } catch (err) {
      gathered = { fetchProblem: problemOf(err), trustedPublisher: false, digests: {} };
    }
  }
  const decision = decide({
    label,
    source: t.source,
    problems,
    requirements: requirementsFor(run.policy, rule),
    exceptions: exceptionsFor(run.policy, t.ecosystem, t.name, t.version),
    now,
    ...(gathered.fetchProblem === undefined ? {} : { fetchProblem: gathered.fetchProblem }),
    ...(gathered.integrity === undefined ? {} : { integrity: gathered.integrity }),
    ...(gathered.identity === undefined ? {} : { identity: gathered.identity }),
    ...(gathered.verification === undefined ? {} : { verification: gathered.verification }),
    trustedPublisher: gathered.trustedPublisher,
    ...(gathered.bar === undefined ? {} : { bar: gathered.bar }),
    ...(pin === undefined ? {} : { pin }),
    updatingPins: run.updatePins,
    repin,
  });
  const report: PackageReport = {
    ecosystem: t.ecosystem,
    name: t.name,
    ...(t.version === undefined ? {} : { version: t.version }),
    source: t.source,
    outcome: decision.outcome,
    ...(decision.trustLevel === undefined ? {} : { trustLevel: decision.trustLevel }),
    ...(gathered.identity !== undefined && 'from' in gathered.identity
      ? { identityFrom: gathered.identity.from }
      : {}),
    locations: t.entries.map((e) => ({
      file: e.file,
      line: e.line,
      ...(e.alias === undefined ? {} : { alias: e.alias }),
    })),
    checks: decision.checks,
    ...(gathered.cached === true ? { cached: true } : {}),
  };
  const verified = gathered.verification?.verdict;
  const artifact: ArtifactResult = {
    name: `pkg:${t.ecosystem}/${t.name.replace(/^@/, '%40')}${t.version === undefined ? '' : `@${t.version}`}`,
    digests: gathered.digests,
    verdict:
      decision.outcome === 'indeterminate'
        ? 'indeterminate'
        : verified === 'verified' && decision.outcome !== 'failed'
          ? 'verified'
          : 'failed',
    attestations: gathered.verification?.attestations ?? [],
    package: report,
  };
  const pinned =
    t.source === 'registry' &&
    ['verified', 'warned', 'excepted'].includes(decision.outcome) &&
    decision.trustLevel !== undefined
      ? pinFrom(decision.identity, decision.trustLevel)
      : undefined;
  return { target: t, artifact, ...(pinned === undefined ? {} : { pin: pinned }) };
}

/** Rules that name an identity must be valid policies (checked once, with the rule's line). */
function checkRules(policy: DepsPolicy): DepsPolicy {
  for (const rule of policy.rules) {
    const p = rule.policy;
    if (p.repo === undefined && p.owner === undefined && p.certIdentity === undefined) continue;
    try {
      parsePolicy(p);
    } catch (err) {
      // The policy file's keys are the flag names without their dashes.
      const keys = (text: string): string => text.replace(/--([a-z][a-z-]*)/g, '$1');
      if (err instanceof VerifyError)
        throw policyError(
          `${policy.file ?? 'policy'}:${rule.line}: packages.${rule.pattern}: ${keys(err.message)}`,
          err.hint === undefined ? undefined : keys(err.hint),
        );
      throw err;
    }
  }
  return policy;
}

async function readPinFile(job: DepsJob): Promise<Map<string, Pin>> {
  if (job.pinsFile === undefined) return new Map();
  if (!(await exists(job.pinsFile))) {
    if (job.updatePins === true) return new Map();
    throw new UsageError(`no pin file ${job.pinsFile}`, {
      hint: 'create it: verify-provenance deps --pins FILE --update-pins, then commit it',
    });
  }
  return new Map(parsePins(job.pinsFile, await readTextFile(job.pinsFile, 16 << 20)));
}

/** Entries of the base lockfiles, to check only what was added or changed since. */
async function baseFingerprints(
  job: DepsJob,
  lockfiles: readonly Lockfile[],
): Promise<Set<string> | undefined> {
  if (job.baseFile === undefined && job.baseRef === undefined) return undefined;
  const set = new Set<string>();
  for (const lockfile of lockfiles) {
    const text =
      job.baseFile !== undefined
        ? await readTextFile(job.baseFile)
        : await readAtRef(job.baseRef ?? '', lockfile.path);
    if (text === undefined) continue;
    let base: Lockfile;
    try {
      base = parseLockfile(lockfile.path, text);
    } catch (err) {
      if (err instanceof VerifyError)
        throw new VerifyError(
          err.code,
          `the base of ${lockfile.path} (${job.baseFile ?? job.baseRef ?? ''}): ${err.message}`,
        );
      throw err;
    }
    for (const e of base.entries) set.add(fingerprint(e));
  }
  return set;
}

/** What makes an entry the same as before: what is installed and from where, not its line. */
function fingerprint(e: LockEntry): string {
  return [
    e.ecosystem,
    e.name,
    e.version ?? '',
    e.source,
    e.hashes
      .map((h) => `${h.algorithm}:${h.hex}`)
      .sort()
      .join(' '),
    e.source === 'registry' ? '' : (e.resolved ?? ''),
  ].join('\u0000');
}

/** Lockfile entries → one target per package version (every line that declares it kept). */
function groupTargets(entries: readonly LockEntry[]): Target[] {
  const groups = new Map<string, LockEntry[]>();
  for (const e of entries) {
    const key = `${fingerprint(e)}\u0000${e.problem ?? ''}`;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [e]);
    else list.push(e);
  }
  return [...groups.values()].map((list) => {
    const first = list[0] as LockEntry;
    return {
      ecosystem: first.ecosystem,
      name: first.name,
      version: first.version,
      source: first.source,
      entries: list,
    };
  });
}

function indexNotes(entries: readonly LockEntry[], simple: string): string[] {
  const norm = (u: string): string => u.replace(/\/+$/, '');
  const other = new Set(
    entries.flatMap((e) =>
      e.index !== undefined && norm(e.index) !== norm(simple) ? [norm(e.index)] : [],
    ),
  );
  return [...other].map(
    (index) =>
      `the lockfile names the index ${index}; packages were checked against ${simple} (set PIP_INDEX_URL or --index to check against it)`,
  );
}

function exceptionNotes(
  policy: DepsPolicy,
  results: readonly Checked[],
  now: Date,
  whole: boolean,
): string[] {
  const notes: string[] = [];
  for (const e of policy.exceptions) {
    const where = `${policy.file ?? 'policy'}:${e.line}`;
    if (isExpired(e, now))
      notes.push(`${where}: the exception for ${e.package} expired after ${e.until ?? ''}`);
    else if (
      whole &&
      !results.some(
        (r) =>
          r.target.ecosystem === e.ecosystem &&
          r.target.name === e.name &&
          (e.version === undefined || e.version === r.target.version),
      )
    )
      notes.push(`${where}: the exception for ${e.package} matches nothing in the lockfiles`);
  }
  return notes;
}

/** Write the pins of everything that passed; keep the others' pins; drop pins of packages gone (whole runs only). */
async function updatePins(
  job: DepsJob,
  old: ReadonlyMap<string, Pin>,
  results: readonly Checked[],
  lockfiles: readonly Lockfile[],
  whole: boolean,
): Promise<NonNullable<DepsSummary['pins']>> {
  const next = new Map(old);
  const added: string[] = [];
  const changed: string[] = [];
  const removed: string[] = [];
  if (whole) {
    // Only pins of the ecosystems read this run: a uv.lock run keeps the npm packages' pins.
    const ecosystems = new Set(lockfiles.map((l) => l.ecosystem));
    const present = new Set(
      lockfiles.flatMap((l) =>
        l.entries.filter((e) => e.source === 'registry').map((e) => pinKey(e.ecosystem, e.name)),
      ),
    );
    for (const key of old.keys())
      if (ecosystems.has(key.startsWith('pypi:') ? 'pypi' : 'npm') && !present.has(key)) {
        next.delete(key);
        removed.push(key);
      }
  }
  for (const r of results) {
    if (r.pin === undefined) continue;
    const key = pinKey(r.target.ecosystem, r.target.name);
    const before = next.get(key);
    if (before === undefined) added.push(key);
    else if (canonicalJson(before) !== canonicalJson(r.pin)) changed.push(key);
    next.set(key, r.pin);
  }
  const text = serializePins(next);
  const file = job.pinsFile ?? '';
  const written = !(await exists(file)) || (await readTextFile(file, 16 << 20)) !== text;
  if (written) await writeAtomically(file, text);
  return {
    file,
    written,
    added: added.sort(),
    changed: [...new Set(changed)].sort(),
    removed: removed.sort(),
  };
}

function depsResult(
  version: string,
  artifacts: ArtifactResult[],
  roots: Parameters<typeof trustRootsOf>[0],
  deps: DepsSummary,
  withBase: boolean,
): VerificationResult {
  const failing = artifacts.filter(
    (a) => a.package?.outcome === 'failed' || a.package?.outcome === 'indeterminate',
  );
  const codes = new Set(
    failing.flatMap((a) => [
      ...failedCodes(a.package?.checks ?? []),
      ...(a.verdict === 'verified' ? [] : a.attestations.flatMap((t) => failedCodes(t.checks))),
    ]),
  );
  const empty = artifacts.length === 0 && !withBase;
  if (empty) codes.add('NO_ATTESTATION');
  const verdict =
    empty || deps.counts.failed > 0
      ? 'failed'
      : deps.counts.indeterminate > 0
        ? 'indeterminate'
        : 'verified';
  return {
    ...decidedHead(version, 'deps', verdict, [...codes]),
    trustRoots: trustRootsOf(roots),
    artifacts,
    warnings: empty ? ['the lockfiles list no package'] : [],
    deps,
  };
}

function nonEmpty(v: string | undefined): string | undefined {
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}
