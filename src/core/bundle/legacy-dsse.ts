import { VerifyError } from '../errors.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../json/strict-json.js';
import { decodeStrictBase64 } from './base64.js';
import { IN_TOTO_PAYLOAD_TYPE } from './media-type.js';
import { parseLeafCertificate, type LeafCertificate } from '../x509/leaf.js';

export type LegacyEnvelope = {
  readonly payload: Buffer;
  readonly leaf: LeafCertificate;
  /** The envelope as given, and its one signature (checked: strict base64 `sig`, a certificate). */
  readonly envelope: JsonObject;
  readonly signature: JsonObject;
};

/**
 * A bare DSSE envelope with the certificate beside the signature (slsa-github-generator's
 * `.intoto.jsonl` before it emitted bundles). It carries no log material, so offline it can be
 * read and checked against the policy but never proven.
 */
export function parseLegacyEnvelope(json: JsonValue): LegacyEnvelope {
  if (!isJsonObject(json)) throw new VerifyError('MALFORMED', 'envelope is not a JSON object');
  if (json.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw new VerifyError(
      'PAYLOAD_TYPE',
      `DSSE payloadType is ${JSON.stringify(json.payloadType ?? null)}, expected "${IN_TOTO_PAYLOAD_TYPE}"`,
    );
  }
  const signatures = json.signatures;
  if (!Array.isArray(signatures) || signatures.length !== 1 || !isJsonObject(signatures[0])) {
    throw new VerifyError('BUNDLE_SHAPE', 'DSSE envelope must carry exactly one signature');
  }
  const signature = signatures[0];
  decodeStrictBase64(signature.sig, 'DSSE signature');
  const cert = signature.cert;
  if (typeof cert !== 'string' || !cert.includes('BEGIN CERTIFICATE')) {
    throw new VerifyError(
      'BUNDLE_SHAPE',
      'DSSE envelope has no signing certificate: it needs a transparency-log search to be verified',
    );
  }
  return {
    payload: decodeStrictBase64(json.payload, 'DSSE payload'),
    leaf: parseLeafCertificate(decodePemCertificate(cert), 'envelope certificate'),
    envelope: json,
    signature,
  };
}

const PEM =
  /^-----BEGIN CERTIFICATE-----\r?\n((?:[A-Za-z0-9+/=]{1,76}\r?\n)+)-----END CERTIFICATE-----\r?\n?$/;

/** Exactly one PEM certificate block (RFC 7468 strict form), its base64 canonical. */
function decodePemCertificate(pem: string): Buffer {
  const body = PEM.exec(pem)?.[1];
  if (body === undefined)
    throw new VerifyError('MALFORMED', 'envelope certificate is not exactly one PEM certificate');
  return decodeStrictBase64(body.replace(/\r?\n/g, ''), 'envelope certificate');
}
