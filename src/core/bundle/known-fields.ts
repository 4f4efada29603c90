import { VerifyError } from '../errors.js';
import { isJsonObject, type JsonValue } from '../json/strict-json.js';
import { decodeStrictBase64 } from './base64.js';

/** The fields of each bundle message (protobuf-specs, canonical lowerCamelCase JSON names). */
type Shape = { readonly [field: string]: Shape | 'leaf' | 'bytes' | List };
type List = { readonly items: Shape | 'bytes' };

const CERTIFICATE: Shape = { rawBytes: 'bytes' };
const SHAPE: Shape = {
  mediaType: 'leaf',
  verificationMaterial: {
    publicKey: { hint: 'leaf' },
    x509CertificateChain: { certificates: { items: CERTIFICATE } },
    certificate: CERTIFICATE,
    tlogEntries: {
      items: {
        logIndex: 'leaf',
        logId: { keyId: 'bytes' },
        kindVersion: { kind: 'leaf', version: 'leaf' },
        integratedTime: 'leaf',
        inclusionPromise: { signedEntryTimestamp: 'bytes' },
        inclusionProof: {
          logIndex: 'leaf',
          rootHash: 'bytes',
          treeSize: 'leaf',
          hashes: { items: 'bytes' },
          checkpoint: { envelope: 'leaf' },
        },
        canonicalizedBody: 'bytes',
      },
    },
    timestampVerificationData: { rfc3161Timestamps: { items: { signedTimestamp: 'bytes' } } },
  },
  dsseEnvelope: {
    payload: 'bytes',
    payloadType: 'leaf',
    signatures: { items: { sig: 'bytes', keyid: 'leaf' } },
  },
  messageSignature: { messageDigest: { algorithm: 'leaf', digest: 'bytes' }, signature: 'bytes' },
};

/**
 * Refuse any field a bundle message does not define (as sigstore-go's protojson does, and as
 * the client spec asks: no JSON variants beyond the canonical form). An ignored field would
 * let two different files verify as the same bundle, and hide a parser differential.
 */
export function checkKnownFields(json: JsonValue): void {
  walk(json, SHAPE, 'bundle');
}

/** A list is written `{ items: … }`; no message has a lone field named `items`. */
function isList(s: Shape | List): s is List {
  return Object.keys(s).length === 1 && 'items' in s;
}

function walk(value: JsonValue, shape: Shape, path: string): void {
  if (!isJsonObject(value)) return; // wrong types are reported by the bundle parser
  for (const [key, child] of Object.entries(value)) {
    const sub = shape[key];
    if (sub === undefined)
      throw new VerifyError('BUNDLE_SHAPE', `${path} has an unknown field ${JSON.stringify(key)}`);
    if (sub === 'leaf' || child === null) continue;
    if (sub === 'bytes') {
      // Bytes fields are standard padded base64, one spelling per value (no stray bits).
      if (typeof child === 'string') decodeStrictBase64(child, `${path}.${key}`);
      continue;
    }
    if (isList(sub)) {
      if (!Array.isArray(child)) continue;
      const items = sub.items;
      child.forEach((item, i) => {
        if (items !== 'bytes') walk(item, items, `${path}.${key}[${i}]`);
        else if (typeof item === 'string') decodeStrictBase64(item, `${path}.${key}[${i}]`);
      });
    } else walk(child, sub, `${path}.${key}`);
  }
}
