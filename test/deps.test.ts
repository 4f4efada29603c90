// `verify-provenance deps` against a local npm registry and PyPI index on 127.0.0.1 speaking
// the real protocols (test/support/deps-registry.ts), with attestations minted by a throwaway
// Sigstore instance: every lockfile format through the core, the built CLI and the built action;
// then each way a dependency can fail the gate.
import { execFile, execFileSync } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDepsJob } from '../src/app/deps-job.js';
import { parseLockfile } from '../src/core/deps/lockfiles/index.js';
import type { VerificationResult } from '../src/core/report.js';
import type { ArtifactResult } from '../src/core/result.js';
import { runAction } from './support/action-runner.js';
import { runCliInProcess } from './support/cli-in-process.js';
import { readCorpus } from './support/corpus.js';
import {
  DepsRegistry,
  npmIntegrity,
  type NpmVersion,
  type PypiFile,
} from './support/deps-registry.js';
import { main } from '../src/cli/main.js';
import { BUILDERS, fixtureWorld, POLICY } from './support/deps-world.js';
import { createTestInstance, type TestInstance } from './support/mint.js';
import { REPO_ROOT } from './support/verify-helpers.js';
import { assertValidResult } from './support/result-schema.js';

const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');
const LOCKS = join(REPO_ROOT, 'fixtures', 'lockfiles');
const NPM_LOCK = join(LOCKS, 'npm-v3', 'package-lock.json');
const UV_LOCK = join(LOCKS, 'uv', 'uv.lock');

/** What the policy, the pins and the registry make of each locked package version. */
const EXPECTED: Record<string, string> = {
  'sigstore@3.0.0': 'verified',
  '@sigstore/core@2.0.0': 'verified',
  'string-width@4.2.3': 'verified',
  'ms@2.1.3': 'verified',
  'left-pad@1.3.0': 'excepted',
  'pypi:requests@2.32.3': 'verified',
  'pypi:sampleproject@4.0.0': 'verified',
  'pypi:six@1.16.0': 'excepted',
};

let instance: TestInstance;
let world: DepsRegistry;
let dir: string;
let root: string;
let policy: string;
let pins: string;

beforeAll(async () => {
  instance = await createTestInstance();
  world = await fixtureWorld(instance);
  dir = mkdtempSync(join(tmpdir(), 'vp-deps-'));
  root = join(dir, 'trusted_root.json');
  policy = join(dir, 'policy.yml');
  pins = join(dir, 'pins.json');
  writeFileSync(root, JSON.stringify(instance.trustedRoot));
  writeFileSync(policy, POLICY);
  // Trust on first use: pin what the npm and the uv lockfile verify now.
  const first = await deps([NPM_LOCK, UV_LOCK], ['--update-pins']);
  if (first.code !== 0)
    throw new Error(`pinning failed: ${JSON.stringify(first.json.failedChecks)}`);
}, 120_000);
afterAll(async () => {
  instance.close();
  await world.close();
});

function withoutFlag(args: string[], flag: string | undefined): string[] {
  const at = flag === undefined ? -1 : args.indexOf(flag);
  return at < 0 ? args : [...args.slice(0, at), ...args.slice(at + 2)];
}

function sources(extra: { policy?: string; pins?: string } = {}): string[] {
  return [
    '--policy',
    extra.policy ?? policy,
    '--pins',
    extra.pins ?? pins,
    '--registry',
    world.registry,
    '--index',
    world.index,
    '--trusted-root',
    root,
    '--timeout',
    '10s',
  ];
}

type Run = { code: number; json: VerificationResult; stdout: string; stderr: string };

/** `deps` in process, with its own home (no user .npmrc) and no cache unless asked. */
async function deps(
  lockfiles: string[],
  extra: string[] = [],
  opts: { policy?: string; pins?: string; env?: Record<string, string>; text?: boolean } = {},
): Promise<Run> {
  const cache = extra.includes('--cache-dir') ? [] : ['--no-cache'];
  const run = await runCliInProcess(
    [
      'deps',
      ...lockfiles,
      // A single-value flag is given once (issue 10): the case's own --timeout replaces the default.
      ...withoutFlag(sources(opts), extra.includes('--timeout') ? '--timeout' : undefined),
      ...cache,
      ...extra,
      ...(opts.text === true ? [] : ['--format', 'json']),
    ],
    { HOME: dir, ...opts.env },
  );
  const json = (opts.text === true ? {} : JSON.parse(run.stdout)) as VerificationResult;
  // Every deps result follows the shipped schema, facts in one format.
  if (opts.text !== true) assertValidResult(json, `deps ${lockfiles.join(' ')} ${extra.join(' ')}`);
  return { ...run, json };
}

