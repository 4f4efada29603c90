import { isAbsolute, relative } from 'node:path';
import type { DepsJob } from '../app/deps-job.js';
import type { NpmJob } from '../app/npm-job.js';
import type { PypiJob } from '../app/pypi-job.js';
import type { VerifyJob } from '../app/verify-job.js';
import type { NetworkInput } from '../sources/network.js';
import { UsageError } from '../core/errors.js';
import { POLICY_FIELDS, policyInputFrom, type PolicyField } from '../core/policy/fields.js';

/** Reads one input as GitHub passes it: the raw string, `''` when unset. */
export type InputReader = (name: string) => string;
/** Expands path and glob patterns (one input's worth) to files; a pattern matching nothing throws. */
export type PatternExpander = (input: string, patterns: readonly string[]) => Promise<string[]>;

export const SUBJECT_INPUTS = ['subject-path', 'subject-digest', 'bundle-path'] as const;
export const TRUST_INPUTS = [
  'trusted-root',
  'offline',
  'tuf-mirror',
  'tuf-root',
  'github-tuf-root',
  'github-tuf-mirror',
] as const;
export const NETWORK_INPUTS = [
  'github-token',
  'github-api-url',
  'timeout',
  'retry-not-found',
  'concurrency',
  'rekor-url',
] as const;
export const PACKAGE_INPUTS = [
  'npm-packages',
  'registry',
  'pypi-project',
  'pypi-version',
  'index',
] as const;
/** The deps job: lockfiles, the policy and pin files, the base, the cache. */
export const DEPS_INPUTS = ['lockfile', 'policy', 'pins', 'base-ref', 'cache-dir'] as const;
export const BEHAVIOUR_INPUTS = ['fail-on-error', 'summary'] as const;

/** Every input the action reads; `action.yml` declares exactly these (a test holds them equal). */
export const ACTION_INPUTS: readonly string[] = [
  ...SUBJECT_INPUTS,
  ...POLICY_FIELDS.map((f) => f.input),
  ...TRUST_INPUTS,
  ...NETWORK_INPUTS,
  ...PACKAGE_INPUTS,
  ...DEPS_INPUTS,
  ...BEHAVIOUR_INPUTS,
];

export type ActionSettings = {
  readonly job: VerifyJob;
  readonly failOnError: boolean;
  readonly summary: boolean;
};

/** Behaviour inputs first, so an invalid policy still honours `fail-on-error` and `summary`. */
export function readBehaviour(read: InputReader): { failOnError: boolean; summary: boolean } {
  return {
    failOnError: readBoolean(read, 'fail-on-error') ?? true,
    summary: readBoolean(read, 'summary') ?? true,
  };
}

/** What the inputs ask for: an artifact check (files, digests), an npm or a PyPI release, lockfiles. */
export type ActionWork =
  | { readonly kind: 'verify'; readonly job: VerifyJob }
  | { readonly kind: 'npm'; readonly job: NpmJob }
  | { readonly kind: 'pypi'; readonly job: PypiJob }
  | { readonly kind: 'deps'; readonly job: DepsJob };

/**
 * `npm-packages` → the npm command's job; `pypi-project` (+ `pypi-version`, and optionally one
 * `subject-path` file) → the pypi command's; otherwise the verify job. Mixing them is a usage
 * error: each source finds its own attestations.
 */
export async function readWork(read: InputReader, expand: PatternExpander): Promise<ActionWork> {
  const lockfiles = readList(read, 'lockfile');
  if (lockfiles.length > 0)
    return { kind: 'deps', job: await readDepsJob(read, expand, lockfiles) };
  const stray = ['policy', 'pins', 'base-ref', 'cache-dir'].find(
    (n) => readString(read, n) !== undefined,
  );
  if (stray !== undefined) throw new UsageError(`input ${stray} applies only with lockfile`);
  const packages = readList(read, 'npm-packages');
  const project = readString(read, 'pypi-project');
  if (packages.length === 0 && project === undefined)
    return { kind: 'verify', job: await readJob(read, expand) };
  const policy = policyInputFrom((field) => readPolicyField(read, field));
  const trust = readTrust(read);
  const network = readNetwork(read);
  const rest = [
    'bundle-path',
    'subject-digest',
    ...(project === undefined ? ['subject-path'] : []),
  ];
  const clash = [
    ...rest,
    ...(packages.length > 0 && project !== undefined ? ['pypi-project'] : []),
  ].find((name) => readString(read, name) !== undefined);
  if (clash !== undefined)
    throw new UsageError(
      `input ${clash} does not apply with ${packages.length > 0 ? 'npm-packages' : 'pypi-project'}`,
      {
        hint: 'npm-packages and pypi-project find their own attestations',
      },
    );
  if (packages.length > 0)
    return {
      kind: 'npm',
      job: { packages, registry: readString(read, 'registry'), policy, trust, network },
    };
  const version = readString(read, 'pypi-version');
  if (version === undefined) throw new UsageError('pypi-project needs pypi-version');
  const paths = readList(read, 'subject-path');
  const files = paths.length === 0 ? [] : await expand('subject-path', paths);
  if (files.length > 1)
    throw new UsageError('with pypi-project, subject-path names at most one file');
  return {
    kind: 'pypi',
    job: {
      project: project ?? '',
      version,
      file: files[0],
      index: readString(read, 'index'),
      policy,
      trust,
      network,
    },
  };
}

