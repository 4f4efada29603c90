// Legacy `.intoto.jsonl` envelopes looked up in a local Rekor (v1 API: POST
// /api/v1/index/retrieve, GET /api/v1/log/entries/UUID) on 127.0.0.1. The envelope and the
// log entry are taken apart from a minted fixture bundle (support/rekor-log.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from './support/action-runner.js';
import { runCliInProcess } from './support/cli-in-process.js';
import { startLocalServer, type LocalServer } from './support/local-server.js';
import { rekorRoute, takeApart as takeApartBundle, type DsseBundle } from './support/rekor-log.js';
import { fixtureJson, fixturePath } from './support/verify-helpers.js';

/** A fixture bundle (fixtures/bundles/NAME.sigstore.json) as a legacy envelope and its entry. */
const takeApart = (name: string) =>
  takeApartBundle(fixtureJson<DsseBundle>(`bundles/${name}.sigstore.json`));

const APP = fixturePath('artifacts/app-1.2.3.tgz');
const ROOT = fixturePath('trusted_root.json');
const good = takeApart('in-repo-tag');
let rekor: LocalServer;
let envelopeFile: string;
/** What the log answers: uuids for the search, and each entry. */
let index: string[] = [good.uuid];
let entries: Record<string, unknown> = { [good.uuid]: good.entry };
let failing = false;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vp-rekor-'));
  envelopeFile = join(dir, 'app.intoto.jsonl');
  writeFileSync(envelopeFile, `${JSON.stringify(good.envelope)}\n`);
  rekor = await startLocalServer(
    rekorRoute({ index: () => index, entry: (uuid) => entries[uuid], failing: () => failing }),
  );
});
afterAll(() => rekor.close());

async function verify(extra: string[] = ['--rekor-url', rekor.base]) {
  const run = await runCliInProcess([
    'verify',
    APP,
    '--bundle',
    envelopeFile,
    '--repo',
    'acme/app',
    '--trusted-root',
    ROOT,
    '--format',
    'json',
    '--timeout',
    '3s',
    ...extra,
  ]);
  return {
    code: run.code,
    failed: (JSON.parse(run.stdout) as { failedChecks: string[] }).failedChecks,
  };
}

function reset(): void {
  index = [good.uuid];
  entries = { [good.uuid]: good.entry };
  failing = false;
  rekor.seen.length = 0;
}

describe('Rekor lookup for legacy envelopes', () => {
  it('finds the entry by the payload sha256 and verifies (0)', async () => {
    reset();
    expect(await verify()).toEqual({ code: 0, failed: [] });
    expect(rekor.seen.map((s) => [s.method, s.url, s.body])).toEqual([
      ['POST', '/api/v1/index/retrieve', JSON.stringify({ hash: good.payloadHash })],
      ['GET', `/api/v1/log/entries/${good.uuid}`, ''],
    ]);
  });

  it('with --trusted-root and no --rekor-url nothing is asked: indeterminate (3)', async () => {
    reset();
    expect(await verify([])).toEqual({ code: 3, failed: ['TLOG_LOOKUP_NEEDED'] });
    expect(rekor.seen).toHaveLength(0);
  });

  it('an envelope the log does not hold fails (TLOG_THRESHOLD, 1)', async () => {
    reset();
    index = [];
    expect(await verify()).toEqual({ code: 1, failed: ['TLOG_THRESHOLD'] });
  });

  it("another signature's entry does not prove this one (1)", async () => {
    reset();
    const other = takeApart('self-hosted');
    index = [other.uuid];
    entries = { [other.uuid]: other.entry };
    const { code, failed } = await verify();
    expect(code).toBe(1);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed).not.toContain('NETWORK');
  });

  it('a forged SET or a wrong root hash fails (1)', async () => {
    for (const change of [
      (e: typeof good.entry) => ({
        ...e,
        verification: {
          ...e.verification,
          signedEntryTimestamp: Buffer.alloc(70, 1).toString('base64'),
        },
      }),
      (e: typeof good.entry) => ({ ...e, integratedTime: e.integratedTime + 1 }),
      (e: typeof good.entry) => ({
        ...e,
        verification: {
          ...e.verification,
          inclusionProof: { ...e.verification.inclusionProof, rootHash: 'ab'.repeat(32) },
        },
      }),
    ]) {
      reset();
      entries = { [good.uuid]: change(good.entry) };
      const { code, failed } = await verify();
      expect(code).toBe(1);
      expect(
        failed.some((c) => c.startsWith('TLOG') || c === 'TIMESTAMP' || c === 'CERT_TIME'),
      ).toBe(true);
    }
  });

  it('a malformed entry is BUNDLE_SHAPE (1); a failing log is NETWORK (3)', async () => {
    reset();
    entries = { [good.uuid]: { ...good.entry, logID: 'NOT HEX' } };
    expect(await verify()).toEqual({ code: 1, failed: ['BUNDLE_SHAPE'] });
    reset();
    failing = true;
    expect(await verify()).toEqual({ code: 3, failed: ['NETWORK'] });
  });

  it('--offline with --rekor-url is a usage error', async () => {
    reset();
    const run = await runCliInProcess([
      'verify',
      APP,
      '--bundle',
      envelopeFile,
      '--repo',
      'acme/app',
      '--offline',
      '--rekor-url',
      rekor.base,
    ]);
    expect(run.code).toBe(2);
  });

  it('the built action looks the envelope up with rekor-url', async () => {
    reset();
    const run = await runAction({
      'subject-path': APP,
      'bundle-path': envelopeFile,
      repo: 'acme/app',
      'trusted-root': ROOT,
      'rekor-url': rekor.base,
    });
    expect(run.code).toBe(0);
    expect(run.outputs.verified).toBe('true');
  });
});