function label(a: ArtifactResult): string {
  const p = a.package;
  return `${p?.ecosystem === 'pypi' ? 'pypi:' : ''}${p?.name ?? a.name}${p?.version === undefined ? '' : `@${p.version}`}`;
}

function outcomes(result: VerificationResult): Record<string, string> {
  return Object.fromEntries(
    result.artifacts
      .filter((a) => a.package?.source === 'registry')
      .map((a) => [label(a), a.package?.outcome ?? '']),
  );
}

function pkg(result: VerificationResult, name: string): ArtifactResult {
  const found = result.artifacts.find((a) => label(a) === name);
  if (found === undefined) throw new Error(`${name} not in the result`);
  return found;
}

/** Change one item of what the registry serves (a copy) while `body` runs. */
async function withChanged<T, B>(
  list: T[],
  which: (item: T) => boolean,
  change: (item: T) => void,
  body: () => Promise<B>,
): Promise<B> {
  const i = list.findIndex(which);
  const saved = list[i] as T;
  const copy = structuredClone(saved);
  change(copy);
  list[i] = copy;
  try {
    return await body();
  } finally {
    list[i] = saved;
  }
}

const withNpm = <B>(
  name: string,
  version: string,
  change: (v: NpmVersion) => void,
  body: () => Promise<B>,
) => withChanged(world.npm.get(name) ?? [], (v) => v.version === version, change, body);

const withPypi = <B>(
  project: string,
  filename: string,
  change: (f: PypiFile) => void,
  body: () => Promise<B>,
) => withChanged(world.pypi.get(project) ?? [], (f) => f.filename === filename, change, body);

