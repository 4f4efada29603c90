// Legacy `.intoto.jsonl` envelopes looked up in a local Rekor (v1 API: POST
// /api/v1/index/retrieve, GET /api/v1/log/entries/UUID) on 127.0.0.1. The envelope and the
// log entry are taken apart from a minted fixture bundle, as slsa-github-generator and Rekor
// held them before bundles existed.
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from './support/action-runner.js';
import { runCliInProcess } from './support/cli-in-process.js';
import { sendJson, startLocalServer, type LocalServer } from './support/local-server.js';
import { fixtureJson, fixturePath } from './support/verify-helpers.js';

type Bundle = {
  verificationMaterial: {
    certificate: { rawBytes: string };
    tlogEntries: {
      logIndex: string;
      logId: { keyId: string };
      integratedTime: string;
      inclusionPromise: { signedEntryTimestamp: string };
      inclusionProof: {
        rootHash: string;
        treeSize: string;
        checkpoint: { envelope: string };
        hashes?: string[];
        logIndex?: string;
      };
      canonicalizedBody: string;
    }[];
  };
  dsseEnvelope: { payload: string; payloadType: string; signatures: { sig: string }[] };
};

const hex = (b64: string): string => Buffer.from(b64, 'base64').toString('hex');

/** The legacy envelope (certificate beside the signature) and Rekor's answer for its entry. */
function takeApart(name: string) {
  const bundle = fixtureJson<Bundle>(`bundles/${name}.sigstore.json`);
  const pem = new X509Certificate(
    Buffer.from(bundle.verificationMaterial.certificate.rawBytes, 'base64'),
  ).toString();
  const envelope = {
    payloadType: bundle.dsseEnvelope.payloadType,
    payload: bundle.dsseEnvelope.payload,
    signatures: [{ keyid: '', sig: bundle.dsseEnvelope.signatures[0]?.sig, cert: pem }],
  };
  const t = bundle.verificationMaterial.tlogEntries[0]!;
  const uuid = createHash('sha256')
    .update(Buffer.concat([Buffer.from([0]), Buffer.from(t.canonicalizedBody, 'base64')]))
    .digest('hex');
  const entry = {
    body: t.canonicalizedBody,
    integratedTime: Number(t.integratedTime),
    logID: hex(t.logId.keyId),
    logIndex: Number(t.logIndex),
    verification: {
      inclusionProof: {
        checkpoint: t.inclusionProof.checkpoint.envelope,
        hashes: (t.inclusionProof.hashes ?? []).map(hex),
        logIndex: Number(t.inclusionProof.logIndex ?? '0'),
        rootHash: hex(t.inclusionProof.rootHash),
        treeSize: Number(t.inclusionProof.treeSize),
      },
      signedEntryTimestamp: t.inclusionPromise.signedEntryTimestamp,
    },
  };
  const payloadHash = `sha256:${createHash('sha256').update(Buffer.from(envelope.payload, 'base64')).digest('hex')}`;
  return { envelope, uuid, entry, payloadHash };
}

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
  rekor = await startLocalServer((req, res) => {
    if (failing) return sendJson(res, 503, {});
    if (req.method === 'POST' && req.url === '/api/v1/index/retrieve')
      return sendJson(res, 200, index);
    const m = /^\/api\/v1\/log\/entries\/([0-9a-f]+)$/.exec(req.url ?? '');
    const entry = m === null ? undefined : entries[m[1] ?? ''];
    if (entry === undefined) return sendJson(res, 404, { message: 'not found' });
    return sendJson(res, 200, { [m?.[1] ?? '']: entry });
  });
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
