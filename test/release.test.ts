// `verify-provenance release OWNER/REPO TAG [ASSET...]` against a local GitHub API: GitHub's
// release attestation (signed by GitHub itself, for the tag's git object) and each asset's
// build provenance, in one verdict. Attestations are minted by a throwaway instance.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { embeddedPublicGoodRoot } from '../src/sources/embedded/index.js';
import { sendJson, startLocalServer, type LocalServer } from './support/local-server.js';
import {
  createTestInstance,
  githubClaims,
  sha256Subject,
  slsaV1Statement,
  statementBytes,
  type SerializedBundle,
  type TestInstance,
  type WorkflowClaims,
} from './support/mint.js';
import { startTufRepo, type TufRepo } from './support/tuf-repo.js';
import { REPO_ROOT } from './support/verify-helpers.js';
import { assertValidResult } from './support/result-schema.js';

const run = promisify(execFile);
const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');
const RELEASE = 'https://in-toto.io/attestation/release/v0.1';
const REF = 'c5e17a62e06a1d201570249c61fae531e9244e1b';
const ASSET = Buffer.from('app 1.2.3 release asset\n');
const OTHER = Buffer.from('not in the release\n');
const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

type Outcome = { code: number; failed: string[]; json: Result; stderr: string };
type Result = {
  failedChecks: string[];
  artifacts: {
    name: string;
    verdict: string;
    attestations: { checks: { id: string; status: string; code?: string }[] }[];
  }[];
};

let instance: TestInstance;
let api: LocalServer;
let dir: string;
let root: string;
/** What the local API serves; tests change it. */
let serve: { ref: string; release: SerializedBundle[]; provenance: SerializedBundle[] };
let good: { release: SerializedBundle; provenance: SerializedBundle };

/** GitHub's signing identity for releases: no workflow, no OIDC issuer extension. */
const GITHUB_RELEASES = { san: 'https://dotcom.releases.github.com' } as unknown as WorkflowClaims;

function releaseStatement(patch: { tag?: string; repository?: string; ref?: string } = {}) {
  const tag = patch.tag ?? 'v1.2.3';
  const purl = `pkg:github/acme/app@${tag}`;
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [
      { uri: purl, digest: { sha1: patch.ref ?? REF } },
      { name: 'app-1.2.3.tgz', digest: { sha256: sha256(ASSET) } },
    ],
    predicateType: RELEASE,
    predicate: {
      ownerId: '222',
      purl,
      releaseId: '9001',
      repository: patch.repository ?? 'acme/app',
      repositoryId: '111',
      tag,
    },
  };
}

const signRelease = (statement: object, claims = GITHUB_RELEASES) =>
  instance.signDsse(statementBytes(statement), claims);

beforeAll(async () => {
  instance = await createTestInstance();
  dir = mkdtempSync(join(tmpdir(), 'vp-release-'));
  root = join(dir, 'root.json');
  writeFileSync(root, JSON.stringify(instance.trustedRoot));
  writeFileSync(join(dir, 'app-1.2.3.tgz'), ASSET);
  writeFileSync(join(dir, 'other.tgz'), OTHER);
  good = {
    release: await signRelease(releaseStatement()),
    provenance: await instance.signDsse(
      statementBytes(slsaV1Statement([sha256Subject('app-1.2.3.tgz', ASSET)], githubClaims())),
      githubClaims(),
    ),
  };
  api = await startLocalServer((req, res) => {
    const url = req.url ?? '';
    if (url === '/repos/acme/app/git/ref/tags/v1.2.3')
      return sendJson(res, 200, {
        ref: 'refs/tags/v1.2.3',
        object: { sha: serve.ref, type: 'commit' },
      });
    if (
      url === `/repos/acme/app/attestations/sha1:${serve.ref}?per_page=100&predicate_type=release`
    )
      return sendJson(res, 200, { attestations: serve.release.map((bundle) => ({ bundle })) });
    if (url.startsWith(`/repos/acme/app/attestations/sha256:${sha256(ASSET)}?`))
      return sendJson(res, 200, { attestations: serve.provenance.map((bundle) => ({ bundle })) });
    sendJson(res, 404, { message: 'Not Found' });
  });
}, 90_000);
afterAll(async () => {
  instance.close();
  await api.close();
});
beforeEach(() => {
  serve = { ref: REF, release: [good.release], provenance: [good.provenance] };
  api.seen.length = 0;
});

