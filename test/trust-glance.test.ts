// Trust at a glance: `trusted-root --summary`, snapshot dates and their warning, readable
// issuer names, the TUF-root hint, GitHub's own instance embedded (offline) and refreshed
// online with its embedded TUF root, and a GHE.com tenant's trust domain from /meta.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { describeName } from '../src/core/crypto/trust.js';
import { renderTrustSummary } from '../src/render/trust-summary.js';
import { SNAPSHOT_WARNING_DAYS, trustNotes } from '../src/render/trust-note.js';
import {
  EMBEDDED_SNAPSHOTS,
  embeddedGithubRoot,
  embeddedPublicGoodRoot,
  GITHUB_TUF_MIRROR,
} from '../src/sources/embedded/index.js';
import { loadTrustRoots } from '../src/sources/trust-roots.js';
import { runCliInProcess } from './support/cli-in-process.js';
import { bmp, oidContents, printable, tlv, utf8 } from './support/der.js';
import { sendJson, startLocalServer, type LocalServer } from './support/local-server.js';
import { startTufRepo, type TufRepo } from './support/tuf-repo.js';
import { fixtureBytes, fixtureJson, fixturePath, REPO_ROOT } from './support/verify-helpers.js';

const run = promisify(execFile);
const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');
const SHARED_TRUST = join(REPO_ROOT, '..', 'shared', 'trust');
const APP = fixturePath('artifacts/app-1.2.3.tgz');
const BUNDLE = fixturePath('bundles/in-repo-tag.sigstore.json');
const FIXTURE_ROOT = fixtureJson('trusted_root.json');

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...argv]);
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('trusted-root --summary (built CLI)', () => {
  it('lists each CA, log, CT log and TSA with validity windows and the snapshot dates', async () => {
    const r = await cli(['trusted-root', '--offline', '--summary']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      'trusted root: embedded public-good root (@sigstore/tuf 5.0.1 seeds)',
    );
    expect(r.stdout).toContain('snapshot of 2026-11-05');
    expect(r.stdout).toMatch(
      /O=sigstore\.dev, CN=sigstore {2}https:\/\/fulcio\.sigstore\.dev {2}2022-04-13 → open/,
    );
    expect(r.stdout).toMatch(
      /https:\/\/rekor\.sigstore\.dev {2}PKIX_ECDSA_P256_SHA_256 {2}2021-01-12 → open/,
    );
    expect(r.stdout).toContain(
      'certificate transparency logs:\n    https://ctfe.sigstore.dev/test',
    );
    expect(r.stdout).toMatch(
      /timestamp authorities:\n {4}O=sigstore\.dev, CN=sigstore-tsa-selfsigned/,
    );
    expect(r.stdout).toContain('trusted root: embedded GitHub root');
    expect(r.stdout).toContain('transparency logs (Rekor): none');
    expect(r.stdout).toMatch(
      /O=GitHub, Inc\., CN=Internal Services Root {2}timestamp\.githubapp\.com {2}2026-06-12 → open/,
    );
  });

  it('summarises a --trusted-root file by its newest key (no snapshot date to give)', async () => {
    const r = await cli([
      'trusted-root',
      '--trusted-root',
      fixturePath('trusted_root.json'),
      '--summary',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/newest key from \d{4}-\d{2}-\d{2}/);
    expect(r.stdout).not.toContain('snapshot of');
  });

  it(`warns when an embedded snapshot is older than ${SNAPSHOT_WARNING_DAYS} days, not before`, () => {
    const root = embeddedPublicGoodRoot();
    const taken = EMBEDDED_SNAPSHOTS.publicGood.taken.getTime();
    const at = (days: number): Date => new Date(taken + days * 86_400_000);
    expect(renderTrustSummary([root], at(SNAPSHOT_WARNING_DAYS))).not.toContain('warning:');
    const old = renderTrustSummary([root], at(SNAPSHOT_WARNING_DAYS + 1));
    expect(old).toContain(
      `warning: embedded public-good root (@sigstore/tuf 5.0.1 seeds) is ${SNAPSHOT_WARNING_DAYS + 1} days old`,
    );
    expect(trustNotes([root], at(400)).join('\n')).toMatch(
      /snapshot of 2026-11-05 \(400 days ago\)\nwarning: .* 400 days old/,
    );
  });
});

describe('the --offline note names the snapshot date (built CLI)', () => {
  it('each embedded root by the date it was taken, not by a key', async () => {
    const r = await cli(['verify', APP, '--bundle', BUNDLE, '--repo', 'acme/app', '--offline']);
    expect(r.code).toBe(1); // the fixtures are signed by a throwaway instance
    expect(r.stderr).toMatch(
      /trust: embedded public-good root \(@sigstore\/tuf 5\.0\.1 seeds\), snapshot of 2026-11-05 \(\d+ days ago\)/,
    );
    expect(r.stderr).toMatch(
      /trust: embedded GitHub root .*, snapshot of 2026-07-01 \(\d+ days ago\)/,
    );
    expect(r.stderr).not.toContain('newest key');
  });
});

describe('issuer names in CERT_CHAIN messages', () => {
  it('a real issuer name, not "(unreadable name)" (built CLI)', async () => {
    const r = await cli([
      'verify',
      APP,
      '--bundle',
      BUNDLE,
      '--repo',
      'acme/app',
      '--offline',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /no trusted root has the CA that issued this certificate \(issuer CN=sigstore, O=sigstore\.mock\)/,
    );
    expect(r.stdout).not.toContain('unreadable');
  });

  it('reads every string type and attribute, from a Name or from its contents', () => {
    const rdn = (oid: string, value: Buffer): Buffer =>
      tlv(0x31, tlv(0x30, Buffer.concat([tlv(0x06, oidContents(oid)), value])));
    const contents = Buffer.concat([
      rdn('2.5.4.6', printable('DE')),
      rdn('2.5.4.10', utf8('Zürich AG')),
      rdn('2.5.4.11', bmp('Ünit')),
      rdn('2.5.4.3', tlv(0x14, Buffer.from('teletex', 'latin1'))),
      rdn('1.2.840.113549.1.9.1', tlv(0x16, Buffer.from('ca@example.com'))),
      rdn('2.5.4.46', tlv(0x1c, Buffer.from([0, 0, 0, 0x41, 0, 1, 0xf6, 0x00]))),
    ]);
    const expected =
      'C=DE, O=Zürich AG, OU=Ünit, CN=teletex, emailAddress=ca@example.com, 2.5.4.46=A😀';
    expect(describeName(contents)).toBe(expected);
    expect(describeName(tlv(0x30, contents))).toBe(expected);
    expect(describeName(Buffer.from([0x31, 0x05, 0x01]))).toMatch(/^\(unreadable name 310501\)$/);
  });
});

describe('a TUF root.json given to --trusted-root', () => {
  it('gets a hint to use --tuf-root (built CLI)', async () => {
    const r = await cli([
      'verify',
      APP,
      '--bundle',
      BUNDLE,
      '--repo',
      'acme/app',
      '--trusted-root',
      join(REPO_ROOT, 'src/sources/embedded/github-tuf-root.json'),
    ]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('is a TUF root.json');
    expect(r.stderr).toContain('--tuf-root FILE');
  });
});

describe("GitHub's own instance, embedded", () => {
  it.skipIf(!existsSync(SHARED_TRUST))(
    'the embedded files are the shared trust material, unchanged',
    () => {
      for (const name of ['github-tuf-root.json', 'github-trusted-root.json'])
        expect(readFileSync(join(REPO_ROOT, 'src/sources/embedded', name))).toEqual(
          readFileSync(join(SHARED_TRUST, name)),
        );
    },
  );

  it('the public-good snapshot date belongs to the @sigstore/tuf version installed', () => {
    const pkg = JSON.parse(
      readFileSync(join(REPO_ROOT, 'node_modules/@sigstore/tuf/package.json'), 'utf8'),
    ) as { version: string };
    expect(pkg.version).toBe(EMBEDDED_SNAPSHOTS.publicGood.tufVersion);
  });

  it("--offline trusts GitHub's snapshot beside public-good; its CAs are GitHub's", () => {
    const github = embeddedGithubRoot();
    expect(github.root.certificateAuthorities.map((c) => c.uri)).toContain('fulcio.githubapp.com');
    expect(github.hasTlogs).toBe(false);
    expect(github.caSubjects.map(describeName)).toContain(
      'O=GitHub, Inc., CN=Fulcio Intermediate l1',
    );
  });
});

describe("online: GitHub's instance refreshed with its embedded TUF root", () => {
  it('by default, public-good and https://tuf-repo.github.com with the embedded root (the plan, TUF client mocked)', async () => {
    const calls: { mirrorURL?: string; rootPath?: string; target?: string }[] = [];
    vi.doMock('@sigstore/tuf', () => ({
      initTUF: (options: { mirrorURL?: string; rootPath?: string }) =>
        Promise.resolve({
          getTarget: (target: string) => {
            calls.push({
              ...options,
              target,
              rootPath: options.rootPath && readFileSync(options.rootPath, 'utf8'),
            });
            return Promise.resolve(JSON.stringify(FIXTURE_ROOT));
          },
        }),
    }));
    try {
      const cacheDir = mkdtempSync(join(tmpdir(), 'vp-plan-'));
      const roots = await loadTrustRoots({ cacheDir });
      expect(roots).toHaveLength(2);
      await loadTrustRoots({ cacheDir, githubTrustDomain: 'acme' });
      await loadTrustRoots({ cacheDir, tufMirror: 'https://tuf.example.com' });
      await loadTrustRoots({ cacheDir, githubByDefault: false }); // npm and pypi
      expect(calls.map((c) => [c.mirrorURL, c.target])).toEqual([
        ['https://tuf-repo-cdn.sigstore.dev', 'trusted_root.json'],
        [GITHUB_TUF_MIRROR, 'trusted_root.json'],
        ['https://tuf-repo-cdn.sigstore.dev', 'trusted_root.json'],
        [GITHUB_TUF_MIRROR, 'acme.trusted_root.json'],
        ['https://tuf.example.com', 'trusted_root.json'],
        ['https://tuf-repo-cdn.sigstore.dev', 'trusted_root.json'],
      ]);
      expect(calls[0]?.rootPath).toBeUndefined();
      const embedded = JSON.parse(calls[1]?.rootPath ?? '{}') as unknown;
      expect(embedded).toEqual(
        JSON.parse(
          readFileSync(join(REPO_ROOT, 'src/sources/embedded/github-tuf-root.json'), 'utf8'),
        ),
      );
    } finally {
      vi.doUnmock('@sigstore/tuf');
    }
  });

  describe('against local TUF repositories', () => {
    let main: TufRepo;
    let tenant: TufRepo;
    let api: LocalServer;
    let dir: string;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'vp-ghtuf-'));
      main = await startTufRepo(TrustedRoot.toJSON(embeddedPublicGoodRoot().root));
      // A GHE.com tenant's root is its own target in GitHub's repository.
      tenant = await startTufRepo(FIXTURE_ROOT, 'acme-corp.trusted_root.json');
      api = await startLocalServer();
    });
    afterAll(async () => {
      await main.close();
      await tenant.close();
      await api.close();
    });
    beforeEach(() => {
      process.env.XDG_CACHE_HOME = mkdtempSync(join(dir, 'cache-'));
    });
    const file = (name: string, text: string): string => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const mainFlags = (): string[] => [
      '--tuf-mirror',
      main.url,
      '--tuf-root',
      file('main.json', main.rootJson),
    ];

    it("--github-tuf-mirror alone bootstraps from the embedded root: a repository GitHub's keys did not sign is refused", async () => {
      const r = await runCliInProcess([
        'trusted-root',
        ...mainFlags(),
        '--github-tuf-mirror',
        tenant.url,
      ]);
      expect(r.code).toBe(3);
      expect(r.stderr).toContain(`could not refresh the trusted root from ${tenant.url}`);
      expect(tenant.server.seen.map((s) => s.url)).toContain('/4.root.json');
    });

    it("--from github on a GHE.com API: the tenant's trust domain from /meta picks its root target", async () => {
      const digest = `sha256:${createHash('sha256').update(fixtureBytes('artifacts/app-1.2.3.tgz')).digest('hex')}`;
      api.route = (req, res) => {
        if (req.url === '/meta')
          return sendJson(res, 200, {
            domains: { artifact_attestations: { trust_domain: 'acme-corp' } },
          });
        if (req.url?.startsWith(`/repos/acme/app/attestations/${digest}`))
          return sendJson(res, 200, {
            attestations: [{ bundle: fixtureJson('bundles/in-repo-tag.sigstore.json') }],
          });
        sendJson(res, 404, {});
      };
      const argv = [
        'verify',
        APP,
        '--from',
        'github',
        '--repo',
        'acme/app',
        ...mainFlags(),
        '--github-tuf-mirror',
        tenant.url,
        '--github-tuf-root',
        file('tenant.json', tenant.rootJson),
        '--github-api-url',
        api.base,
      ];
      const r = await runCliInProcess(argv);
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.stderr).toContain(`trust: TUF ${tenant.url} (acme-corp.trusted_root.json)`);
      expect(api.seen[0]?.url).toBe('/meta');
      // A trust domain that is not a DNS label is refused before any root is fetched.
      api.route = (req, res) =>
        req.url === '/meta'
          ? sendJson(res, 200, { domains: { artifact_attestations: { trust_domain: '../evil' } } })
          : sendJson(res, 404, {});
      const bad = await runCliInProcess(argv);
      expect(bad.code).toBe(3);
      expect(bad.stderr).toContain('not a DNS label');
    });
  });
});
