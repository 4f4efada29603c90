// `verify --from github` against a local server speaking the GitHub attestations API: inline
// bundles, bundle_url (Snappy), pagination, owner and bulk endpoints, and every fault.
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeSnappyLiterals, decodeSnappy } from '../src/sources/snappy.js';
import { nextLink } from '../src/sources/github.js';
import { runAction } from './support/action-runner.js';
import { runCliInProcess } from './support/cli-in-process.js';
import { CLI_TARGETS, runCli, type CliTarget } from './support/cli-targets.js';
import { inTurn, sendJson, startLocalServer, type LocalServer } from './support/local-server.js';
import { fixtureBytes, fixtureJson, fixturePath } from './support/verify-helpers.js';

const APP = fixturePath('artifacts/app-1.2.3.tgz');
const DIGEST = `sha256:${createHash('sha256').update(fixtureBytes('artifacts/app-1.2.3.tgz')).digest('hex')}`;
const GOOD = fixtureJson('bundles/in-repo-tag.sigstore.json');
const SELF_HOSTED = fixtureJson('bundles/self-hosted.sigstore.json');
const ROOT = fixturePath('trusted_root.json');

let api: LocalServer;
beforeAll(async () => {
  api = await startLocalServer();
});
afterAll(() => api.close());
beforeEach(() => {
  api.seen.length = 0;
});

function verify(extra: string[] = [], env: Record<string, string> = {}) {
  return runCliInProcess(
    [
      'verify',
      APP,
      '--from',
      'github',
      '--repo',
      'acme/app',
      '--trusted-root',
      ROOT,
      '--format',
      'json',
      ...extra,
    ],
    { GITHUB_API_URL: api.base, ...env },
  );
}

function outcome(run: { code: number; stdout: string }) {
  const json = JSON.parse(run.stdout) as { failedChecks: string[]; error?: { hint?: string } };
  return { code: run.code, failed: json.failedChecks, hint: json.error?.hint };
}

const listing = (...bundles: unknown[]) => ({
  attestations: bundles.map((bundle) => ({ bundle, repository_id: 111, bundle_url: null })),
});

