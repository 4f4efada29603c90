import {
  toSignedEntity,
  Verifier,
  type SignedEntity,
  type Signer,
  type TrustMaterial,
} from '@sigstore/verify';
import type { KeyObject } from 'node:crypto';
import type { ParsedBundle } from '../bundle/parse-bundle.js';
import { VerifyError } from '../errors.js';
import { OID, type LeafCertificate } from '../x509/leaf.js';
import type { AttestationResult } from '../result.js';
import { withParsedCertificate } from './fast-path.js';
import { mapSigstoreError } from './map-error.js';
import { messageSignatureContent } from './message-signature.js';
import { selectRoot, type LoadedRoot } from './trust.js';

export type SignedTime = {
  readonly source: 'transparency-log' | 'timestamp-authority';
  readonly time: Date;
};

export type LogEntrySummary = {
  readonly logIndex: string;
  readonly logId: string;
  readonly kind: string;
  readonly integratedTime: Date | undefined;
  readonly inclusionProof: boolean;
  readonly inclusionPromise: boolean;
};

/** What the cryptographic checks established about one bundle. */
export type CryptoEvidence = {
  readonly rootLabel: string;
  readonly signedTimes: readonly SignedTime[];
  readonly logEntries: readonly LogEntrySummary[];
  readonly signer: Signer;
};

export type CryptoOptions = {
  /** Key-signed bundles: the key the user trusts (`--key`). Keyless otherwise. */
  readonly publicKey?: KeyObject;
  /** When the key may sign (checked by @sigstore/verify at every verified signed time). */
  readonly keyValidAt?: (time: Date) => boolean;
  /** Message-signature bundles: the artifact bytes the signature covers. */
  readonly artifact?: Buffer;
  /** Message-signature bundles: or the artifact's digest (sigstore-conformance `sha256:HEX`). */
  readonly artifactDigest?: { readonly algorithm: string; readonly digest: Buffer };
};

/**
 * Everything cryptographic, through @sigstore/verify: signed time (TSA token or SET; a bare
 * integratedTime never counts), certificate chain to a CA of the selected root valid at every
 * signed time, SCT, transparency-log inclusion bound to this signature, and the signature.
 * Thresholds follow the root: a root without logs (GitHub's instance) needs a TSA timestamp.
 */
export function verifyBundleCrypto(
  parsed: ParsedBundle,
  roots: readonly LoadedRoot[],
  options: CryptoOptions = {},
): CryptoEvidence {
  checkKeyMaterial(parsed, options);
  if (parsed.leaf !== undefined) checkLeafUsage(parsed.leaf);
  const root = selectRoot(
    roots,
    parsed.leaf?.cert,
    parsed.bundle.verificationMaterial.tlogEntries.flatMap((e) => e.logId?.keyId ?? []),
  );
  const material = withKey(root.material, options.publicKey, options.keyValidAt);
  const verifier = new Verifier(material, {
    tlogThreshold: root.hasTlogs ? 1 : 0,
    ctlogThreshold: parsed.leaf !== undefined && root.hasCtlogs ? 1 : 0,
    timestampThreshold: 1,
  });
  let signer: Signer;
  let entity: SignedEntity;
  try {
    // The leaf is frozen here, and the entity's certificate is that same tree.
    entity = withParsedCertificate(parsed.leaf?.cert, () => signedEntity(parsed, options));
    signer = verifier.verify(entity);
  } catch (err) {
    throw mapSigstoreError(err);
  }
  return { rootLabel: root.label, signer, ...summarize(parsed, entity) };
}

/** The entity @sigstore/verify checks; a message signature's content is checked by ours. */
function signedEntity(parsed: ParsedBundle, options: CryptoOptions): SignedEntity {
  const content = parsed.bundle.content;
  if (content.$case !== 'messageSignature') return toSignedEntity(parsed.bundle);
  const { artifact, artifactDigest } = options;
  if (artifact === undefined && artifactDigest === undefined)
    throw new VerifyError('USAGE', 'a message-signature bundle needs the artifact or its digest');
  return {
    ...toSignedEntity(parsed.bundle, artifact),
    signature: messageSignatureContent(
      content.messageSignature,
      artifact !== undefined
        ? { kind: 'bytes', bytes: artifact }
        : { kind: 'digest', ...(artifactDigest as NonNullable<typeof artifactDigest>) },
    ),
  };
}