function writePolicy(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('every lockfile format, through the core, the built CLI and the built action', () => {
  const fixtures = readdirSync(LOCKS).flatMap((d) =>
    readdirSync(join(LOCKS, d)).map((f) => join(d, f)),
  );

  it('has a fixture of each format', () => {
    expect(fixtures.length).toBe(13);
  });

  it.each(fixtures)('%s', async (rel) => {
    const path = join(LOCKS, rel);
    const lockfile = parseLockfile(path, readFileSync(path, 'utf8'));
    const registry = lockfile.entries.filter((e) => e.source === 'registry');
    const expected = Object.fromEntries(
      registry.map((e) => {
        const l = `${e.ecosystem === 'pypi' ? 'pypi:' : ''}${e.name}@${e.version ?? ''}`;
        return [l, EXPECTED[l]];
      }),
    );
    const others = lockfile.entries.filter((e) => e.source !== 'registry').length;
    // The core: the shared job, in process.
    const core = await runDepsJob(
      {
        lockfiles: [path],
        cwd: dir,
        policyFile: policy,
        pinsFile: pins,
        registry: world.registry,
        index: world.index,
        noCache: true,
        trust: { trustedRootFile: root },
      },
      { version: '0.1.0', command: 'deps', env: { HOME: dir } },
    );
    expect(outcomes(core), rel).toEqual(expected);
    expect(core.deps?.counts['not-from-registry']).toBe(others);
    expect(core.exitCode).toBe(0);
    // The built CLI.
    const cli = await new Promise<{ code: number; stdout: string }>((resolve) =>
      execFile(
        process.execPath,
        [CLI, 'deps', path, ...sources(), '--no-cache', '--format', 'json'],
        { env: { PATH: process.env.PATH ?? '', HOME: dir }, maxBuffer: 32 << 20 },
        (err, stdout) => resolve({ code: err === null ? 0 : Number(err.code), stdout }),
      ),
    );
    expect(cli.code, cli.stdout.slice(0, 2000)).toBe(0);
    const built = JSON.parse(cli.stdout) as VerificationResult;
    assertValidResult(built, `built CLI deps ${rel}`);
    expect(outcomes(built)).toEqual(expected);
    // The built action.
    const action = await runAction({
      lockfile: path,
      policy,
      pins,
      registry: world.registry,
      index: world.index,
      'trusted-root': root,
      'cache-dir': join(dir, `action-cache-${rel.replace(/\W/g, '-')}`),
    });
    expect(action.code, action.stdout.slice(-2000)).toBe(0);
    expect(action.outputs.verified).toBe('true');
    const json = JSON.parse(
      readFileSync(action.outputs['result-path'] ?? '', 'utf8'),
    ) as VerificationResult;
    assertValidResult(json, `built action deps ${rel}`);
    expect(outcomes(json)).toEqual(expected);
    expect(action.outputs['source-repo']).toBe('');
  });
});

describe('the gate: each way a dependency fails it', () => {
  it('passes, with one line per excepted package and a counts line; the pins record ids from the certificate', async () => {
    const run = await deps([NPM_LOCK], [], { text: true });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^EXCEPTED left-pad@1\.3\.0 \(.*package-lock\.json:55\): excepted: upstream publishes no provenance/m,
    );
    expect(run.stdout).toMatch(
      /^deps: 10 package\(s\): 4 verified, 5 not from a registry, 1 excepted$/m,
    );
    expect(run.stdout).toMatch(/^VERIFIED/m);
    const pinned = JSON.parse(readFileSync(pins, 'utf8')) as {
      packages: Record<string, Record<string, string>>;
    };
    expect(pinned.packages.sigstore).toMatchObject({
      repo: BUILDERS.sigstore,
      trust: 'trusted-publisher',
    });
    expect(pinned.packages.sigstore?.['repo-id']).toMatch(/^\d+$/);
    expect(Object.keys(pinned.packages)).toEqual([...Object.keys(pinned.packages)].sort());
  });

  it('wrong repository: the provenance names another one (ID_REPO)', async () => {
    const evil = writePolicy(
      'evil.yml',
      POLICY.replace(
        'sigstore: { repo: sigstore/sigstore-js }',
        'sigstore: { repo: sigstore/sigstore-jss }',
      ),
    );
    const run = await deps([NPM_LOCK], [], { policy: evil });
    expect(run.code).toBe(1);
    expect(pkg(run.json, 'sigstore@3.0.0').package?.outcome).toBe('failed');
    expect(run.json.failedChecks).toContain('ID_REPO');
    expect(outcomes(run.json)['@sigstore/core@2.0.0']).toBe('verified');
    const text = await deps([NPM_LOCK], [], { policy: evil, text: true });
    expect(text.stdout).toMatch(/^FAIL sigstore@3\.0\.0 \(.*package-lock\.json:72\): \[ID_REPO\]/m);
  });

  it("a tampered publish attestation fails the package though its provenance verifies (the registry's key)", async () => {
    const run = await withNpm(
      'sigstore',
      '3.0.0',
      (v) => {
        const publish = v.attestations?.[1]?.bundle as { dsseEnvelope: { payload: string } };
        const statement = JSON.parse(
          Buffer.from(publish.dsseEnvelope.payload, 'base64').toString(),
        ) as { predicate: { version: string } };
        statement.predicate.version = '3.0.1';
        publish.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
      },
      () => deps([NPM_LOCK]),
    );
    expect(run.code).toBe(1);
    const sigstore = pkg(run.json, 'sigstore@3.0.0');
    expect(sigstore.package?.outcome).toBe('failed');
    expect(
      sigstore.attestations.find((a) => a.predicateType === 'https://slsa.dev/provenance/v1')
        ?.verdict,
    ).toBe('verified');
    expect(
      sigstore.attestations.some((a) =>
        a.checks.some((c) => c.id === 'publish-signature' && c.status === 'fail'),
      ),
    ).toBe(true);
  });

  it("integrity mismatch: the lockfile pins other bytes than the registry's (no exception excuses it)", async () => {
    const run = await withNpm(
      'left-pad',
      '1.3.0',
      (v) => void (v.integrity = `sha512-${Buffer.alloc(64, 7).toString('base64')}`),
      () => deps([NPM_LOCK]),
    );
    expect(run.code).toBe(1);
    const leftPad = pkg(run.json, 'left-pad@1.3.0');
    expect(leftPad.package?.outcome).toBe('failed');
    expect(leftPad.package?.checks.find((c) => c.id === 'lockfile-integrity')).toMatchObject({
      code: 'LOCKFILE_INTEGRITY',
      // The lockfile's value, as every digest in the result: ALG:HEX in full.
      actual: `sha512:${Buffer.from(
        (
          JSON.parse(readFileSync(NPM_LOCK, 'utf8')) as {
            packages: Record<string, { integrity?: string }>;
          }
        ).packages['node_modules/left-pad']?.integrity?.replace(/^sha512-/, '') ?? '',
        'base64',
      ).toString('hex')}`,
    });
    const pypi = await withPypi(
      'requests',
      'requests-2.32.3.tar.gz',
      (f) => void (f.sha256 = '0'.repeat(64)),
      () => deps([UV_LOCK]),
    );
    expect(pypi.code).toBe(1);
    expect(
      pkg(pypi.json, 'pypi:requests@2.32.3').package?.checks.find((c) => c.status === 'fail')?.code,
    ).toBe('LOCKFILE_INTEGRITY');
  });

  it('missing provenance: fails; warns with missing: warn; excepted while the exception holds; fails once it expired', async () => {
    const strict = writePolicy(
      'strict.yml',
      POLICY.replace(/ {2}- package: left-pad@1\.3\.0\n.*\n.*\n/, ''),
    );
    const failed = await deps([NPM_LOCK], [], { policy: strict });
    expect(failed.code).toBe(1);
    expect(pkg(failed.json, 'left-pad@1.3.0').package).toMatchObject({
      outcome: 'failed',
      trustLevel: 'none',
    });
    expect(failed.json.failedChecks).toEqual(['NO_ATTESTATION']);
    const warn = writePolicy(
      'warn.yml',
      strict.length > 0
        ? readFileSync(strict, 'utf8').replace('missing: fail', 'missing: warn')
        : '',
    );
    const warned = await deps([NPM_LOCK], [], { policy: warn, text: true });
    expect(warned.code).toBe(0);
    expect(warned.stdout).toMatch(
      /^WARN left-pad@1\.3\.0 .*\[NO_ATTESTATION\] left-pad@1\.3\.0 has no provenance/m,
    );
    const expired = writePolicy(
      'expired.yml',
      POLICY.replace('until: 2999-12-31', 'until: 2020-01-31'),
    );
    const late = await deps([NPM_LOCK], [], { policy: expired });
    expect(late.code).toBe(1);
    const leftPad = pkg(late.json, 'left-pad@1.3.0');
    expect(leftPad.package?.outcome).toBe('failed');
    expect(leftPad.package?.checks.find((c) => c.id === 'exception')?.message).toMatch(
      /expired after 2020-01-31/,
    );
    expect(late.json.deps?.notes.join('\n')).toMatch(
      /expired\.yml:\d+: the exception for left-pad@1\.3\.0 expired after 2020-01-31/,
    );
  });

  it('downgrade: a version without the provenance an earlier one had fails, naming that version', async () => {
    const run = await withNpm(
      'sigstore',
      '3.0.0',
      (v) => {
        delete v.attestations;
        v.trustedPublisher = false;
      },
      () => deps([NPM_LOCK]),
    );
    expect(run.code).toBe(1);
    const check = pkg(run.json, 'sigstore@3.0.0').package?.checks.find(
      (c) => c.code === 'DOWNGRADE' && c.id === 'no-downgrade',
    );
    expect(check?.message).toMatch(
      /but 2\.3\.1 \(published 2024-01-11.*\), published before it, had provenance/,
    );
    // The pin said trusted-publisher too: that is a second downgrade.
    expect(
      pkg(run.json, 'sigstore@3.0.0').package?.checks.some(
        (c) => c.id === 'pin' && c.code === 'DOWNGRADE',
      ),
    ).toBe(true);
    // no-downgrade: false and an exception: the policy decides.
    const excepted = writePolicy(
      'downgrade-ok.yml',
      `${POLICY}  - package: sigstore@3.0.0\n    reason: upstream moved its release pipeline; confirmed in sigstore-js#1234\n    until: 2999-01-01\n`,
    );
    const ok = await withNpm(
      'sigstore',
      '3.0.0',
      (v) => {
        delete v.attestations;
        v.trustedPublisher = false;
      },
      () => deps([NPM_LOCK], [], { policy: excepted }),
    );
    expect(ok.code).toBe(0);
    expect(outcomes(ok.json)['sigstore@3.0.0']).toBe('excepted');
  });

  it('trust level: require trusted-publisher fails a package with provenance only (TRUST_LEVEL)', async () => {
    const strict = writePolicy(
      'tp.yml',
      POLICY.replace('  "@sigstore/*": {', '  "@sigstore/*": { require: trusted-publisher,'),
    );
    const run = await deps([NPM_LOCK], [], { policy: strict });
    expect(run.code).toBe(1);
    expect(
      pkg(run.json, '@sigstore/core@2.0.0').package?.checks.find((c) => c.status === 'fail'),
    ).toMatchObject({
      code: 'TRUST_LEVEL',
      expected: 'trusted-publisher',
      actual: 'provenance',
    });
  });

  it('a changed pinned identity fails, printing both and the command that re-pins; re-pinning accepts it', async () => {
    const moved = join(dir, 'moved-pins.json');
    const text = readFileSync(pins, 'utf8');
    const pinned = JSON.parse(text) as { packages: Record<string, Record<string, string>> };
    const realId = pinned.packages.ms?.['repo-id'] ?? '';
    (pinned.packages.ms as Record<string, string>)['repo-id'] = '1';
    writeFileSync(moved, JSON.stringify(pinned, null, 2));
    const run = await deps([NPM_LOCK], [], { pins: moved, text: true });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^FAIL ms@2\.1\.3 .*\[PIN_MISMATCH\] ms@2\.1\.3 was built by another identity than the pinned one \(repo-id: pinned 1, now \d+\)/m,
    );
    expect(run.stdout).toMatch(
      /expected: repo=vercel\/ms, repo-id=1, owner-id=\d+, signer-workflow=vercel\/ms\/\.github\/workflows\/release\.yml, trust=provenance/,
    );
    expect(run.stdout).toContain(`found:    repo=vercel/ms, repo-id=${realId}`);
    expect(run.stdout).toMatch(
      /fix: .*verify-provenance deps .*--pins .*moved-pins\.json --update-pins/,
    );
    const repinned = await deps([NPM_LOCK], ['--update-pins'], { pins: moved });
    expect(repinned.code).toBe(0);
    expect(repinned.json.deps?.pins).toMatchObject({ written: true, changed: ['ms'] });
    expect(
      (JSON.parse(readFileSync(moved, 'utf8')) as typeof pinned).packages.ms?.['repo-id'],
    ).toBe(realId);
  });

  it('no rule and no pin for a package with provenance: NOT_PINNED, with the fix', async () => {
    // A pin file that is not there is a usage error without --update-pins.
    const missing = await deps([NPM_LOCK], [], { pins: join(dir, 'empty-pins.json') });
    expect(missing.code).toBe(2);
    expect(missing.json.error?.hint).toMatch(/--update-pins/);
    writeFileSync(join(dir, 'empty-pins.json'), '{"version": 1, "packages": {}}\n');
    const none = await deps([NPM_LOCK], [], { pins: join(dir, 'empty-pins.json') });
    expect(none.code).toBe(1);
    expect(
      pkg(none.json, 'string-width@4.2.3').package?.checks.find((c) => c.status === 'fail'),
    ).toMatchObject({
      code: 'NOT_PINNED',
      hint: expect.stringMatching(/--update-pins/),
    });
    expect(outcomes(none.json)['sigstore@3.0.0']).toBe('verified'); // its rule names the repository
  });

  it('not-from-registry: listed by default, failed when the policy says so', async () => {
    const strict = writePolicy(
      'registry-only.yml',
      POLICY.replace('no-downgrade: true', 'no-downgrade: true\n  not-from-registry: fail'),
    );
    const run = await deps([NPM_LOCK], [], { policy: strict });
    expect(run.code).toBe(1);
    expect(run.json.failedChecks).toEqual(['NOT_FROM_REGISTRY']);
    expect(pkg(run.json, 'debug@4.3.4').package).toMatchObject({
      source: 'git',
      outcome: 'failed',
    });
  });

  it('a lockfile that pins only a sha1 passes with a warning (sha1 does not bind)', async () => {
    const sha1 = createHash('sha1')
      .update(Buffer.from(npmIntegrity('ms', '2.1.3').slice('sha512-'.length), 'base64'))
      .digest('base64');
    const lock = join(dir, 'sha1', 'package-lock.json');
    mkdirSync(join(dir, 'sha1'), { recursive: true });
    writeFileSync(
      lock,
      JSON.stringify({
        lockfileVersion: 3,
        packages: {
          '': {},
          'node_modules/ms': {
            version: '2.1.3',
            resolved: 'https://registry.npmjs.org/ms/-/ms-2.1.3.tgz',
            integrity: `sha1-${sha1}`,
          },
        },
      }),
    );
    const run = await deps([lock], [], { text: true });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^WARN ms@2\.1\.3 .*: the lockfile's sha1 is the registry's \(sha1 only/m,
    );
  });

  it('a failing registry is NETWORK: indeterminate, exit 3, never a pass', async () => {
    world.fault = { path: /^\/npm\/sigstore$/, status: 503 };
    try {
      const run = await deps([NPM_LOCK], ['--timeout', '2s']);
      expect(run.code).toBe(3);
      expect(run.json.verdict).toBe('indeterminate');
      expect(run.json.failedChecks).toEqual(['NETWORK']);
      expect(outcomes(run.json)['sigstore@3.0.0']).toBe('indeterminate');
    } finally {
      world.fault = undefined;
    }
  });

  it('PyPI: the publisher must be the repository the policy names', async () => {
    const evil = writePolicy(
      'evil-pypi.yml',
      POLICY.replace(
        '"pypi:requests": { repo: psf/requests }',
        '"pypi:requests": { repo: psf/requestz }',
      ),
    );
    const run = await deps([UV_LOCK], [], { policy: evil });
    expect(run.code).toBe(1);
    expect(run.json.failedChecks).toContain('ID_REPO');
    expect(outcomes(run.json)['pypi:sampleproject@4.0.0']).toBe('verified');
  });
});

