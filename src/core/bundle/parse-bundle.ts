import { bundleFromJSON, ValidationError, type Bundle } from '@sigstore/bundle';
import { VerifyError } from '../errors.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../json/strict-json.js';
import { LIMITS } from '../limits.js';
import { parseLeafCertificate, type LeafCertificate } from '../x509/leaf.js';
import { checkKnownFields } from './known-fields.js';
import { decodeStrictBase64 } from './base64.js';
import { bundleVersionOf, IN_TOTO_PAYLOAD_TYPE, type BundleVersion } from './media-type.js';

export type ParsedBundle = {
  readonly bundle: Bundle;
  readonly version: BundleVersion;
  readonly mediaType: string;
  /** The signing certificate, when the bundle is certificate-signed. */
  readonly leaf: LeafCertificate | undefined;
  /** DSSE bundles: the exact payload bytes that were signed. */
  readonly dsse: { readonly payloadType: string; readonly payload: Buffer } | undefined;
};

/**
 * Parse and validate a serialized Sigstore bundle: media type, shape (via @sigstore/bundle),
 * count limits, exactly one DSSE signature, strict base64 of the signed fields, in-toto payload
 * type. Cryptography is not checked here.
 */
export function parseBundle(json: JsonValue): ParsedBundle {
  if (!isJsonObject(json)) throw new VerifyError('MALFORMED', 'bundle is not a JSON object');
  const version = bundleVersionOf(json.mediaType);
  if (version === undefined) {
    throw new VerifyError(
      'MEDIA_TYPE',
      `unsupported bundle media type ${JSON.stringify(json.mediaType ?? null)}`,
      { hint: 'supported: Sigstore bundle v0.1, v0.2 and v0.3' },
    );
  }
  checkKnownFields(json);
  checkCounts(json);
  const dsse = readDsse(json);
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(json);
  } catch (err) {
    if (err instanceof ValidationError) {
      throw new VerifyError(
        'BUNDLE_SHAPE',
        `invalid bundle: ${err.message} (${err.fields.join(', ')})`,
      );
    }
    throw new VerifyError('MALFORMED', `invalid bundle: ${String(err)}`);
  }
  return { bundle, version, mediaType: json.mediaType as string, leaf: readLeaf(bundle), dsse };
}

function checkCounts(json: JsonObject): void {
  const material = json.verificationMaterial;
  if (!isJsonObject(material)) return; // @sigstore/bundle reports the missing field
  const tlog = material.tlogEntries;
  // @sigstore/bundle skips a known field of the wrong type as if absent: refuse it instead
  // (null is proto3 JSON for "absent", as v0.1 bundles write it).
  if (tlog !== undefined && tlog !== null && !Array.isArray(tlog))
    throw new VerifyError('BUNDLE_SHAPE', 'verificationMaterial.tlogEntries is not a list');
  const tsShape = material.timestampVerificationData;
  if (tsShape !== undefined && tsShape !== null) {
    const list = isJsonObject(tsShape) ? tsShape.rfc3161Timestamps : 0;
    if (!isJsonObject(tsShape) || (list !== undefined && list !== null && !Array.isArray(list)))
      throw new VerifyError(
        'BUNDLE_SHAPE',
        'verificationMaterial.timestampVerificationData is malformed',
      );
  }
  if (Array.isArray(tlog) && tlog.length > LIMITS.maxTlogEntries) {
    throw new VerifyError(
      'LIMIT',
      `${tlog.length} transparency-log entries (limit ${LIMITS.maxTlogEntries})`,
    );
  }
  if (Array.isArray(tlog)) tlog.forEach(checkTlogEntry);
  const tsData = material.timestampVerificationData;
  const stamps = isJsonObject(tsData) ? tsData.rfc3161Timestamps : undefined;
  if (Array.isArray(stamps) && stamps.length > LIMITS.maxTimestamps) {
    throw new VerifyError('LIMIT', `${stamps.length} timestamps (limit ${LIMITS.maxTimestamps})`);
  }
}

const UINT = /^(0|[1-9][0-9]{0,18})$/;

/**
 * Log entry numbers are decimal strings (int64 in the proto JSON): anything else is refused
 * here, not left to a later comparison. An inclusion proof must agree with its own checkpoint
 * (tree size and root hash), whichever of the two a verifier happens to read.
 */