function checkKeyMaterial(parsed: ParsedBundle, options: CryptoOptions): void {
  const keyed = parsed.bundle.verificationMaterial.content.$case === 'publicKey';
  if (keyed && options.publicKey === undefined) {
    throw new VerifyError('KEY_MATERIAL', 'bundle is signed with a key, not a Fulcio certificate', {
      hint: 'key-signed bundles need the trusted key: verify-bundle --key PEM',
    });
  }
  if (!keyed && options.publicKey !== undefined) {
    throw new VerifyError('KEY_MATERIAL', 'a key was given but the bundle is certificate-signed');
  }
}

/**
 * What the leaf may be used for, read from the strictly parsed extensions: the codeSigning EKU,
 * digitalSignature when key usage is present, and no critical extension we do not process
 * (RFC 5280 §4.2; Go's x509, which sigstore-go uses, refuses them the same way).
 */
function checkLeafUsage(leaf: LeafCertificate): void {
  const [unhandled] = leaf.unhandledCritical;
  if (unhandled !== undefined)
    throw new VerifyError(
      'CERT_CHAIN',
      `signing certificate has a critical extension this verifier does not process (${unhandled})`,
      { hint: 'RFC 5280 requires rejecting a certificate with an unrecognised critical extension' },
    );
  if (!(leaf.extKeyUsages ?? []).includes(OID.codeSigning))
    throw new VerifyError(
      'CERT_CHAIN',
      'signing certificate is not valid for code signing (no codeSigning EKU)',
    );
  if (leaf.keyUsage !== undefined && !leaf.keyUsage.digitalSignature)
    throw new VerifyError(
      'CERT_CHAIN',
      'signing certificate key usage does not include digitalSignature',
    );
}

function withKey(
  material: TrustMaterial,
  key: KeyObject | undefined,
  validAt: (time: Date) => boolean = () => true,
): TrustMaterial {
  if (key === undefined) return material;
  return { ...material, publicKey: () => ({ publicKey: key, validFor: validAt }) };
}

/** The evidence as an attestation result reports it (root, signed times, log entries). */
export function evidenceFields(
  crypto: CryptoEvidence,
): Pick<AttestationResult, 'trustRoot' | 'signedTimes' | 'logEntries'> {
  return {
    trustRoot: crypto.rootLabel,
    signedTimes: crypto.signedTimes.map((t) => ({ source: t.source, time: t.time.toISOString() })),
    logEntries: crypto.logEntries.map((e) => ({
      logIndex: e.logIndex,
      logId: e.logId,
      kind: e.kind,
    })),
  };
}

/**
 * Called only after verification passed, so every time listed here was verified; TSA times are
 * read from the very timestamps @sigstore/verify checked (parsed once, in the bundle's order).
 */
function summarize(
  parsed: ParsedBundle,
  entity: SignedEntity,
): Pick<CryptoEvidence, 'signedTimes' | 'logEntries'> {
  const material = parsed.bundle.verificationMaterial;
  const signedTimes: SignedTime[] = [];
  const logEntries = material.tlogEntries.map((entry): LogEntrySummary => {
    const integrated =
      entry.integratedTime && entry.integratedTime !== '0'
        ? new Date(Number(entry.integratedTime) * 1000)
        : undefined;
    const promise = entry.inclusionPromise !== undefined;
    if (promise && integrated !== undefined)
      signedTimes.push({ source: 'transparency-log', time: integrated });
    return {
      logIndex: entry.logIndex,
      logId: Buffer.from(entry.logId?.keyId ?? []).toString('base64'),
      kind: `${entry.kindVersion?.kind ?? '?'}/${entry.kindVersion?.version ?? '?'}`,
      integratedTime: integrated,
      inclusionProof: entry.inclusionProof !== undefined,
      inclusionPromise: promise,
    };
  });
  for (const ts of entity.timestamps)
    if (ts.$case === 'timestamp-authority')
      signedTimes.push({ source: 'timestamp-authority', time: ts.timestamp.signingTime });
  return { signedTimes, logEntries };
}
