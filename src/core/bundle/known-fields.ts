import { VerifyError } from '../errors.js';
import { isJsonObject, type JsonValue } from '../json/strict-json.js';

/** The fields of each bundle message (protobuf-specs, canonical lowerCamelCase JSON names). */
type Shape = { readonly [field: string]: Shape | 'leaf' | List };
type List = { readonly items: Shape };

const CERTIFICATE: Shape = { rawBytes: 'leaf' };
const SHAPE: Shape = {
  mediaType: 'leaf',
  verificationMaterial: {
    publicKey: { hint: 'leaf' },
    x509CertificateChain: { certificates: { items: CERTIFICATE } },
    certificate: CERTIFICATE,
    tlogEntries: {
      items: {
        logIndex: 'leaf',
        logId: { keyId: 'leaf' },
        kindVersion: { kind: 'leaf', version: 'leaf' },
        integratedTime: 'leaf',
        inclusionPromise: { signedEntryTimestamp: 'leaf' },
        inclusionProof: {
          logIndex: 'leaf',
          rootHash: 'leaf',
          treeSize: 'leaf',
          hashes: 'leaf',
          checkpoint: { envelope: 'leaf' },
        },
        canonicalizedBody: 'leaf',
      },
    },
    timestampVerificationData: { rfc3161Timestamps: { items: { signedTimestamp: 'leaf' } } },
  },
  dsseEnvelope: {
    payload: 'leaf',
    payloadType: 'leaf',
    signatures: { items: { sig: 'leaf', keyid: 'leaf' } },
  },
  messageSignature: { messageDigest: { algorithm: 'leaf', digest: 'leaf' }, signature: 'leaf' },
};

/**
 * Refuse any field a bundle message does not define (as sigstore-go's protojson does, and as
 * the client spec asks: no JSON variants beyond the canonical form). An ignored field would
 * let two different files verify as the same bundle, and hide a parser differential.
 */
export function checkKnownFields(json: JsonValue): void {
  walk(json, SHAPE, 'bundle');
}

function isList(s: Shape | List): s is List {
  return Object.keys(s).length === 1 && 'items' in s && typeof s.items === 'object';
}

function walk(value: JsonValue, shape: Shape, path: string): void {
  if (!isJsonObject(value)) return; // wrong types are reported by the bundle parser
  for (const [key, child] of Object.entries(value)) {
    const sub = shape[key];
    if (sub === undefined)
      throw new VerifyError('BUNDLE_SHAPE', `${path} has an unknown field ${JSON.stringify(key)}`);
    if (sub === 'leaf' || child === null) continue;
    if (isList(sub)) {
      if (Array.isArray(child))
        child.forEach((item, i) => walk(item, sub.items, `${path}.${key}[${i}]`));
    } else walk(child, sub, `${path}.${key}`);
  }
}