describe('real npm attestations (the shared corpus)', () => {
  const cases = readCorpus().filter((c) =>
    /npm-gundam-visor-(slsa-v1-pass|tampered-publish-fail)$/.test(c.id),
  );

  it.skipIf(cases.length === 0)(
    'the real provenance and publish attestation of gundam-visor@1.0.1 pass; a tampered publish fails',
    async () => {
      const NPM_KEYID = 'SHA256:jl3bwswu80PjjokCgh0o2w5c2U4LhQAE57gj9cz1kzA';
      const results: number[] = [];
      for (const c of cases) {
        const served = await new DepsRegistry(undefined).start();
        try {
          const tgz = readFileSync(join(c.dir, c.artifact));
          const integrity = `sha512-${createHash('sha512').update(tgz).digest('base64')}`;
          const response = JSON.parse(
            readFileSync(
              join(c.dir, readdirSync(c.dir).find((f) => f.endsWith('.tgz.json')) ?? ''),
              'utf8',
            ),
          ) as { attestations: { predicateType: string; bundle: unknown }[] };
          served.addNpm('gundam-visor', {
            version: '1.0.1',
            published: '2024-01-10T00:00:00.000Z',
            integrity,
            attestations: response.attestations,
          });
          const der = createPublicKey(readFileSync(join(c.dir, 'npm_publish_key.pub'))).export({
            format: 'der',
            type: 'spki',
          });
          served.keysDocument = {
            keys: [
              {
                expires: null,
                keyid: NPM_KEYID,
                keytype: 'ecdsa-sha2-nistp256',
                scheme: 'ecdsa-sha2-nistp256',
                key: der.toString('base64'),
              },
            ],
          };
          const project = mkdtempSync(join(tmpdir(), 'vp-deps-corpus-'));
          const lock = join(project, 'package-lock.json');
          writeFileSync(
            lock,
            JSON.stringify({
              lockfileVersion: 3,
              packages: {
                '': { dependencies: { 'gundam-visor': '1.0.1' } },
                'node_modules/gundam-visor': {
                  version: '1.0.1',
                  resolved: 'https://registry.npmjs.org/gundam-visor/-/gundam-visor-1.0.1.tgz',
                  integrity,
                },
              },
            }),
          );
          const corpusPolicy = writePolicy(
            'corpus.yml',
            'version: 1\npackages:\n  gundam-visor: { repo: ramonpetgrave64/gundam-visor }\n',
          );
          const run = await runCliInProcess(
            [
              'deps',
              lock,
              '--policy',
              corpusPolicy,
              '--registry',
              served.registry,
              '--trusted-root',
              join(c.dir, 'trusted_root.json'),
              '--no-cache',
              '--format',
              'json',
            ],
            { HOME: dir },
          );
          results.push(run.code);
          if (c.expected === 'fail')
            expect(
              (JSON.parse(run.stdout) as VerificationResult).artifacts[0]?.attestations.some((a) =>
                a.checks.some((k) => k.id === 'publish-signature' && k.status === 'fail'),
              ),
            ).toBe(true);
        } finally {
          await served.close();
        }
      }
      expect(results).toEqual(cases.map((c) => (c.expected === 'pass' ? 0 : 1)));
    },
  );
});

