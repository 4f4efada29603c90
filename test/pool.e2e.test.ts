// The worker pool (src/app/prepare-pool.ts) against the main thread, through the built CLI and
// action: on a directory of many bundles (minted passing and failing, corpus bundles read in
// place, hostile ones) the JSON result is byte-identical with VERIFY_PROVENANCE_WORKERS=0 and
// with the pool, with and without the fast path; a worker that dies mid-run hands its files
// back to the main thread (same result, the process exits).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from './support/action-runner.js';
import { DIST_CLI, runCli, SEA_CLI } from './support/cli-targets.js';
import { readCorpus } from './support/corpus.js';
import {
  createTestInstance,
  githubClaims,
  sha256Subject,
  slsaV1Statement,
  statementBytes,
  type TestInstance,
} from './support/mint.js';

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
    const scrub = (r: typeof alone): unknown => {
      const path = r.outputs['result-path'] ?? '';
      const text = JSON.stringify({ outputs: r.outputs, summary: r.summary, notes: r.annotations });
      return {
        run: JSON.parse(text.replaceAll(path, 'RESULT').replaceAll(r.runnerTemp, 'TEMP')),
        result: readFileSync(path, 'utf8'),
      };
    };
    expect(scrub(pooled)).toEqual(scrub(alone));
  }, 180_000);
});
