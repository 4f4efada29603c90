// The worker pool (src/app/prepare-pool.ts) against the main thread, through the built CLI and
// action: on a directory of many bundles (minted passing and failing, corpus bundles read in
// place, hostile ones) the JSON result is byte-identical with VERIFY_PROVENANCE_WORKERS=0 and
// with the pool, with and without the fast path; a worker that dies mid-run hands its files
// back to the main thread (same result, the process exits). The files a worker must hand back
// (mainThreadOnly: saved npm responses, legacy envelopes with --rekor-url, looked up in a local
// Rekor) give the same result too.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from './support/action-runner.js';
import { isPrepareWorker, PREPARE_WORKER_ROLE } from '../src/app/worker-entry.js';
import { DIST_CLI, runCli, SEA_CLI } from './support/cli-targets.js';
import { readCorpus } from './support/corpus.js';
import { startLocalServer, type LocalServer } from './support/local-server.js';
import {
  createTestInstance,
  githubClaims,
  sha256Subject,
  slsaV1Statement,
  statementBytes,
  type TestInstance,
} from './support/mint.js';
import { rekorRoute, takeApart, type DsseBundle } from './support/rekor-log.js';

const MINTED = 64; // with the hostile files, past the pool's threshold (64 files) on its own
const HOOKS = join(import.meta.dirname, 'support', 'pool-hooks.mjs');
const STARTED = 'pool-hooks: worker started';
let instance: TestInstance;
let dir: string;
let root: string;

/** Every DSSE corpus bundle that is a file of its own, read in place. */
const corpus = readCorpus()
  .filter((c) => c.bundle !== '' && !c.bundle.includes(';'))
  .map((c) => ({ bundle: join(c.dir, c.bundle), artifact: join(c.dir, c.artifact), c }))
  .filter((c) => existsSync(c.bundle));

const artifactBytes = (i: number): Buffer => Buffer.from(`pool artifact ${i}\n`);

/** A certificate's DER (base64) with one byte changed in its middle. */
function corruptDer(b64: string): string {
  const der = Buffer.from(b64, 'base64');
  const at = der.length >> 1;
  der.writeUInt8(der.readUInt8(at) ^ 0x01, at);
  return der.toString('base64');
}

beforeAll(async () => {
  instance = await createTestInstance();
  const throwaway = await createTestInstance();
  dir = mkdtempSync(join(tmpdir(), 'vp-pool-'));
  mkdirSync(join(dir, 'a'));
  mkdirSync(join(dir, 'b'));
  root = join(dir, 'trusted_root.json');
  writeFileSync(root, JSON.stringify(instance.trustedRoot));
  const claims = githubClaims();
  const sign = async (ca: TestInstance, i: number, c = claims): Promise<string> =>
    JSON.stringify(
      await ca.signDsse(
        statementBytes(slsaV1Statement([sha256Subject(`app-${i}.tgz`, artifactBytes(i))], c)),
        c,
      ),
    );
  for (let i = 0; i < MINTED + 4; i++)
    writeFileSync(join(dir, 'a', `app-${String(i).padStart(2, '0')}.tgz`), artifactBytes(i));
  for (let i = 0; i < MINTED; i++) {
    // Every fifth from another repository (fails the policy, verifies cryptographically).
    const c = i % 5 === 4 ? githubClaims({ repository: 'acme/other' }) : claims;
    writeFileSync(
      join(dir, 'b', `app-${String(i).padStart(2, '0')}.json`),
      await sign(instance, i, c),
    );
  }
  const hostile = JSON.parse(await sign(instance, MINTED)) as {
    verificationMaterial: Record<string, { rawBytes?: string }>;
  };
  const cert = hostile.verificationMaterial.certificate;
  if (cert?.rawBytes === undefined) throw new Error('minted bundle has no certificate');
  cert.rawBytes = corruptDer(cert.rawBytes);
  writeFileSync(join(dir, 'b', 'x-corrupt-der.json'), JSON.stringify(hostile));
  writeFileSync(join(dir, 'b', 'x-throwaway-ca.json'), await sign(throwaway, MINTED + 1));
  writeFileSync(join(dir, 'b', 'x-unparseable.json'), '{"mediaType": "application/vnd');
  writeFileSync(
    join(dir, 'b', 'x-lines.jsonl'),
    `${await sign(instance, MINTED + 2)}\n${await sign(instance, MINTED + 3)}\n`,
  );
  throwaway.close();
}, 180_000);

afterAll(() => instance?.close());