async function release(args: string[], trust = ['--trusted-root', root]): Promise<Outcome> {
  const argv = ['release', ...args, ...trust, '--github-api-url', api.base, '--format', 'json'];
  let code = 0;
  let stdout = '';
  let stderr = '';
  try {
    ({ stdout, stderr } = await run(process.execPath, [CLI, ...argv], {
      env: { ...process.env, GH_TOKEN: '', GITHUB_TOKEN: '', XDG_CACHE_HOME: join(dir, 'cache') },
    }));
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    code = e.code ?? -1;
    stdout = e.stdout ?? '';
    stderr = e.stderr ?? '';
  }
  const json = JSON.parse(stdout || '{"failedChecks":[],"artifacts":[]}') as Result;
  // The built CLI's release result follows the shipped schema, facts in one format.
  if (stdout !== '') assertValidResult(json, `release ${args.join(' ')}`);
  return { code, failed: json.failedChecks, json, stderr };
}

const checkOf = (o: Outcome, artifact: number, id: string) =>
  o.json.artifacts[artifact]?.attestations.flatMap((a) => a.checks).find((c) => c.id === id);

describe('release OWNER/REPO TAG [ASSET...] (built CLI, local GitHub API)', () => {
  it("verifies GitHub's release attestation, the asset's place in it, and its build provenance", async () => {
    const o = await release(['acme/app', 'v1.2.3', join(dir, 'app-1.2.3.tgz')]);
    expect(o.code, JSON.stringify(o.json).slice(0, 3000) + o.stderr).toBe(0);
    expect(o.json.artifacts.map((a) => [a.name, a.verdict])).toEqual([
      ['pkg:github/acme/app@v1.2.3', 'verified'],
      [join(dir, 'app-1.2.3.tgz'), 'verified'], // named by the path given
    ]);
    expect(checkOf(o, 0, 'release-signer')?.status).toBe('pass');
    expect(checkOf(o, 1, 'release-asset')?.status).toBe('pass');
    expect(api.seen.map((s) => s.url.split('?')[0])).toEqual([
      '/repos/acme/app/git/ref/tags/v1.2.3',
      `/repos/acme/app/attestations/sha1:${REF}`,
      `/repos/acme/app/attestations/sha256:${sha256(ASSET)}`,
    ]);
  });

  it('with no asset named, every asset the release lists is checked', async () => {
    const o = await release(['acme/app', 'v1.2.3']);
    expect(o.code).toBe(0);
    expect(o.json.artifacts.map((a) => a.name)).toEqual([
      'pkg:github/acme/app@v1.2.3',
      'app-1.2.3.tgz',
    ]);
  });

  it('a file that is not an asset of the release fails (SUBJECT)', async () => {
    const o = await release(['acme/app', 'v1.2.3', join(dir, 'other.tgz')]);
    expect(o.code).toBe(1);
    expect(checkOf(o, 1, 'release-asset')).toMatchObject({ status: 'fail', code: 'SUBJECT' });
  });

  it('a release attestation signed by a workflow, not GitHub, fails (ID_SAN)', async () => {
    serve.release = [await signRelease(releaseStatement(), githubClaims())];
    const o = await release(['acme/app', 'v1.2.3']);
    expect(o.code).toBe(1);
    expect(o.failed).toContain('ID_SAN');
    expect(o.json.artifacts[0]?.verdict).toBe('failed');
  });

  it('another tag, another repository, or a moved tag fail with the field named', async () => {
    serve.release = [await signRelease(releaseStatement({ tag: 'v1.2.4' }))];
    expect((await release(['acme/app', 'v1.2.3'])).failed).toContain('ID_REF');
    serve.release = [await signRelease(releaseStatement({ repository: 'evil/app' }))];
    expect((await release(['acme/app', 'v1.2.3'])).failed).toContain('ID_REPO');
    // The tag now names another object; the attestation found covers the old one.
    serve.release = [good.release];
    serve.ref = 'd'.repeat(40);
    const moved = await release(['acme/app', 'v1.2.3']);
    expect(moved.code).toBe(1);
    expect(checkOf(moved, 0, 'release-ref')).toMatchObject({ status: 'fail', code: 'SUBJECT' });
  });

  it('a release without attestation, or an asset without build provenance, fails (NO_ATTESTATION)', async () => {
    serve.release = [];
    const none = await release(['acme/app', 'v1.2.3', join(dir, 'app-1.2.3.tgz')]);
    expect(none.code).toBe(1);
    expect(none.failed).toContain('NO_ATTESTATION');
    serve.release = [good.release];
    serve.provenance = [];
    const unbuilt = await release(['acme/app', 'v1.2.3', join(dir, 'app-1.2.3.tgz')]);
    expect(unbuilt.code).toBe(1);
    expect(unbuilt.json.artifacts.map((a) => a.verdict)).toEqual(['verified', 'failed']);
  });

  it("the build provenance follows the policy flags (here another repository's build is refused)", async () => {
    const o = await release(['acme/app', 'v1.2.3', '--source-tag', 'v9.9.9']);
    expect(o.code).toBe(1);
    expect(o.failed).toContain('ID_REF');
    expect(o.json.artifacts[0]?.verdict).toBe('verified');
  });

  it('two release attestations that list different assets are refused', async () => {
    const other = releaseStatement();
    other.subject[1] = { name: 'app-1.2.3.tgz', digest: { sha256: sha256(OTHER) } };
    serve.release = [good.release, await signRelease(other)];
    const o = await release(['acme/app', 'v1.2.3']);
    expect(o.code).toBe(1);
    expect(o.failed).toContain('BUNDLE_SHAPE');
  });

  it('an unknown tag, and usage errors', async () => {
    const missing = await release(['acme/app', 'v0.0.0']);
    expect(missing.code).toBe(1);
    expect(missing.stderr + JSON.stringify(missing.json)).toContain('has no tag');
    for (const argv of [
      ['acme'],
      ['not a repo', 'v1'],
      ['acme/app', 'refs/tags/v1'],
      ['acme/app', 'v1.2.3', '--from', 'github'],
    ])
      expect((await release(argv)).code).toBe(2);
    expect((await release(['acme/app', 'v1.2.3'], ['--offline'])).code).toBe(2);
  });
});

