import type { X509Certificate } from '@sigstore/core';
import { VerifyError } from '../errors.js';
import { decodeDerUtf8String, decodeUtf8 } from './der-string.js';

const FULCIO = '1.3.6.1.4.1.57264.1.';
const SAN_OID = '2.5.29.17';
const OTHERNAME_SAN_OID = `${FULCIO}7`;

/** Fulcio v2 extensions (DER UTF8String values), by OID suffix. */
const V2_FIELDS = {
  8: 'issuer',
  9: 'buildSignerUri',
  10: 'buildSignerDigest',
  11: 'runnerEnvironment',
  12: 'sourceRepositoryUri',
  13: 'sourceRepositoryDigest',
  14: 'sourceRepositoryRef',
  15: 'sourceRepositoryId',
  16: 'sourceRepositoryOwnerUri',
  17: 'sourceRepositoryOwnerId',
  18: 'buildConfigUri',
  19: 'buildConfigDigest',
  20: 'buildTrigger',
  21: 'runInvocationUri',
  22: 'sourceRepositoryVisibility',
} as const;

/** Deprecated Fulcio extensions (raw string values), by OID suffix. */
const LEGACY_FIELDS = {
  1: 'issuer',
  2: 'trigger',
  3: 'sha',
  4: 'workflowName',
  5: 'repository',
  6: 'ref',
} as const;

type V2Field = (typeof V2_FIELDS)[keyof typeof V2_FIELDS];
type LegacyField = (typeof LEGACY_FIELDS)[keyof typeof LEGACY_FIELDS];

export type SanKind = 'uri' | 'email' | 'otherName';

/** The identity the Fulcio certificate states. Nothing here comes from the predicate. */
export type CertificateIdentity = { readonly [K in V2Field]?: string } & {
  readonly san: { readonly kind: SanKind; readonly value: string } | undefined;
  readonly legacy: { readonly [K in LegacyField]?: string };
};

/**
 * Read the identity from the leaf with our own DER-aware code: every value must be a single,
 * well-formed extension; a duplicated extension, or a deprecated value that disagrees with its
 * v2 counterpart, is a conflict rather than a choice.
 */
export function readCertificateIdentity(cert: X509Certificate): CertificateIdentity {
  try {
    return readIdentity(cert);
  } catch (err) {
    // @sigstore/core decodes lazily: a malformed extension or SAN surfaces here as a plain
    // Error. The certificate is untrusted input (a legacy envelope's is not yet verified).
    if (err instanceof VerifyError) throw err;
    throw new VerifyError(
      'MALFORMED',
      `certificate cannot be decoded: ${err instanceof Error ? err.message : String(err)}`,
      { cause: err },
    );
  }
}

function readIdentity(cert: X509Certificate): CertificateIdentity {
  const seen = new Set<string>();
  const v2: { [K in V2Field]?: string } = {};
  const legacy: { [K in LegacyField]?: string } = {};
  for (const ext of cert.extensions) {
    const oid = ext.subs[0]?.toOID() ?? '';
    if (seen.has(oid))
      throw new VerifyError('ID_CONFLICT', `certificate has extension ${oid} more than once`);
    seen.add(oid);
    if (!oid.startsWith(FULCIO)) continue;
    const suffix = Number(oid.slice(FULCIO.length));
    const raw = extnValue(ext.subs);
    if (suffix in V2_FIELDS) {
      v2[V2_FIELDS[suffix as keyof typeof V2_FIELDS]] = decodeDerUtf8String(
        raw,
        `extension ${oid}`,
      );
    } else if (suffix in LEGACY_FIELDS) {
      legacy[LEGACY_FIELDS[suffix as keyof typeof LEGACY_FIELDS]] = decodeUtf8(
        raw,
        `extension ${oid}`,
      );
    }
  }
  const identity = { ...v2, san: readSan(cert), legacy };
  checkLegacyAgreement(identity);
  return identity;
}

function extnValue(subs: readonly { value: Buffer }[]): Buffer {
  const last = subs[subs.length - 1];
  if (last === undefined) throw new VerifyError('MALFORMED', 'certificate extension has no value');
  return last.value;
}

function readSan(cert: X509Certificate): CertificateIdentity['san'] {
  const ext = cert.extSubjectAltName;
  if (ext === undefined) return undefined;
  const names = ext.valueObj.subs[0]?.subs ?? [];
  if (names.length !== 1) {
    throw new VerifyError(
      'ID_CONFLICT',
      `certificate SAN has ${names.length} names; Fulcio issues exactly one`,
    );
  }
  const name = names[0];
  if (name === undefined) return undefined;
  if (name.tag.isContextSpecific(0x06))
    return { kind: 'uri', value: decodeUtf8(name.value, 'SAN URI') };
  if (name.tag.isContextSpecific(0x01))
    return { kind: 'email', value: decodeUtf8(name.value, 'SAN email') };
  if (name.tag.isContextSpecific(0x00)) {
    const value = ext.otherName(OTHERNAME_SAN_OID);
    if (value !== undefined) return { kind: 'otherName', value };
  }
  throw new VerifyError('MALFORMED', `certificate ${SAN_OID} holds an unsupported name type`);
}

/** Deprecated and v2 values describe the same claim; they must not disagree (slsa-verifier). */
function checkLegacyAgreement(id: CertificateIdentity): void {
  const pairs: [string | undefined, string | undefined, string][] = [
    [id.legacy.issuer, id.issuer, 'issuer (1.1 vs 1.8)'],
    [id.legacy.sha, id.sourceRepositoryDigest, 'commit (1.3 vs 1.13)'],
    [id.legacy.ref, id.sourceRepositoryRef, 'ref (1.6 vs 1.14)'],
    [id.legacy.trigger, id.buildTrigger, 'trigger (1.2 vs 1.20)'],
  ];
  const repoPath = id.sourceRepositoryUri?.replace(/^https:\/\/[^/]+\//, '');
  pairs.push([id.legacy.repository, repoPath, 'repository (1.5 vs 1.12)']);
  for (const [old, current, what] of pairs) {
    if (old !== undefined && current !== undefined && old !== current) {
      throw new VerifyError(
        'ID_CONFLICT',
        `certificate ${what} disagree: "${old}" vs "${current}"`,
      );
    }
  }
}

/** Effective values: v2 extensions, else the deprecated ones (older certificates). */
export function effectiveIssuer(id: CertificateIdentity): string | undefined {
  return id.issuer ?? id.legacy.issuer;
}
export function effectiveRef(id: CertificateIdentity): string | undefined {
  return id.sourceRepositoryRef ?? id.legacy.ref;
}
export function effectiveCommit(id: CertificateIdentity): string | undefined {
  return id.sourceRepositoryDigest ?? id.legacy.sha;
}
export function effectiveTrigger(id: CertificateIdentity): string | undefined {
  return id.buildTrigger ?? id.legacy.trigger;
}
/** `owner/repo` of the source repository as the certificate states it. */
export function effectiveRepoPath(id: CertificateIdentity): string | undefined {
  return id.sourceRepositoryUri?.replace(/^https:\/\/[^/]+\//, '') ?? id.legacy.repository;
}
/** True when the certificate was issued to a CI workflow (it names a signer workflow). */
export function isWorkflowIdentity(id: CertificateIdentity): boolean {
  return id.buildSignerUri !== undefined || id.legacy.repository !== undefined;
}