describe('GitHub attestations API', () => {
  it('verifies an inline bundle; asks the repository endpoint for the sha256 digest', async () => {
    api.route = (_q, res) => sendJson(res, 200, listing(GOOD));
    const run = await verify();
    expect(outcome(run)).toMatchObject({ code: 0, failed: [] });
    expect(api.seen.map((s) => s.url)).toEqual([
      `/repos/acme/app/attestations/${DIGEST}?per_page=100`,
    ]);
  });

  it('filters by predicate type on the server when the policy names one', async () => {
    api.route = (_q, res) => sendJson(res, 200, listing(GOOD));
    expect((await verify(['--predicate-type', 'https://slsa.dev/provenance/v1'])).code).toBe(0);
    expect(api.seen[0]?.url).toContain('&predicate_type=https%3A%2F%2Fslsa.dev%2Fprovenance%2Fv1');
  });

  it('follows Link rel="next" pages; the accepted bundle is on page 2', async () => {
    api.route = (req, res) => {
      if (req.url?.includes('after=abc')) sendJson(res, 200, listing(GOOD));
      else
        sendJson(res, 200, listing(SELF_HOSTED), {
          link: `<${api.base}/repos/acme/app/attestations/${DIGEST}?per_page=100&after=abc>; rel="next"`,
        });
    };
    expect(outcome(await verify())).toMatchObject({ code: 0 });
    expect(api.seen).toHaveLength(2);
  });

  it('refuses a pagination link to another origin', () => {
    expect(() =>
      nextLink('<https://evil.example/x>; rel="next"', 'https://api.github.com/a'),
    ).toThrow(/leaves the API/);
    expect(
      nextLink('<https://api.github.com/b>; rel="prev"', 'https://api.github.com/a'),
    ).toBeUndefined();
  });

  it('fetches bundle_url bodies (Snappy), without the token; API calls carry it', async () => {
    api.route = (req, res) => {
      if (req.url === '/blob/1') {
        res.writeHead(200, { 'content-type': 'application/x-snappy' });
        res.end(encodeSnappyLiterals(Buffer.from(JSON.stringify(GOOD))));
      } else
        sendJson(res, 200, {
          attestations: [{ bundle: null, repository_id: 111, bundle_url: `${api.base}/blob/1` }],
        });
    };
    const run = await verify([], { GITHUB_TOKEN: 'SECRET' });
    expect(outcome(run)).toMatchObject({ code: 0 });
    expect(api.seen.map((s) => [s.url.split('?')[0], s.authorization])).toEqual([
      [`/repos/acme/app/attestations/${DIGEST}`, 'Bearer SECRET'],
      ['/blob/1', undefined],
    ]);
  });

  it('reads a gzip-encoded API response', async () => {
    api.route = (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(gzipSync(JSON.stringify(listing(GOOD))));
    };
    expect((await verify()).code).toBe(0);
  });

  it('a bundle_url that is not Snappy nor JSON fails that attestation (exit 1)', async () => {
    api.route = (req, res) => {
      if (req.url === '/blob/bad') res.end(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0x01]));
      else
        sendJson(res, 200, {
          attestations: [{ bundle: null, bundle_url: `${api.base}/blob/bad` }],
        });
    };
    expect(outcome(await verify())).toMatchObject({ code: 1, failed: ['MALFORMED'] });
  });

  it('404 is NO_ATTESTATION (exit 1) with a hint', async () => {
    api.route = (_q, res) => sendJson(res, 404, { message: 'Not Found' });
    const o = outcome(await verify());
    expect(o).toMatchObject({ code: 1, failed: ['NO_ATTESTATION'] });
    expect(o.hint).toMatch(/renamed.*predicate type.*--retry-not-found/s);
  });

  it('an empty list is NO_ATTESTATION (exit 1)', async () => {
    api.route = (_q, res) => sendJson(res, 200, { attestations: [] });
    expect(outcome(await verify())).toMatchObject({ code: 1, failed: ['NO_ATTESTATION'] });
  });

  it('--retry-not-found asks again until the attestation appears', async () => {
    api.route = inTurn(
      (_q, res) => sendJson(res, 404, { message: 'Not Found' }),
      (_q, res) => sendJson(res, 200, listing(GOOD)),
    );
    expect(outcome(await verify(['--retry-not-found', '5s']))).toMatchObject({ code: 0 });
    expect(api.seen).toHaveLength(2);
  });

  it('5xx then success verifies (retried)', async () => {
    api.route = inTurn(
      (_q, res) => sendJson(res, 502, {}),
      (_q, res) => sendJson(res, 200, listing(GOOD)),
    );
    expect((await verify()).code).toBe(0);
    expect(api.seen).toHaveLength(2);
  });

  it('429 with retry-after is waited for, then verifies', async () => {
    api.route = inTurn(
      (_q, res) => sendJson(res, 429, {}, { 'retry-after': '1' }),
      (_q, res) => sendJson(res, 200, listing(GOOD)),
    );
    expect((await verify()).code).toBe(0);
  });

  it('a rate limit past the budget is NETWORK (exit 3)', async () => {
    api.route = (_q, res) =>
      sendJson(
        res,
        403,
        { message: 'API rate limit exceeded' },
        {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        },
      );
    expect(outcome(await verify(['--timeout', '5s']))).toMatchObject({
      code: 3,
      failed: ['NETWORK'],
    });
  });

  it('a service that keeps failing is NETWORK (exit 3), never a pass', async () => {
    api.route = (_q, res) => sendJson(res, 503, {});
    expect(outcome(await verify())).toMatchObject({ code: 3, failed: ['NETWORK'] });
  });

  it('a server that never answers times out: NETWORK (exit 3)', async () => {
    api.route = () => undefined;
    expect(outcome(await verify(['--timeout', '1s']))).toMatchObject({
      code: 3,
      failed: ['NETWORK'],
    });
  });

  it('a truncated body is NETWORK (exit 3)', async () => {
    api.route = (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000' });
      res.write('{"attestations":[');
      setTimeout(() => res.destroy(), 20);
    };
    expect(outcome(await verify(['--timeout', '3s']))).toMatchObject({
      code: 3,
      failed: ['NETWORK'],
    });
  });

  it('malformed JSON is NETWORK (exit 3)', async () => {
    api.route = (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"attestations": [');
    };
    expect(outcome(await verify())).toMatchObject({ code: 3, failed: ['NETWORK'] });
  });

  it('an oversized body is refused while streaming: LIMIT (exit 1)', async () => {
    api.route = (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1 << 20, 0x20);
      let sent = 0;
      const pump = (): void => {
        while (sent < 20 && res.write(chunk)) sent++;
        if (sent < 20) res.once('drain', pump);
        else res.end();
      };
      pump();
    };
    expect(outcome(await verify())).toMatchObject({ code: 1, failed: ['LIMIT'] });
  });

  it('a redirect to another host keeps the token at home', async () => {
    api.route = (req, res) => {
      if (req.headers.host?.startsWith('localhost')) sendJson(res, 200, listing(GOOD));
      else {
        res.writeHead(302, { location: `${api.other}${req.url ?? ''}` });
        res.end();
      }
    };
    expect((await verify([], { GITHUB_TOKEN: 'SECRET' })).code).toBe(0);
    expect(api.seen.map((s) => [s.host?.split(':')[0], s.authorization])).toEqual([
      ['127.0.0.1', 'Bearer SECRET'],
      ['localhost', undefined],
    ]);
  });

  it('a redirect to plain http is refused: NETWORK (exit 3), nothing fetched there', async () => {
    api.route = (_q, res) => {
      res.writeHead(302, { location: 'http://example.com/attestations' });
      res.end();
    };
    const run = await verify([], { GITHUB_TOKEN: 'SECRET' });
    expect(outcome(run)).toMatchObject({ code: 3, failed: ['NETWORK'] });
    expect(run.stdout).toMatch(/only https is allowed/);
  });

  it('an API host name that does not resolve is NETWORK (exit 3)', async () => {
    const run = await verify(['--timeout', '5s'], { GITHUB_API_URL: 'https://api.github.invalid' });
    expect(outcome(run)).toMatchObject({ code: 3, failed: ['NETWORK'] });
  });

  it('401 is NETWORK (exit 3) with a hint about the token', async () => {
    api.route = (_q, res) => sendJson(res, 401, { message: 'Bad credentials' });
    const run = await verify([], { GITHUB_TOKEN: 'WRONG' });
    expect(outcome(run)).toMatchObject({ code: 3, failed: ['NETWORK'] });
    expect(run.stdout).toMatch(/token was refused/);
  });

  it('--owner tries the organization endpoint, then the user endpoint', async () => {
    api.route = (req, res) => {
      if (req.url?.startsWith('/users/acme/')) sendJson(res, 200, listing(GOOD));
      else sendJson(res, 404, { message: 'Not Found' });
    };
    const run = await runCliInProcess(
      ['verify', APP, '--from', 'github', '--owner', 'acme', '--trusted-root', ROOT],
      { GITHUB_API_URL: api.base },
    );
    expect(run.code).toBe(0);
    expect(api.seen.map((s) => s.url.split('?')[0])).toEqual([
      `/orgs/acme/attestations/${DIGEST}`,
      `/users/acme/attestations/${DIGEST}`,
    ]);
  });

  it('--owner with several artifacts and a token uses the bulk endpoint with cursor pages', async () => {
    const other = fixturePath('artifacts/app-linux');
    const otherDigest = `sha256:${createHash('sha256').update(fixtureBytes('artifacts/app-linux')).digest('hex')}`;
    const multi = fixtureJson('bundles/multi-subject.sigstore.json');
    api.route = (req, res) => {
      if (req.url?.includes('after='))
        sendJson(res, 200, {
          attestations_subject_digests: { [otherDigest]: [{ bundle: multi }] },
          page_info: { has_next: false },
        });
      else
        sendJson(res, 200, {
          attestations_subject_digests: { [DIGEST]: [{ bundle: GOOD }], [otherDigest]: null },
          page_info: { has_next: true, next: 'CURSOR' },
        });
    };
    const run = await runCliInProcess(
      ['verify', APP, other, '--from', 'github', '--owner', 'acme', '--trusted-root', ROOT],
      { GITHUB_API_URL: api.base, GITHUB_TOKEN: 'SECRET' },
    );
    expect(api.seen.map((s) => [s.method, s.url])).toEqual([
      ['POST', '/orgs/acme/attestations/bulk-list?per_page=100'],
      ['POST', '/orgs/acme/attestations/bulk-list?per_page=100&after=CURSOR'],
    ]);
    expect(JSON.parse(api.seen[0]?.body ?? '')).toEqual({ subject_digests: [DIGEST, otherDigest] });
    expect(run.code).toBe(0);
  });

  it('bulk for a user: the organization endpoint answers 404, the user endpoint is used', async () => {
    const other = fixturePath('artifacts/app-linux');
    api.route = (req, res) => {
      if (req.url?.startsWith('/orgs/')) sendJson(res, 404, { message: 'Not Found' });
      else
        sendJson(res, 200, {
          attestations_subject_digests: { [DIGEST]: [{ bundle: GOOD }] },
          page_info: { has_next: false },
        });
    };
    const run = await runCliInProcess(
      [
        'verify',
        APP,
        other,
        '--from',
        'github',
        '--owner',
        'acme',
        '--trusted-root',
        ROOT,
        '--format',
        'json',
      ],
      { GITHUB_API_URL: api.base, GITHUB_TOKEN: 'SECRET' },
    );
    expect(api.seen.map((s) => [s.method, s.url])).toEqual([
      ['POST', '/orgs/acme/attestations/bulk-list?per_page=100'],
      ['POST', '/users/acme/attestations/bulk-list?per_page=100'],
    ]);
    // app-1.2.3.tgz is verified from the user's attestations; app-linux has none (NO_ATTESTATION).
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as {
      artifacts: { verdict: string }[];
      failedChecks: string[];
    };
    expect(json.artifacts.map((a) => a.verdict)).toEqual(['verified', 'failed']);
  });

  it('--bundle and --from github together, or --offline with github, are usage errors', async () => {
    expect(
      (await verify(['--bundle', fixturePath('bundles/in-repo-tag.sigstore.json')])).code,
    ).toBe(2);
    const run = await runCliInProcess([
      'verify',
      APP,
      '--from',
      'github',
      '--repo',
      'acme/app',
      '--offline',
    ]);
    expect(run.code).toBe(2);
    expect(api.seen).toHaveLength(0);
  });

  it('an odd GITHUB_API_URL does not matter when the GitHub source is not used', async () => {
    for (const url of ['not a url', 'http://ghe.example.com/api/v3']) {
      const run = await runCliInProcess(
        [
          'verify',
          APP,
          '--bundle',
          fixturePath('bundles/in-repo-tag.sigstore.json'),
          '--repo',
          'acme/app',
          '--trusted-root',
          ROOT,
        ],
        { GITHUB_API_URL: url, GITHUB_TOKEN: 'SECRET' },
      );
      expect(run.code).toBe(0);
    }
  });

  it('bad --timeout, --concurrency or API URL are usage errors before any request', async () => {
    for (const extra of [
      ['--timeout', '30'],
      ['--concurrency', '0'],
      ['--github-api-url', 'http://example.com'],
    ]) {
      const run = await verify(extra);
      expect(outcome(run)).toMatchObject({ code: 2, failed: ['USAGE'] });
    }
    expect(api.seen).toHaveLength(0);
  });
});