type Run = { code: number; stdout: string; stderr: string };

function cli(args: string[], env: Record<string, string>): Promise<Run> {
  return runCli(DIST_CLI, ['verify', ...args, '--format', 'json'], {
    nodeArgs: ['--import', HOOKS],
    env: { PATH: process.env.PATH ?? '', ...env },
  });
}

/** The minted directory, the hostile files and every corpus bundle, against the minted root. */
function mixedArgs(): string[] {
  return [
    join(dir, 'a'),
    '--bundle',
    join(dir, 'b'),
    ...corpus.flatMap((c) => ['--bundle', c.bundle]),
    '--repo',
    'acme/app',
    '--trusted-root',
    root,
  ];
}

/** The corpus cases that share the most common trusted root, with their artifacts, in place. */
function corpusGroupArgs(): string[] {
  const byRoot = new Map<string, typeof corpus>();
  for (const c of corpus) {
    const file = join(c.c.dir, c.c.trustedRoot);
    if (c.c.trustedRoot === '' || !existsSync(file) || !existsSync(c.artifact)) continue;
    const key = createHash('sha256').update(readFileSync(file)).digest('hex');
    byRoot.set(key, [...(byRoot.get(key) ?? []), c]);
  }
  const group = [...byRoot.values()].sort((x, y) => y.length - x.length)[0] ?? [];
  const first = group[0];
  if (first === undefined) return [];
  return [
    ...new Set(group.map((c) => c.artifact)),
    ...group.flatMap((c) => ['--bundle', c.bundle]),
    '--bundle',
    join(dir, 'b'),
    '--owner',
    'sigstore',
    '--trusted-root',
    join(first.c.dir, first.c.trustedRoot),
  ];
}

/** An action run's outputs, step summary, annotations and result file, without its paths. */
function scrubAction(r: ActionRun): unknown {
  const path = r.outputs['result-path'] ?? '';
  const text = JSON.stringify({ outputs: r.outputs, summary: r.summary, notes: r.annotations });
  return {
    run: JSON.parse(text.replaceAll(path, 'RESULT').replaceAll(r.runnerTemp, 'TEMP')),
    result: readFileSync(path, 'utf8'),
  };
}

describe('the worker pool gives the main thread result, byte for byte (built CLI)', () => {
  it.each([
    ['fast path', {}],
    ['VERIFY_PROVENANCE_NO_CACHE=1', { VERIFY_PROVENANCE_NO_CACHE: '1' }],
  ])(
    'minted, hostile and corpus bundles (%s)',
    async (_, extra) => {
      const args = mixedArgs();
      const alone = await cli(args, { ...extra, VERIFY_PROVENANCE_WORKERS: '0' });
      const pooled = await cli(args, { ...extra, VERIFY_PROVENANCE_WORKERS: '2' });
      expect(alone.stderr).not.toContain(STARTED);
      expect(pooled.stderr.split(STARTED).length - 1).toBe(2);
      expect(pooled.code).toBe(alone.code);
      expect(pooled.stdout).toBe(alone.stdout);
      // The run has every kind of verdict to compare.
      expect(alone.code).toBe(1);
      const result = JSON.parse(alone.stdout) as { artifacts: { verdict: string }[] };
      const verdicts = new Set(result.artifacts.map((a) => a.verdict));
      expect([...verdicts].sort()).toEqual(['failed', 'verified']);
      expect(alone.stdout).toContain('CERT_CHAIN');
      expect(alone.stdout).toContain('MALFORMED');
    },
    180_000,
  );

  it('corpus bundles of one trusted root, with their artifacts', async (ctx) => {
    const args = corpusGroupArgs();
    if (args.length === 0) ctx.skip();
    const alone = await cli(args, { VERIFY_PROVENANCE_WORKERS: '0' });
    const pooled = await cli(args, { VERIFY_PROVENANCE_WORKERS: '2' });
    expect(pooled.stderr).toContain(STARTED);
    expect(pooled.code).toBe(alone.code);
    expect(pooled.stdout).toBe(alone.stdout);
  }, 180_000);

  it('a worker that dies mid-run hands its files back: same result, and the process exits', async () => {
    const args = mixedArgs();
    const alone = await cli(args, { VERIFY_PROVENANCE_WORKERS: '0' });
    const dying = await cli(args, { VERIFY_PROVENANCE_WORKERS: '2', POOL_TEST_EXIT_AFTER: '10' });
    expect(dying.stderr).toContain('pool-hooks: worker exits');
    expect(dying.code).toBe(alone.code);
    expect(dying.stdout).toBe(alone.stdout);
  }, 180_000);

  it('a worker that never answers is retired: same result, no hang', async () => {
    const args = mixedArgs();
    const alone = await cli(args, { VERIFY_PROVENANCE_WORKERS: '0' });
    const deaf = await cli(args, { VERIFY_PROVENANCE_WORKERS: '2', POOL_TEST_DEAF: '1' });
    expect(deaf.stderr).toContain(STARTED);
    expect(deaf.code).toBe(alone.code);
    expect(deaf.stdout).toBe(alone.stdout);
  }, 180_000);

  it('below the threshold, or with VERIFY_PROVENANCE_WORKERS=0, no worker starts', async () => {
    const few = await cli(
      [
        join(dir, 'a'),
        '--bundle',
        join(dir, 'b', 'app-00.json'),
        '--repo',
        'acme/app',
        '--trusted-root',
        root,
      ],
      { VERIFY_PROVENANCE_WORKERS: '2' },
    );
    expect(few.stderr).not.toContain(STARTED);
    const bad = await cli(mixedArgs(), { VERIFY_PROVENANCE_WORKERS: 'many' });
    expect(bad.code).toBe(2);
    expect(bad.stdout + bad.stderr).toContain('VERIFY_PROVENANCE_WORKERS=many');
  }, 180_000);
});

