// Trusted roots through TUF from local repositories on 127.0.0.1 (a main one and "GitHub's"),
// the on-disk cache, the faults, and the `trusted-root` command that prints the roots in use.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCliInProcess } from './support/cli-in-process.js';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { embeddedPublicGoodRoot } from '../src/sources/embedded/index.js';
import { sendJson } from './support/local-server.js';
import { startTufRepo, type TufRepo } from './support/tuf-repo.js';
import { fixtureJson, fixturePath } from './support/verify-helpers.js';

const FIXTURE_ROOT = fixtureJson('trusted_root.json');
const APP = fixturePath('artifacts/app-1.2.3.tgz');
const BUNDLE = fixturePath('bundles/in-repo-tag.sigstore.json');
let main: TufRepo;
let github: TufRepo;
let dir: string;
const rootFile = (repo: TufRepo, name: string): string => {
  const file = join(dir, name);
  writeFileSync(file, repo.rootJson);
  return file;
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vp-tuf-'));
  main = await startTufRepo(FIXTURE_ROOT);
  // "GitHub's" repository serves another root: the embedded public-good one.
  github = await startTufRepo(TrustedRoot.toJSON(embeddedPublicGoodRoot().root));
});
afterAll(async () => {
  await main.close();
  await github.close();
});
beforeEach(() => {
  // Each test starts with an empty cache; the cache test reuses one across two runs.
  process.env.XDG_CACHE_HOME = mkdtempSync(join(dir, 'cache-'));
  main.server.seen.length = 0;
  github.server.seen.length = 0;
});

const tufFlags = () => ['--tuf-mirror', main.url, '--tuf-root', rootFile(main, 'main-root.json')];

describe('trusted roots through TUF', () => {
  it('trusted-root prints the root refreshed from the mirror, as JSON Lines', async () => {
    const run = await runCliInProcess(['trusted-root', ...tufFlags()]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const root = JSON.parse(lines[0] ?? '') as { tlogs: { baseUrl: string }[] };
    expect(root.tlogs[0]?.baseUrl).toBe(
      (FIXTURE_ROOT as { tlogs: { baseUrl: string }[] }).tlogs[0]?.baseUrl,
    );
    expect(main.server.seen.map((s) => s.url)).toEqual([
      '/2.root.json',
      '/timestamp.json',
      '/snapshot.json',
      '/targets.json',
      '/targets/trusted_root.json',
    ]);
  });

  it('verify uses the refreshed root; a second run reads the target from the cache', async () => {
    const args = ['verify', APP, '--bundle', BUNDLE, '--repo', 'acme/app', ...tufFlags()];
    expect((await runCliInProcess(args)).code).toBe(0);
    expect((await runCliInProcess(args)).code).toBe(0);
    const targets = main.server.seen.filter((s) => s.url === '/targets/trusted_root.json');
    expect(targets).toHaveLength(1);
    expect(main.server.seen.filter((s) => s.url === '/timestamp.json')).toHaveLength(2);
  });

  it("GitHub's instance is added beside the main root when given its TUF root", async () => {
    const run = await runCliInProcess([
      'trusted-root',
      ...tufFlags(),
      '--github-tuf-root',
      rootFile(github, 'github-root.json'),
      '--github-tuf-mirror',
      github.url,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
    expect(github.server.seen.some((s) => s.url === '/targets/trusted_root.json')).toBe(true);
  });

  it('the printed roots serve a later offline run (--trusted-root)', async () => {
    const saved = join(dir, 'roots.jsonl');
    writeFileSync(saved, (await runCliInProcess(['trusted-root', ...tufFlags()])).stdout);
    main.server.seen.length = 0;
    expect(
      (
        await runCliInProcess([
          'verify',
          APP,
          '--bundle',
          BUNDLE,
          '--repo',
          'acme/app',
          '--trusted-root',
          saved,
        ])
      ).code,
    ).toBe(0);
    expect(main.server.seen).toHaveLength(0);
    const offline = await runCliInProcess(['trusted-root', '--offline']);
    expect(offline.stdout).toContain('rekor.sigstore.dev');
  });

  it('a mirror with a bad signature or that is down: TRUST_ROOT_UNAVAILABLE (exit 3)', async () => {
    const route = main.server.route;
    main.server.route = (req, res) => {
      if (req.url === '/timestamp.json') {
        const forged = JSON.parse(
          readFileSync(join(dir, 'main-root.json'), 'utf8').replace(
            /"_type":"root"/,
            '"_type":"root"',
          ),
        ) as { signatures: unknown };
        return sendJson(res, 200, {
          signed: {
            _type: 'timestamp',
            spec_version: '1.0.31',
            version: 9,
            expires: '2099-01-01T00:00:00Z',
            meta: { 'snapshot.json': { version: 9 } },
          },
          signatures: forged.signatures,
        });
      }
      return route(req, res);
    };
    const args = [
      'verify',
      APP,
      '--bundle',
      BUNDLE,
      '--repo',
      'acme/app',
      '--format',
      'json',
      ...tufFlags(),
    ];
    const bad = await runCliInProcess(args);
    main.server.route = (_q, res) => sendJson(res, 503, {});
    const down = await runCliInProcess(args);
    main.server.route = route;
    for (const run of [bad, down]) {
      expect(run.code).toBe(3);
      expect((JSON.parse(run.stdout) as { failedChecks: string[] }).failedChecks).toEqual([
        'TRUST_ROOT_UNAVAILABLE',
      ]);
    }
  });

  it('TUF options with --offline or --trusted-root are usage errors', async () => {
    for (const extra of [
      ['--offline', '--tuf-mirror', main.url],
      ['--trusted-root', fixturePath('trusted_root.json'), '--github-tuf-root', 'x.json'],
    ])
      expect((await runCliInProcess(['trusted-root', ...extra])).code).toBe(2);
    expect(main.server.seen).toHaveLength(0);
  });
});