describe('the cache, the base, .npmrc', () => {
  it('a rerun with nothing changed makes no attestation request; a corrupt entry is ignored; a new policy is a new key', async () => {
    const cache = join(dir, 'cache-test');
    const args = ['--cache-dir', cache];
    world.resetSeen();
    const cold = await deps([NPM_LOCK, UV_LOCK], args);
    expect(cold.code).toBe(0);
    const attestationRequests = (): string[] =>
      world.seen.filter((u) => u.includes('/-/npm/v1/attestations/') || u.includes('/integrity/'));
    // 4 npm versions, 2 PyPI releases of 2 files each.
    expect(attestationRequests().length).toBe(8);
    expect(cold.json.deps?.cache).toMatchObject({ hits: 0, stored: 6 });
    world.resetSeen();
    const warm = await deps([NPM_LOCK, UV_LOCK], args);
    expect(outcomes(warm.json)).toEqual(outcomes(cold.json));
    expect(attestationRequests()).toEqual([]);
    expect(warm.json.deps?.cache).toMatchObject({ hits: 6, stored: 0 });
    expect(warm.json.artifacts.filter((a) => a.package?.cached === true).length).toBe(6);
    // Corrupt every entry: each is ignored, verified again, and written again.
    const files = readdirSync(join(cache, 'deps-v1'), {
      recursive: true,
      withFileTypes: true,
    }).filter((f) => f.isFile());
    for (const f of files)
      writeFileSync(join(f.parentPath, f.name), '{"key": {}, "result": {"verdict": "verified"}}');
    world.resetSeen();
    const again = await deps([NPM_LOCK, UV_LOCK], args);
    expect(again.code).toBe(0);
    expect(attestationRequests().length).toBe(8);
    // A changed rule is another key: that package is verified again, the others come from the cache.
    const stricter = writePolicy(
      'cache-policy.yml',
      POLICY.replace(
        'sigstore: { repo: sigstore/sigstore-js }',
        'sigstore: { repo: sigstore/sigstore-js, source-ref: refs/tags/v1.0.0 }',
      ),
    );
    world.resetSeen();
    const changed = await deps([NPM_LOCK, UV_LOCK], args, { policy: stricter });
    expect(changed.code).toBe(0);
    expect(attestationRequests()).toEqual(['/npm/-/npm/v1/attestations/sigstore@3.0.0']);
  });

  it('--base: only entries added or changed since the base are checked', async () => {
    const base = join(dir, 'base', 'package-lock.json');
    cpSync(NPM_LOCK, base, { recursive: true });
    const lock = JSON.parse(readFileSync(NPM_LOCK, 'utf8')) as {
      packages: Record<string, unknown>;
    };
    delete lock.packages['node_modules/ms'];
    writeFileSync(base, JSON.stringify(lock, null, 2));
    const run = await deps([NPM_LOCK], ['--base', base]);
    expect(run.code).toBe(0);
    expect(outcomes(run.json)).toEqual({ 'ms@2.1.3': 'verified' });
    expect(run.json.deps?.unchanged).toBe(9);
  });

  it('--base-ref reads the base with git show; a lockfile new at that ref is all new', async () => {
    const repo = join(dir, 'git-repo');
    cpSync(join(LOCKS, 'yarn-classic'), repo, { recursive: true });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: repo,
        stdio: 'pipe',
      });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'base');
    const lock = join(repo, 'yarn.lock');
    writeFileSync(
      lock,
      readFileSync(lock, 'utf8').replace(/^left-pad@\^1\.3\.0:\n(.*\n){3}\n/m, ''),
    );
    git('commit', '-qam', 'drop left-pad');
    git('tag', 'before');
    writeFileSync(lock, readFileSync(join(LOCKS, 'yarn-classic', 'yarn.lock'), 'utf8'));
    const run = await deps([lock], ['--base-ref', 'before']);
    expect(run.code).toBe(0);
    expect(outcomes(run.json)).toEqual({ 'left-pad@1.3.0': 'excepted' });
    const fresh = await deps([lock], ['--base-ref', 'HEAD~1']);
    expect(Object.keys(outcomes(fresh.json))).toEqual([]);
    expect((await deps([lock], ['--base-ref', '--output=x'])).code).toBe(2);
    rmSync(repo, { recursive: true, force: true });
  });

  it('.npmrc: the registry and its token (expanded from the environment) go only to that registry', async () => {
    const project = join(dir, 'npmrc-project');
    cpSync(join(LOCKS, 'npm-v3'), project, { recursive: true });
    const host = new URL(world.registry).host;
    writeFileSync(
      join(project, '.npmrc'),
      `registry=${world.registry}\n//${host}/npm/:_authToken=\${NPM_TOKEN}\n`,
    );
    world.resetSeen();
    const run = await runCliInProcess(
      [
        'deps',
        join(project, 'package-lock.json'),
        join(LOCKS, 'uv', 'uv.lock'),
        '--policy',
        policy,
        '--pins',
        pins,
        '--index',
        world.index,
        '--trusted-root',
        root,
        '--no-cache',
        '--format',
        'json',
      ],
      { HOME: dir, NPM_TOKEN: 's3cret' },
    );
    expect(run.code, run.stdout.slice(0, 1500)).toBe(0);
    const log = world.log;
    expect(
      log
        .filter((s) => s.url.startsWith('/npm/'))
        .every((s) => s.authorization === 'Bearer s3cret'),
    ).toBe(true);
    expect(
      log.filter((s) => s.url.startsWith('/pypi/')).every((s) => s.authorization === undefined),
    ).toBe(true);
  });
});

