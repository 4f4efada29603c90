// A Rekor log (v1 API: POST /api/v1/index/retrieve, GET /api/v1/log/entries/UUID) as the route
// of a local server (local-server.ts), and the legacy `.intoto.jsonl` envelopes it answers for:
// taken apart from a minted bundle, as slsa-github-generator and Rekor held them before bundles
// existed.
import { createHash, X509Certificate } from 'node:crypto';
import { sendJson, type Route } from './local-server.js';

export type DsseBundle = {
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
export function takeApart(bundle: DsseBundle) {
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

/** What the log holds, read at each request (a test may change it between runs). */
export type RekorLog = {
  /** The entry UUIDs the index answers for a payload hash (`sha256:HEX`). */
  readonly index: (hash: string) => readonly string[];
  /** An entry by UUID; undefined: 404. */
  readonly entry: (uuid: string) => unknown;
  /** When true, every request is answered 503. */
  readonly failing?: () => boolean;
};

/** Rekor's v1 API over `log`, for startLocalServer. */
export function rekorRoute(log: RekorLog): Route {
  return (req, res) => {
    if (log.failing?.() === true) return sendJson(res, 503, {});
    if (req.method === 'POST' && req.url === '/api/v1/index/retrieve') {
      let hash: unknown;
      try {
        ({ hash } = JSON.parse(req.body) as { hash?: unknown });
      } catch {
        return sendJson(res, 400, { message: 'the body is not JSON' });
      }
      return sendJson(res, 200, log.index(typeof hash === 'string' ? hash : ''));
    }
    const m = /^\/api\/v1\/log\/entries\/([0-9a-f]+)$/.exec(req.url ?? '');
    const uuid = m?.[1] ?? '';
    const entry = m === null ? undefined : log.entry(uuid);
    if (entry === undefined) return sendJson(res, 404, { message: 'not found' });
    return sendJson(res, 200, { [uuid]: entry });
  };
}