describe("by default only GitHub's own instance vouches for a release attestation", () => {
  let main: TufRepo;
  let github: TufRepo;
  beforeAll(async () => {
    // The main mirror serves the throwaway instance's root; GitHub's serves another root.
    main = await startTufRepo(instance.trustedRoot);
    github = await startTufRepo(TrustedRoot.toJSON(embeddedPublicGoodRoot().root));
  });
  afterAll(async () => {
    await main.close();
    await github.close();
  });
  const tuf = (githubRepo: TufRepo): string[] => {
    const file = (name: string, text: string): string => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    return [
      '--tuf-mirror',
      main.url,
      '--tuf-root',
      file('main-root.json', main.rootJson),
      '--github-tuf-mirror',
      githubRepo.url,
      '--github-tuf-root',
      file('gh-root.json', githubRepo.rootJson),
    ];
  };

  it("a release attestation the main instance could verify is refused when GitHub's root does not cover it", async () => {
    const o = await release(['acme/app', 'v1.2.3'], tuf(github));
    expect(o.code).toBe(1);
    expect(o.failed).toContain('CERT_CHAIN');
  });

  it("and verifies when GitHub's instance is the one that issued it", async () => {
    github.publish(instance.trustedRoot);
    const o = await release(['acme/app', 'v1.2.3'], tuf(github));
    expect(o.code, JSON.stringify(o.json).slice(0, 2000) + o.stderr).toBe(0);
  });
});