describe("the worker's start argument on the main thread", () => {
  it('is an unknown command there (exit 2), never the worker', async () => {
    expect(await isPrepareWorker(['node', 'cli', PREPARE_WORKER_ROLE])).toBe(false);
    const run = await runCli(DIST_CLI, [PREPARE_WORKER_ROLE]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(PREPARE_WORKER_ROLE);
  });
});

describe('the single executable (no pool: it cannot start its embedded script as a worker)', () => {
  it.skipIf(SEA_CLI.missing !== undefined)(
    'gives the same result on many bundles',
    async () => {
      const args = [...mixedArgs(), '--format', 'json'];
      const alone = await cli(mixedArgs(), { VERIFY_PROVENANCE_WORKERS: '0' });
      const sea = await runCli(SEA_CLI, ['verify', ...args], {
        env: { PATH: process.env.PATH ?? '', VERIFY_PROVENANCE_WORKERS: '2' },
      });
      expect(sea.code).toBe(alone.code);
      expect(sea.stdout).toBe(alone.stdout);
    },
    180_000,
  );
});

describe('the worker pool through the built action', () => {
  it('many bundles: the same outputs and step summary with the pool and without', async () => {
    const inputs = {
      'subject-path': join(dir, 'a', '*.tgz'),
      'bundle-path': join(dir, 'b', '*'),
      repo: 'acme/app',
      'trusted-root': root,
    };
    const run = (workers: string) =>
      runAction(inputs, {
        nodeOptions: `--import ${HOOKS}`,
        env: { VERIFY_PROVENANCE_WORKERS: workers },
      });
    const alone = await run('0');
    const pooled = await run('2');
    expect(alone.stderr + alone.stdout).not.toContain(STARTED);
    expect(pooled.stderr + pooled.stdout).toContain(STARTED);
    expect(pooled.code).toBe(alone.code);
    expect(alone.code).toBe(1);
    expect(scrubAction(pooled)).toEqual(scrubAction(alone));
  }, 180_000);
});

/** The corpus npm case a response of which is read, its tarball and its trusted root, in place. */
function npmCase(id: string) {
  const c = readCorpus().find((x) => x.id === `slsa-verifier/${id}`);
  const response =
    c === undefined ? undefined : readdirSync(c.dir).find((f) => f.endsWith('.tgz.json'));
  if (c === undefined || response === undefined) return undefined;
  return {
    response: join(c.dir, response),
    tarball: join(c.dir, c.artifact),
    root: join(c.dir, 'trusted_root.json'),
  };
}

describe('files only the main thread takes: a worker hands them back (mainThreadOnly)', () => {
  // The repository of the gundam-visor npm cases: the minted bundles name it too, so one policy
  // verifies both (an npm unit rule only matters for a provenance that verifies).
  const REPO = 'ramonpetgrave64/gundam-visor';
  const HANDED = 64;
  /** Bundles written as legacy envelopes; the one at UNLOGGED is not in the log. */
  const legacy = (i: number): boolean => i % 8 === 3;
  const UNLOGGED = 11;
  const envelopes = Array.from({ length: HANDED }, (_, i) => i).filter(legacy);
  /** Rekor searches in one run: each envelope file, and the envelope of the mixed file. */
  const LOOKUPS = envelopes.length + 1;
  /** Envelopes the log proves and the policy admits (every fifth is from acme/other). */
  const PROVEN = envelopes.filter((i) => i !== UNLOGGED && i % 5 !== 4).length + 1;
  const npm = {
    pass: npmCase('npm-gundam-visor-slsa-v1-pass'),
    tamperedPublish: npmCase('npm-gundam-visor-tampered-publish-fail'),
    otherRepo: npmCase('npm-supreme-goggles-slsa-v0.2-pass'),
  };
  const ready =
    npm.pass !== undefined && npm.tamperedPublish !== undefined && npm.otherRepo !== undefined;
  let hb: string;
  let rekor: LocalServer;
  const log = new Map<string, { uuid: string; entry: unknown }>();

  beforeAll(async () => {
    if (!ready) return;
    hb = join(dir, 'hand-back');
    mkdirSync(join(hb, 'a'), { recursive: true });
    mkdirSync(join(hb, 'b'));
    const owner = REPO.split('/')[0] ?? '';
    const claims = githubClaims({
      repository: REPO,
      repositoryOwner: owner,
      workflowRef: `${REPO}/.github/workflows/release.yml@refs/tags/v1.2.3`,
    });
    const sign = async (i: number, c = claims): Promise<DsseBundle> => {
      writeFileSync(join(hb, 'a', `pkg-${String(i).padStart(2, '0')}.tgz`), artifactBytes(i));
      const statement = slsaV1Statement([sha256Subject(`pkg-${i}.tgz`, artifactBytes(i))], c);
      return (await instance.signDsse(statementBytes(statement), c)) as unknown as DsseBundle;
    };
    /** The envelope as an .intoto.jsonl line; its entry in the log unless told otherwise. */
    const envelope = (bundle: DsseBundle, inLog = true): string => {
      const parts = takeApart(bundle);
      if (inLog) log.set(parts.payloadHash, { uuid: parts.uuid, entry: parts.entry });
      return JSON.stringify(parts.envelope);
    };
    for (let i = 0; i < HANDED; i++) {
      // Every fifth from another repository (fails the policy, verifies cryptographically).
      const bundle = await sign(
        i,
        i % 5 === 4 ? githubClaims({ repository: 'acme/other' }) : claims,
      );
      const name = join(hb, 'b', `pkg-${String(i).padStart(2, '0')}`);
      if (legacy(i)) writeFileSync(`${name}.intoto.jsonl`, `${envelope(bundle, i !== UNLOGGED)}\n`);
      else writeFileSync(`${name}.json`, JSON.stringify(bundle));
    }
    // One file of JSON Lines, a bundle and an envelope: the envelope sends the whole file back.
    writeFileSync(
      join(hb, 'b', 'z-mixed.jsonl'),
      `${JSON.stringify(await sign(HANDED))}\n${envelope(await sign(HANDED + 1))}\n`,
    );
    // The public-good root of the npm cases, then the minted root, as JSON Lines.
    writeFileSync(
      join(hb, 'trusted_root.jsonl'),
      `${JSON.stringify(JSON.parse(readFileSync(npm.pass?.root ?? '', 'utf8')))}\n${JSON.stringify(instance.trustedRoot)}\n`,
    );
    rekor = await startLocalServer(
      rekorRoute({
        index: (hash) => {
          const e = log.get(hash);
          return e === undefined ? [] : [e.uuid];
        },
        entry: (uuid) => [...log.values()].find((e) => e.uuid === uuid)?.entry,
      }),
    );
  }, 180_000);
  afterAll(() => rekor?.close());

  /** Minted bundles and envelopes, one npm response for the gundam-visor tarball, another's. */
  function handBackArgs(response: string): string[] {
    return [
      join(hb, 'a'),
      npm.pass?.tarball ?? '',
      npm.otherRepo?.tarball ?? '',
      '--bundle',
      join(hb, 'b'),
      '--bundle',
      response,
      '--bundle',
      npm.otherRepo?.response ?? '',
      '--repo',
      REPO,
      '--trusted-root',
      join(hb, 'trusted_root.jsonl'),
      '--rekor-url',
      rekor.base,
    ];
  }

  /** Rekor searches since the last call. */
  function searches(): number {
    const n = rekor.seen.filter((r) => r.url === '/api/v1/index/retrieve').length;
    rekor.seen.length = 0;
    return n;
  }

  type Json = {
    failedChecks: string[];
    artifacts: {
      name: string;
      verdict: string;
      attestations: { origin: string; verdict: string; checks: { id: string; status: string }[] }[];
    }[];
  };

  it.skipIf(!ready).each([
    ['whose publish attestation fails (the unit fails)', 'tamperedPublish', 'failed'],
    ['whose publish attestation verifies', 'pass', 'verified'],
  ] as const)(
    'built CLI: an npm response %s, legacy envelopes looked up in Rekor',
    async (_, which, gundam) => {
      const args = handBackArgs(npm[which]?.response ?? '');
      searches();
      const alone = await cli(args, { VERIFY_PROVENANCE_WORKERS: '0' });
      const asked = searches();
      const pooled = await cli(args, { VERIFY_PROVENANCE_WORKERS: '2' });
      expect(pooled.stderr.split(STARTED).length - 1).toBe(2);
      expect(pooled.stdout).toBe(alone.stdout);
      expect(pooled.code).toBe(alone.code);
      // Every envelope was looked up, on the main thread: none verified on a worker without Rekor.
      expect([asked, searches()]).toEqual([LOOKUPS, LOOKUPS]);
      // What the run shows: envelopes verified through the log, one the log does not hold, and
      // the npm unit rule deciding the gundam-visor tarball.
      expect(alone.code).toBe(1);
      const result = JSON.parse(alone.stdout) as Json;
      expect(result.failedChecks).toContain('TLOG_THRESHOLD');
      expect(result.failedChecks).not.toContain('TLOG_LOOKUP_NEEDED');
      const all = result.artifacts.flatMap((a) => a.attestations);
      expect(
        all.filter((a) => a.origin.includes('(Rekor ') && a.verdict === 'verified').length,
      ).toBe(PROVEN);
      const tarball = result.artifacts.find((a) => npm.pass?.tarball.endsWith(a.name) === true);
      expect(tarball?.verdict).toBe(gundam);
      const checks = tarball?.attestations.flatMap((a) => a.checks) ?? [];
      expect(checks.find((k) => k.id === 'npm-publish')?.status).toBe(
        gundam === 'failed' ? 'fail' : undefined,
      );
      expect(checks.filter((k) => k.id === 'publish-signature').map((k) => k.status)).toEqual([
        gundam === 'failed' ? 'fail' : 'pass',
      ]);
    },
    180_000,
  );

  it.skipIf(!ready || SEA_CLI.missing !== undefined)(
    'the single executable (no pool) gives the same result',
    async () => {
      const args = handBackArgs(npm.tamperedPublish?.response ?? '');
      const alone = await cli(args, { VERIFY_PROVENANCE_WORKERS: '0' });
      const sea = await runCli(SEA_CLI, ['verify', ...args, '--format', 'json'], {
        env: { PATH: process.env.PATH ?? '', VERIFY_PROVENANCE_WORKERS: '2' },
      });
      expect(sea.code).toBe(alone.code);
      expect(sea.stdout).toBe(alone.stdout);
    },
    180_000,
  );

  it.skipIf(!ready)(
    'built action: the same outputs and step summary with the pool and without',
    async () => {
      const inputs = {
        'subject-path': `${join(hb, 'a', '*.tgz')}\n${npm.pass?.tarball}\n${npm.otherRepo?.tarball}`,
        'bundle-path': `${join(hb, 'b', '*')}\n${npm.tamperedPublish?.response}\n${npm.otherRepo?.response}`,
        repo: REPO,
        'trusted-root': join(hb, 'trusted_root.jsonl'),
        'rekor-url': rekor.base,
      };
      const run = (workers: string) =>
        runAction(inputs, {
          nodeOptions: `--import ${HOOKS}`,
          env: { VERIFY_PROVENANCE_WORKERS: workers },
        });
      searches();
      const alone = await run('0');
      const asked = searches();
      const pooled = await run('2');
      expect(alone.stderr + alone.stdout).not.toContain(STARTED);
      expect(pooled.stderr + pooled.stdout).toContain(STARTED);
      expect(scrubAction(pooled)).toEqual(scrubAction(alone));
      expect(pooled.code).toBe(alone.code);
      expect(alone.code).toBe(1);
      expect([asked, searches()]).toEqual([LOOKUPS, LOOKUPS]);
      expect(readFileSync(alone.outputs['result-path'] ?? '', 'utf8')).toContain('npm-publish');
    },
    180_000,
  );
});
