import { VerifyError } from '../errors.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../json/strict-json.js';
import type { LegacyEnvelope } from './legacy-dsse.js';

const BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const HEX = /^[0-9a-f]+$/;

/**
 * A bare DSSE envelope (legacy `.intoto.jsonl`, already read by `parseLegacyEnvelope`) and the Rekor v1 log entry found for it
 * (`GET /api/v1/log/entries/UUID`, the value under the UUID) → the Sigstore bundle they make
 * together: the certificate from the envelope, the entry's body, SET and inclusion proof.
 * Nothing here is trusted: @sigstore/verify then checks that the entry's body is this
 * signature, the SET and the proof against the trusted root, and the certificate at the
 * logged time.
 */
export function bundleFromRekorEntry(legacy: LegacyEnvelope, entry: JsonValue): JsonValue {
  if (!isJsonObject(entry)) throw shape('log entry is not an object');
  const { envelope, signature } = legacy;
  const body = str(entry.body, 'body');
  const kind = kindOf(body);
  const verification = entry.verification;
  if (!isJsonObject(verification)) throw shape('log entry has no verification');
  const proof = verification.inclusionProof;
  const tlogEntry: JsonObject = {
    logIndex: String(int(entry.logIndex, 'logIndex')),
    logId: { keyId: hexToBase64(str(entry.logID, 'logID'), 'logID') },
    kindVersion: kind,
    integratedTime: String(int(entry.integratedTime, 'integratedTime')),
    inclusionPromise: {
      signedEntryTimestamp: str(verification.signedEntryTimestamp, 'signedEntryTimestamp'),
    },
    canonicalizedBody: body,
  };
  if (proof !== undefined) {
    if (!isJsonObject(proof)) throw shape('inclusionProof is not an object');
    const hashes = proof.hashes ?? [];
    if (!Array.isArray(hashes)) throw shape('inclusionProof.hashes is not a list');
    tlogEntry.inclusionProof = {
      logIndex: String(int(proof.logIndex, 'inclusionProof.logIndex')),
      rootHash: hexToBase64(str(proof.rootHash, 'rootHash'), 'rootHash'),
      treeSize: String(int(proof.treeSize, 'treeSize')),
      hashes: hashes.map((h) => hexToBase64(str(h, 'hash'), 'hash')),
      checkpoint: { envelope: str(proof.checkpoint, 'checkpoint') },
    };
  }
  return {
    mediaType: BUNDLE_V03,
    verificationMaterial: {
      certificate: { rawBytes: legacy.leaf.der.toString('base64') },
      tlogEntries: [tlogEntry],
    },
    dsseEnvelope: {
      payload: envelope.payload ?? null,
      payloadType: envelope.payloadType ?? null,
      signatures: [
        {
          sig: str(signature.sig, 'sig'),
          ...(typeof signature.keyid === 'string' && signature.keyid !== ''
            ? { keyid: signature.keyid }
            : {}),
        },
      ],
    },
  };
}

/** The entry's kind and version, from its canonical body (`{"apiVersion", "kind", ...}`). */
function kindOf(body: string): JsonObject {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64').toString('utf8'));
  } catch {
    throw new VerifyError('MALFORMED', 'log entry body is not base64 JSON');
  }
  if (
    !isJsonObject(parsed) ||
    typeof parsed.kind !== 'string' ||
    typeof parsed.apiVersion !== 'string'
  )
    throw shape('log entry body has no kind and apiVersion');
  return { kind: parsed.kind, version: parsed.apiVersion };
}

function shape(message: string): VerifyError {
  return new VerifyError('BUNDLE_SHAPE', `Rekor entry: ${message}`);
}

function str(value: JsonValue | undefined, name: string): string {
  if (typeof value !== 'string' || value === '') throw shape(`${name} is missing`);
  return value;
}

function int(value: JsonValue | undefined, name: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
    throw shape(`${name} is not a whole number`);
  return value;
}

function hexToBase64(hex: string, name: string): string {
  if (!HEX.test(hex) || hex.length % 2 !== 0) throw shape(`${name} is not lower-case hex`);
  return Buffer.from(hex, 'hex').toString('base64');
}