/** Inputs that the deps job does not take: artifacts, the other sources, a single policy. */
const NOT_WITH_LOCKFILE = [
  'subject-path',
  'subject-digest',
  'bundle-path',
  'npm-packages',
  'pypi-project',
  'pypi-version',
  'rekor-url',
  ...POLICY_FIELDS.map((f) => f.input),
];
/** Inputs with a default in action.yml: set only when they differ from it. */
const INPUT_DEFAULTS: Readonly<Record<string, string>> = {
  'cert-oidc-issuer': 'https://token.actions.githubusercontent.com',
  'allow-self-hosted-runners': 'false',
};

/**
 * `lockfile` → the deps job the CLI's `deps` builds. The identity policy comes from the `policy`
 * file (rules per package), never from the single-policy inputs: giving one is a usage error.
 */
async function readDepsJob(
  read: InputReader,
  expand: PatternExpander,
  patterns: readonly string[],
): Promise<DepsJob> {
  const clash = NOT_WITH_LOCKFILE.find((name) => {
    const value = readString(read, name);
    return value !== undefined && value !== INPUT_DEFAULTS[name];
  });
  if (clash !== undefined)
    throw new UsageError(`input ${clash} does not apply with lockfile`, {
      hint: "name each package's repository in the policy file (packages: {NAME: {repo: OWNER/REPO}})",
    });
  const network = readNetwork(read);
  return {
    // Paths as the repository names them (the runner starts in the workspace): reports,
    // annotations and the re-pin command read as they would on a developer's machine.
    lockfiles: [...new Set(await expand('lockfile', patterns))].map((p) => {
      const rel = relative(process.cwd(), p);
      return rel.startsWith('..') || isAbsolute(rel) ? p : rel;
    }),
    cwd: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    policyFile: readString(read, 'policy'),
    pinsFile: readString(read, 'pins'),
    baseRef: readString(read, 'base-ref'),
    registry: readString(read, 'registry'),
    index: readString(read, 'index'),
    cacheDir: readString(read, 'cache-dir'),
    trust: readTrust(read),
    network: {
      timeout: network.timeout,
      retryNotFound: network.retryNotFound,
      concurrency: network.concurrency,
    },
  };
}

function readTrust(read: InputReader): VerifyJob['trust'] {
  return {
    trustedRootFile: readString(read, 'trusted-root'),
    offline: readBoolean(read, 'offline'),
    tufMirror: readString(read, 'tuf-mirror'),
    tufRoot: readString(read, 'tuf-root'),
    githubTufRoot: readString(read, 'github-tuf-root'),
    githubTufMirror: readString(read, 'github-tuf-mirror'),
  };
}

function readNetwork(read: InputReader): NetworkInput {
  return {
    token: readString(read, 'github-token'),
    githubApiUrl: readString(read, 'github-api-url'),
    timeout: readString(read, 'timeout'),
    retryNotFound: readString(read, 'retry-not-found'),
    concurrency: readString(read, 'concurrency'),
  };
}

/** Inputs → the same job the CLI builds from its flags. Values are data: no shell, no eval. */
export async function readJob(read: InputReader, expand: PatternExpander): Promise<VerifyJob> {
  const policy = policyInputFrom((field) => readPolicyField(read, field));
  const paths = readList(read, 'subject-path');
  const digests = readList(read, 'subject-digest');
  if (paths.length === 0 && digests.length === 0)
    throw new UsageError('no artifact to verify', {
      hint: 'set subject-path (files or globs) or subject-digest (sha256:HEX)',
    });
  for (const d of digests)
    if (!/^sha(256|512):/.test(d))
      throw new UsageError(`subject-digest ${JSON.stringify(d)} is not sha256:HEX or sha512:HEX`);
  // No bundle-path: the attestations come from the GitHub API, as gh attestation verify does.
  const bundlePatterns = readList(read, 'bundle-path');
  const files = paths.length === 0 ? [] : await expand('subject-path', paths);
  const bundles = bundlePatterns.length === 0 ? [] : await expand('bundle-path', bundlePatterns);
  return {
    subjects: [...new Set(files), ...new Set(digests)],
    bundles: [...new Set(bundles)],
    from: bundlePatterns.length === 0 ? 'github' : 'file',
    rekorUrl: readString(read, 'rekor-url'),
    network: readNetwork(read),
    policy,
    trust: readTrust(read),
  };
}

function readPolicyField(
  read: InputReader,
  field: PolicyField,
): string | boolean | string[] | undefined {
  switch (field.kind) {
    case 'string':
      return readString(read, field.input);
    case 'boolean':
      return readBoolean(read, field.input);
    case 'list': {
      const values = readList(read, field.input);
      return values.length === 0 ? undefined : values;
    }
  }
}

function readString(read: InputReader, name: string): string | undefined {
  const value = read(name).trim();
  return value === '' ? undefined : value;
}

/**
 * One value per line; lists of names (not `workflow-input`, whose values may hold commas)
 * also split on commas. Blank lines are ignored.
 */
function readList(read: InputReader, name: string): string[] {
  const separator = name === 'workflow-input' ? /\r?\n/ : /\r?\n|,/;
  return read(name)
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** YAML 1.2 core-schema booleans, as `core.getBooleanInput`; anything else is a usage error. */
function readBoolean(read: InputReader, name: string): boolean | undefined {
  const value = read(name).trim();
  if (value === '') return undefined;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError(`input ${name} must be true or false, got ${JSON.stringify(value)}`);
}