describe('at scale', () => {
  it('a progress line on a terminal (stderr), cleared before the report; one packument per package', async () => {
    const packages: Record<string, unknown> = { '': { name: 'many' } };
    for (let i = 0; i < 60; i++) {
      const name = `many-${i}`;
      world.addNpm(name, {
        version: '1.0.0',
        published: '2024-06-01T00:00:00.000Z',
        integrity: npmIntegrity(name, '1.0.0'),
      });
      packages[`node_modules/${name}`] = {
        version: '1.0.0',
        resolved: `https://registry.npmjs.org/${name}/-/${name}-1.0.0.tgz`,
        integrity: npmIntegrity(name, '1.0.0'),
      };
    }
    const lock = join(dir, 'many', 'package-lock.json');
    mkdirSync(join(dir, 'many'), { recursive: true });
    writeFileSync(lock, JSON.stringify({ lockfileVersion: 3, packages }, null, 2));
    const lenient = writePolicy('none.yml', 'version: 1\ndefaults: { require: none }\n');
    let stderr = '';
    let stdout = '';
    world.resetSeen();
    const code = await main(['deps', lock, ...sources({ policy: lenient }), '--no-cache'], {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      env: { HOME: dir },
      isTTY: false,
      stderrIsTTY: true,
    });
    expect(code).toBe(0);
    expect(stderr).toContain('\rchecking packages: 60/60'.replace('\r', '\r\u001b[2K'));
    expect(stderr.endsWith('\r\u001b[2K')).toBe(true);
    expect(stdout).toMatch(/^deps: 60 package\(s\): 60 verified$/m);
    expect(world.seen.filter((u) => u.startsWith('/npm/many-')).length).toBe(60);
  });
});

