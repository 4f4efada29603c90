// The network client against a local HTTP server on 127.0.0.1 started by the test: retries,
// rate limits, budgets, size caps, redirects and where the token may go.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkLinked, checkUrl } from '../src/sources/urls.js';
import { HttpClient, type HttpOptions } from '../src/sources/http.js';
import { VerifyError } from '../src/core/errors.js';
import { rejectionCodeOf } from './support/verify-helpers.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let handler: Handler = (_req, res) => res.end();
const seen: { url: string; authorization: string | undefined; host: string | undefined }[] = [];
let base = '';
let other = '';
const server = createServer((req, res) => {
  seen.push({
    url: req.url ?? '',
    authorization: req.headers.authorization,
    host: req.headers.host,
  });
  handler(req, res);
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  // The same server under another origin: a different host name for the token rule.
  other = `http://localhost:${port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen.length = 0;
});

function client(overrides: Partial<HttpOptions> = {}): { http: HttpClient; waits: number[] } {
  const waits: number[] = [];
  const http = new HttpClient({
    requestTimeoutMs: 2000,
    budgetMs: 60_000,
    maxAttempts: 4,
    maxBytes: 1024,
    apiOrigin: base,
    token: 'SECRET',
    userAgent: 'verify-provenance-test',
    concurrency: 4,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    random: () => 0.5,
    ...overrides,
  });
  return { http, waits };
}

/** Serve the given responses in order, the last one forever. */
function script(...steps: Handler[]): void {
  let i = 0;
  handler = (req, res) => {
    const step = steps[Math.min(i++, steps.length - 1)];
    step?.(req, res);
  };
}
const status =
  (code: number, headers: Record<string, string> = {}, body = ''): Handler =>
  (_q, res) => {
    res.writeHead(code, headers);
    res.end(body);
  };

describe('HttpClient against a local server', () => {
  it('200: the body, with the token sent to the API origin', async () => {
    script(status(200, { 'content-type': 'application/json' }, '{"ok":true}'));
    const r = await client().http.get(`${base}/repos/acme/app/attestations/sha256:ab`);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body.toString())).toEqual({ ok: true });
    expect(seen[0]?.authorization).toBe('Bearer SECRET');
  });

  it('gzip-encoded bodies are decoded', async () => {
    script(status(200, { 'content-encoding': 'gzip' }, ''));
    handler = (_q, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.from('{"zipped":1}')));
    };
    const r = await client().http.get(`${base}/x`);
    expect(JSON.parse(r.body.toString())).toEqual({ zipped: 1 });
  });

  it('5xx then success: retried with backoff', async () => {
    script(status(502), status(503), status(200, {}, 'fine'));
    const { http, waits } = client();
    const r = await http.get(`${base}/x`);
    expect(r.body.toString()).toBe('fine');
    expect(seen).toHaveLength(3);
    expect(waits).toEqual([250, 500]);
  });

  it('429 with retry-after: waits what the server asks', async () => {
    script(status(429, { 'retry-after': '7' }), status(200, {}, 'ok'));
    const { http, waits } = client();
    expect((await http.get(`${base}/x`)).status).toBe(200);
    expect(waits).toEqual([7000]);
  });

  it('403 rate limit with x-ratelimit-reset: waits until the reset', async () => {
    const now = 1_800_000_000_000;
    script(
      status(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 30) }),
      status(200),
    );
    const { http, waits } = client({ now: () => now });
    expect((await http.get(`${base}/x`)).status).toBe(200);
    expect(waits).toEqual([30_000]);
  });

  it('a rate limit longer than the budget is NETWORK at once, not a wait', async () => {
    script(status(429, { 'retry-after': '3600' }));
    const { http, waits } = client({ budgetMs: 10_000 });
    expect(await rejectionCodeOf(http.get(`${base}/x`))).toBe('NETWORK');
    expect(waits).toEqual([]);
  });

  it('exhausted retries are NETWORK (indeterminate), never a response', async () => {
    script(status(500));
    const { http } = client({ maxAttempts: 3 });
    expect(await rejectionCodeOf(http.get(`${base}/x`))).toBe('NETWORK');
    expect(seen).toHaveLength(3);
  });

  it.each([401, 404, 422, 403])('%s is final: returned once, no retry', async (code) => {
    script(status(code));
    const r = await client().http.get(`${base}/x`);
    expect(r.status).toBe(code);
    expect(seen).toHaveLength(1);
  });

  it('a request that hangs times out and is retried, then NETWORK', async () => {
    handler = () => undefined; // never answers
    const { http } = client({ requestTimeoutMs: 100, maxAttempts: 2 });
    expect(await rejectionCodeOf(http.get(`${base}/hang`))).toBe('NETWORK');
    expect(seen).toHaveLength(2);
  });

  it('connection refused is NETWORK after retries', async () => {
    const { http } = client({ maxAttempts: 2, apiOrigin: undefined });
    expect(await rejectionCodeOf(http.get('http://127.0.0.1:1/x'))).toBe('NETWORK');
  });

  it('bodies over the cap are LIMIT: declared, and streamed without a length', async () => {
    script(status(200, { 'content-length': '5000' }, 'x'.repeat(5000)));
    expect(await rejectionCodeOf(client().http.get(`${base}/big`))).toBe('LIMIT');
    handler = (_q, res) => {
      res.writeHead(200, { 'transfer-encoding': 'chunked' });
      for (let i = 0; i < 10; i++) res.write('y'.repeat(200));
      res.end();
    };
    expect(await rejectionCodeOf(client().http.get(`${base}/chunked`))).toBe('LIMIT');
  });

  it('a redirect to another origin is followed without the token', async () => {
    handler = (req, res) => {
      if (req.url === '/start') {
        res.writeHead(302, { location: `${other}/bundle` });
        res.end();
      } else res.end('bundle');
    };
    const r = await client().http.get(`${base}/start`);
    expect(r.body.toString()).toBe('bundle');
    expect(seen.map((s) => s.authorization)).toEqual(['Bearer SECRET', undefined]);
  });

  it('no token to any origin but the API origin (bundle hosts, registries, mirrors)', async () => {
    script(status(200, {}, 'x'));
    await client().http.get(`${other}/anything`);
    expect(seen[0]?.authorization).toBeUndefined();
  });

  it('a redirect to plain http (not loopback) is refused', async () => {
    script(status(301, { location: 'http://example.com/x' }));
    expect(await rejectionCodeOf(client().http.get(`${base}/x`))).toBe('NETWORK');
  });

  it('redirect loops stop', async () => {
    script(status(302, { location: '/again' }));
    expect(await rejectionCodeOf(client().http.get(`${base}/x`))).toBe('NETWORK');
    expect(seen.length).toBeLessThanOrEqual(6);
  });

  it('https only; http to loopback for tests; no credentials in URLs', () => {
    expect(() => checkUrl('https://api.github.com/x')).not.toThrow();
    expect(() => checkUrl('http://127.0.0.1:8080/x')).not.toThrow();
    expect(() => checkUrl('http://api.github.com/x')).toThrow(/only https/);
    expect(() => checkUrl('ftp://x/y')).toThrow(/only https/);
    expect(() => checkUrl('https://user:pw@api.github.com/')).toThrow(/credentials/);
  });

  it('concurrency is bounded', async () => {
    let inFlight = 0;
    let peak = 0;
    handler = (_q, res) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      setTimeout(() => {
        inFlight--;
        res.end('ok');
      }, 30);
    };
    const { http } = client({ concurrency: 2 });
    await Promise.all(Array.from({ length: 6 }, (_, i) => http.get(`${base}/c${i}`)));
    expect(peak).toBe(2);
  });
});

describe('links a response gives never step down from https', () => {
  it('a redirect from https to loopback http is refused, without fetching it', async () => {
    const asked: string[] = [];
    const fakeFetch = ((url: string) => {
      asked.push(url);
      return Promise.resolve(
        new Response(null, { status: 302, headers: { location: 'http://127.0.0.1:9/admin' } }),
      );
    }) as unknown as typeof fetch;
    const { http } = client({ fetchImpl: fakeFetch, apiOrigin: 'https://api.example' });
    expect(await rejectionCodeOf(http.get('https://api.example/x'))).toBe('NETWORK');
    expect(asked).toEqual(['https://api.example/x']);
  });

  it('checkLinked: https → https and loopback http → loopback http pass; https → http, garbage and credentials do not', () => {
    expect(() => checkLinked('https://b.example/x', 'https://a.example/')).not.toThrow();
    expect(() => checkLinked('http://127.0.0.1:1/x', 'http://127.0.0.1:2/')).not.toThrow();
    for (const bad of [
      'http://127.0.0.1/x',
      'http://169.254.169.254/latest',
      'not a url',
      'https://u:p@b.example/',
    ])
      expect(() => checkLinked(bad, 'https://api.github.com/')).toThrow(VerifyError);
  });
});
