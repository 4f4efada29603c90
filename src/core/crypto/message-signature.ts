import type { MessageSignature } from '@sigstore/bundle';
import { HashAlgorithm } from '@sigstore/protobuf-specs';
import type { SignedEntity } from '@sigstore/verify';
import { createHash, timingSafeEqual, verify, type KeyObject } from 'node:crypto';
import { UsageError, VerifyError } from '../errors.js';

/** What a message signature is checked against: the artifact bytes, or their digest. */
export type MessageInput =
  | { readonly kind: 'bytes'; readonly bytes: Buffer }
  | { readonly kind: 'digest'; readonly algorithm: string; readonly digest: Buffer };

type SignatureContent = SignedEntity['signature'];

const HASHES: Partial<Record<HashAlgorithm, string>> = {
  [HashAlgorithm.SHA2_256]: 'sha256',
  [HashAlgorithm.SHA2_384]: 'sha384',
  [HashAlgorithm.SHA2_512]: 'sha512',
};

type Curve = (typeof import('@noble/curves/nist.js'))['p256'];
type CurveName = 'prime256v1' | 'secp384r1' | 'secp521r1';

/** @noble/curves, loaded only when a message signature is checked from a digest. */
let CURVES: Readonly<Record<CurveName, Curve>> | undefined;

/**
 * Load what checking a message signature from a digest needs (ECDSA over a prehash); call it
 * before {@link messageSignatureContent} with a digest. Nothing else pays for loading it.
 */
export async function loadPrehashCurves(): Promise<void> {
  if (CURVES !== undefined) return;
  const { p256, p384, p521 } = await import('@noble/curves/nist.js');
  CURVES = { prime256v1: p256, secp384r1: p384, secp521r1: p521 };
}

/**
 * The signature content @sigstore/verify checks for a message-signature bundle, so that chain,
 * timestamps and the log entry stay its work while the signature is checked here, over the
 * artifact bytes or over their digest (the sigstore-conformance protocol passes `sha256:HEX`).
 *
 * Both forms first require the artifact's digest to be the bundle's `messageDigest`: that is the
 * digest the log entry (hashedrekord) binds to this signature. From bytes, node:crypto verifies
 * (ECDSA over the bundle's hash, or Ed25519 over the bytes themselves); from a digest, ECDSA is
 * verified prehashed with @noble/curves (audited). Ed25519 signs the message itself (RFC 8032),
 * so its signature cannot be checked from a digest: that is refused with the reason.
 */
export function messageSignatureContent(
  signature: MessageSignature,
  input: MessageInput,
): SignatureContent {
  const algorithm = HASHES[signature.messageDigest?.algorithm ?? HashAlgorithm.SHA2_256];
  const expected = Buffer.from(signature.messageDigest?.digest ?? []);
  if (algorithm === undefined || expected.length === 0)
    throw new VerifyError(
      'BUNDLE_SHAPE',
      'message signature has no messageDigest of a supported algorithm (SHA-256/384/512)',
    );
  const actual =
    input.kind === 'bytes' ? createHash(algorithm).update(input.bytes).digest() : input.digest;
  if (input.kind === 'digest' && input.algorithm !== algorithm)
    throw new UsageError(
      `the bundle signs the ${algorithm.toUpperCase()} digest of the artifact; a ${input.algorithm} digest cannot be checked against it`,
      { hint: `give ${algorithm}:HEX or the file itself` },
    );
  if (!sameBytes(actual, expected))
    throw new VerifyError(
      'SUBJECT',
      `the artifact's ${algorithm} digest ${actual.toString('hex')} is not the bundle's messageDigest ${expected.toString('hex')}`,
    );
  const sig = Buffer.from(signature.signature);
  const equal = (other: Buffer): boolean => sameBytes(other, sig);
  return {
    signature: sig,
    compareSignature: equal,
    compareDigest: (digest) => sameBytes(digest, expected),
    compareSignedDigest: (digest) => sameBytes(digest, expected),
    verifySignature: (key) =>
      input.kind === 'bytes'
        ? verifyBytes(key, input.bytes, sig, algorithm)
        : verifyDigest(key, expected, sig),
  };
}

function verifyBytes(key: KeyObject, bytes: Buffer, sig: Buffer, algorithm: string): boolean {
  try {
    const type = key.asymmetricKeyType;
    return verify(type === 'ed25519' || type === 'ed448' ? null : algorithm, bytes, key, sig);
  } catch {
    return false;
  }
}

/** ECDSA over a prehash (DER signature, high S accepted as OpenSSL and Go accept it). */
function verifyDigest(key: KeyObject, digest: Buffer, sig: Buffer): boolean {
  const type = key.asymmetricKeyType;
  if (type === 'ed25519' || type === 'ed448')
    throw new UsageError(
      `this message signature is ${type === 'ed25519' ? 'Ed25519' : 'Ed448'}, which signs the artifact bytes themselves (RFC 8032), so a digest cannot verify it`,
      { hint: 'give the artifact file instead of its digest' },
    );
  if (CURVES === undefined)
    throw new Error('internal: loadPrehashCurves() must run before a digest is checked');
  const curveName = key.asymmetricKeyDetails?.namedCurve;
  const curve =
    type === 'ec' && curveName !== undefined && curveName in CURVES
      ? CURVES[curveName as CurveName]
      : undefined;
  if (curve === undefined)
    throw new UsageError(
      `a ${type ?? 'unknown'}${curveName ? ` ${curveName}` : ''} key cannot be checked from a digest here (ECDSA P-256, P-384 and P-521 can)`,
      { hint: 'give the artifact file instead of its digest' },
    );
  const point = ecPoint(key);
  try {
    return curve.verify(sig, digest, point, { prehash: false, lowS: false, format: 'der' });
  } catch {
    return false;
  }
}

/** The uncompressed point (0x04 || X || Y) of an EC public key, from its JWK. */
function ecPoint(key: KeyObject): Uint8Array {
  const jwk = key.export({ format: 'jwk' });
  const x = Buffer.from(jwk.x ?? '', 'base64url');
  const y = Buffer.from(jwk.y ?? '', 'base64url');
  return Buffer.concat([Buffer.from([4]), x, y]);
}

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