function checkTlogEntry(entry: unknown, i: number): void {
  if (!isJsonObject(entry)) return; // @sigstore/bundle reports the shape
  for (const field of ['logIndex', 'integratedTime'] as const) {
    const value = entry[field];
    if (value !== undefined && (typeof value !== 'string' || !UINT.test(value)))
      throw new VerifyError(
        'MALFORMED',
        `tlog entry ${i}: ${field} ${JSON.stringify(value)} is not a non-negative integer`,
      );
  }
  const proof = entry.inclusionProof;
  if (!isJsonObject(proof)) return;
  for (const field of ['logIndex', 'treeSize'] as const) {
    const value = proof[field];
    if (value !== undefined && (typeof value !== 'string' || !UINT.test(value)))
      throw new VerifyError(
        'MALFORMED',
        `tlog entry ${i}: inclusionProof.${field} ${JSON.stringify(value)} is not a non-negative integer`,
      );
  }
  const checkpoint = isJsonObject(proof.checkpoint) ? proof.checkpoint.envelope : undefined;
  if (typeof checkpoint !== 'string') return;
  // Checkpoint body: origin, tree size, base64 root hash, then optional lines, a blank line, signatures.
  checkCheckpointSignatures(checkpoint, i);
  const [, size, root] = checkpoint.split('\n');
  const treeSize = proof.treeSize ?? '0';
  if (size !== treeSize || root !== proof.rootHash) {
    throw new VerifyError(
      'TLOG_INCLUSION',
      `tlog entry ${i}: the inclusion proof (tree size ${JSON.stringify(treeSize)}, root ${JSON.stringify(proof.rootHash)}) disagrees with its checkpoint (tree size ${JSON.stringify(size)}, root ${JSON.stringify(root)})`,
    );
  }
}

const SIGNATURE_LINE = /^\u2014 (\S+) ([A-Za-z0-9+/]+={0,2})$/;

/**
 * The signed note's signature lines must each be well formed, and name each key once: a
 * second, unverifiable line for the log's own key would be ignored by one verifier and fatal
 * to another (a parser differential).
 */
function checkCheckpointSignatures(envelope: string, i: number): void {
  const blank = envelope.indexOf('\n\n');
  const lines =
    blank < 0
      ? []
      : envelope
          .slice(blank + 2)
          .split('\n')
          .filter((l) => l !== '');
  const seen = new Set<string>();
  for (const line of lines) {
    const m = SIGNATURE_LINE.exec(line);
    const sig = m?.[2] === undefined ? undefined : Buffer.from(m[2], 'base64');
    const key =
      m === null || sig === undefined || sig.length < 5
        ? undefined
        : `${m[1]} ${sig.subarray(0, 4).toString('hex')}`;
    if (key === undefined || seen.has(key))
      throw new VerifyError(
        'TLOG_INCLUSION',
        `tlog entry ${i}: checkpoint signature line ${JSON.stringify(line.slice(0, 80))} is malformed or repeats a key`,
      );
    seen.add(key);
  }
  if (seen.size === 0)
    throw new VerifyError('TLOG_INCLUSION', `tlog entry ${i}: checkpoint carries no signature`);
}

function readDsse(json: JsonObject): ParsedBundle['dsse'] {
  const envelope = json.dsseEnvelope;
  if (envelope === undefined) return undefined;
  if (!isJsonObject(envelope))
    throw new VerifyError('BUNDLE_SHAPE', 'dsseEnvelope is not an object');
  const signatures = envelope.signatures;
  if (!Array.isArray(signatures) || signatures.length !== 1) {
    throw new VerifyError(
      'BUNDLE_SHAPE',
      `DSSE envelope must carry exactly one signature, found ${Array.isArray(signatures) ? signatures.length : 'none'}`,
    );
  }
  const signature = signatures[0];
  if (!isJsonObject(signature))
    throw new VerifyError('BUNDLE_SHAPE', 'DSSE signature is not an object');
  decodeStrictBase64(signature.sig, 'DSSE signature');
  const payload = decodeStrictBase64(envelope.payload, 'DSSE payload');
  if (payload.length > LIMITS.maxPayloadBytes) {
    throw new VerifyError(
      'LIMIT',
      `DSSE payload of ${payload.length} bytes (limit ${LIMITS.maxPayloadBytes})`,
    );
  }
  const payloadType = envelope.payloadType;
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw new VerifyError(
      'PAYLOAD_TYPE',
      `DSSE payloadType is ${JSON.stringify(payloadType ?? null)}, expected "${IN_TOTO_PAYLOAD_TYPE}"`,
    );
  }
  return { payloadType, payload };
}

function readLeaf(bundle: Bundle): LeafCertificate | undefined {
  const content = bundle.verificationMaterial.content;
  let raw: Uint8Array | undefined;
  switch (content.$case) {
    case 'certificate':
      raw = content.certificate.rawBytes;
      break;
    case 'x509CertificateChain':
      raw = content.x509CertificateChain.certificates[0]?.rawBytes;
      break;
    case 'publicKey':
      return undefined;
  }
  if (raw === undefined || raw.length === 0) {
    throw new VerifyError('BUNDLE_SHAPE', 'bundle has an empty certificate');
  }
  return parseLeafCertificate(Buffer.from(raw));
}
