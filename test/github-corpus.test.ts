// The shared corpus through `verify --from github`: each case's real bundles served by a local
// GitHub attestations API (inline, or as Snappy bundle_url bodies for every other case) must
// reach the same exit code as `verify --bundle` of the same files. The API path adds a source,
// never a different verdict or different failed checks.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeSnappyLiterals } from '../src/sources/snappy.js';
import { runCliInProcess } from './support/cli-in-process.js';
import { readCorpus } from './support/corpus.js';
import { invocation } from './support/corpus-invocation.js';
import { sendJson, startLocalServer, type LocalServer } from './support/local-server.js';

/** verify cases with a repository or owner to search, a bundle file and a file or sha256 subject. */
const cases = readCorpus()
  .map((c, i) => ({ c, i, inv: invocation(c) }))
  .filter(
    ({ c, inv }) =>
      inv.argv[0] === 'verify' &&
      !inv.legacy &&
      (inv.argv.includes('--repo') || inv.argv.includes('--owner')) &&
      !(inv.argv[1] ?? '').startsWith('sha512:') &&
      c.bundle !== '',
  );

let api: LocalServer;
const served = new Map<string, { bundles: unknown[]; viaUrl: boolean }>();

beforeAll(async () => {
  api = await startLocalServer((req, res) => {
    const blob = /^\/blob\/(\d+)\/(\d+)$/.exec(req.url ?? '');
    if (blob !== null) {
      const bundle = served.get(blob[1] ?? '')?.bundles[Number(blob[2])];
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      return res.end(encodeSnappyLiterals(Buffer.from(JSON.stringify(bundle))));
    }
    const m = /^\/case\/(\d+)\/(repos|orgs)\//.exec(req.url ?? '');
    const entry = served.get(m?.[1] ?? '');
    if (m === null || entry === undefined) return sendJson(res, 404, { message: 'Not Found' });
    return sendJson(res, 200, {
      attestations: entry.bundles.map((bundle, n) =>
        entry.viaUrl
          ? { bundle: null, bundle_url: `${api.base}/blob/${m[1]}/${n}` }
          : { bundle, repository_id: 1 },
      ),
    });
  });
});
afterAll(() => api.close());

/** The bundles of a file as the API would hold them: one, or one per JSON line. */
function bundlesOf(file: string): unknown[] {
  const text = readFileSync(file, 'utf8');
  try {
    return [JSON.parse(text) as unknown];
  } catch {
    return text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as unknown);
  }
}

describe.skipIf(cases.length === 0)('corpus through the GitHub API source', () => {
  it('has cases to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases.map((x) => [x.c.id, x] as const))('%s', async (_id, { i, inv }) => {
    const argv = [...inv.argv];
    const at = argv.indexOf('--bundle');
    const file = argv[at + 1] ?? '';
    served.set(String(i), { bundles: bundlesOf(file), viaUrl: i % 2 === 1 });
    const fromFile = await runCliInProcess(argv);
    argv.splice(at, 2, '--from', 'github');
    const fromApi = await runCliInProcess(argv, { GITHUB_API_URL: `${api.base}/case/${i}` });
    const failed = (stdout: string): string[] =>
      ((JSON.parse(stdout) as { failedChecks: string[] }).failedChecks ?? []).slice().sort();
    const context = `${argv.join(' ')}\n${fromApi.stdout.slice(0, 2000)}`;
    expect(fromApi.code, context).toBe(fromFile.code);
    expect(failed(fromApi.stdout), context).toEqual(failed(fromFile.stdout));
  });
});