describe('the built action annotates the lockfile line of every entry that fails', () => {
  it('error annotations with file and line, failures first in the step summary', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'vp-deps-ws-'));
    cpSync(join(LOCKS, 'npm-v3', 'package-lock.json'), join(workspace, 'package-lock.json'));
    const evil = writePolicy(
      'action-evil.yml',
      POLICY.replace(
        'sigstore: { repo: sigstore/sigstore-js }',
        'sigstore: { repo: evil/sigstore-js }',
      ),
    );
    const run = await runAction(
      {
        lockfile: 'package-lock.json',
        policy: evil,
        pins,
        registry: world.registry,
        'trusted-root': root,
        'cache-dir': join(workspace, '.cache'),
      },
      { cwd: workspace },
    );
    expect(run.code).toBe(1);
    expect(run.outputs.verified).toBe('false');
    expect(run.outputs['failed-checks']?.split(',')).toContain('ID_REPO');
    expect(run.stdout).toMatch(
      /^::error title=verify-provenance deps%3A ID_REPO sigstore@3\.0\.0,file=package-lock\.json,line=72::\[ID_REPO\]/m,
    );
    const failures = run.summary.indexOf('### Failures');
    expect(failures).toBeGreaterThan(0);
    expect(run.summary.indexOf('Verified (')).toBeGreaterThan(failures);
    expect(run.summary).toContain('<code>package-lock.json\\:72</code>');
    rmSync(workspace, { recursive: true, force: true });
  });

  it('single-policy inputs and artifact inputs do not mix with lockfile', async () => {
    const run = await runAction({ lockfile: NPM_LOCK, repo: 'a/b', 'trusted-root': root });
    expect(run.outputs['failed-checks']).toBe('USAGE');
  });
});