describe('Snappy block format', () => {
  it('round-trips literals and decodes copies, including overlapping ones', () => {
    const data = Buffer.from('x'.repeat(70_000) + 'hello');
    expect(decodeSnappy(encodeSnappyLiterals(data), 1 << 20).equals(data)).toBe(true);
    // "abcabcabcab": literal "abc", then a 1-byte-offset copy of 8 at offset 3.
    const copy = Buffer.from([11, 2 << 2, 0x61, 0x62, 0x63, 0b001_00_01 | ((8 - 4) << 2), 3]);
    expect(decodeSnappy(copy, 100).toString()).toBe('abcabcabcab');
  });

  it('refuses bad offsets, wrong lengths, truncation, and lengths over the cap', () => {
    const cases: [number[], RegExp][] = [
      [[3, 0b01 | (0 << 2), 1], /offset/],
      [[5, 0 << 2, 0x61], /declared/],
      [[5, 4 << 2, 0x61], /past the input/],
      [[0xff, 0xff, 0xff, 0xff, 0x0f], /limit/],
      [[0x80], /truncated/],
    ];
    for (const [bytes, why] of cases)
      expect(() => decodeSnappy(Buffer.from(bytes), 1000)).toThrow(why);
  });
});

describe('GitHub attestations API through the built entries', () => {
  for (const form of CLI_TARGETS)
    it.skipIf(form.missing !== undefined)(
      `${form.name}: verified from the API (0), not found (1), failing service (3)`,
      () => cliFromApi(form),
    );

  async function cliFromApi(form: CliTarget): Promise<void> {
    const distCli = (args: string[], env: Record<string, string>) =>
      runCli(form, args, { env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), ...env } });
    const args = ['verify', APP, '--from', 'github', '--repo', 'acme/app', '--trusted-root', ROOT];
    const env = { GITHUB_API_URL: api.base };
    api.route = (_q, res) => sendJson(res, 200, listing(GOOD));
    expect((await distCli(args, env)).code).toBe(0);
    api.route = (_q, res) => sendJson(res, 404, { message: 'Not Found' });
    expect((await distCli(args, env)).code).toBe(1);
    api.route = (_q, res) => sendJson(res, 503, {});
    expect((await distCli([...args, '--timeout', '3s'], env)).code).toBe(3);
  }

  it('dist/action: no bundle-path fetches from GITHUB_API_URL with github-token; outputs follow', async () => {
    api.route = (_q, res) => sendJson(res, 200, listing(GOOD));
    const inputs = {
      'subject-path': APP,
      repo: 'acme/app',
      'trusted-root': ROOT,
      'github-token': 'TOKEN',
    };
    const ok = await runAction(inputs, { env: { GITHUB_API_URL: api.base } });
    expect(ok.code).toBe(0);
    expect(ok.outputs.verified).toBe('true');
    expect(api.seen[0]?.authorization).toBe('Bearer TOKEN');
    api.route = (_q, res) => sendJson(res, 404, { message: 'Not Found' });
    const missing = await runAction(inputs, { env: { GITHUB_API_URL: api.base } });
    expect(missing.code).toBe(1);
    expect(missing.outputs).toMatchObject({ verified: 'false', 'failed-checks': 'NO_ATTESTATION' });
    api.route = () => undefined;
    const hung = await runAction(
      { ...inputs, timeout: '1s' },
      { env: { GITHUB_API_URL: api.base } },
    );
    expect(hung.code).toBe(1);
    expect(hung.outputs['failed-checks']).toBe('NETWORK');
  });
});
