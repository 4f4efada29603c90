import { VerifyError } from '../errors.js';
import { decodeDerUtf8String, decodeUtf8 } from '../x509/der.js';
import type { LeafCertificate, SanKind } from '../x509/leaf.js';
import { readGithubIdentity, type GithubIdentity } from './github-identity.js';

export type { SanKind };

const FULCIO = '1.3.6.1.4.1.57264.1';

/** Fulcio v2 extensions (DER UTF8String values), by exact OID. */
const V2_FIELDS = {
  [`${FULCIO}.8`]: 'issuer',
  [`${FULCIO}.9`]: 'buildSignerUri',
  [`${FULCIO}.10`]: 'buildSignerDigest',
  [`${FULCIO}.11`]: 'runnerEnvironment',
  [`${FULCIO}.12`]: 'sourceRepositoryUri',
  [`${FULCIO}.13`]: 'sourceRepositoryDigest',
  [`${FULCIO}.14`]: 'sourceRepositoryRef',
  [`${FULCIO}.15`]: 'sourceRepositoryId',
  [`${FULCIO}.16`]: 'sourceRepositoryOwnerUri',
  [`${FULCIO}.17`]: 'sourceRepositoryOwnerId',
  [`${FULCIO}.18`]: 'buildConfigUri',
  [`${FULCIO}.19`]: 'buildConfigDigest',
  [`${FULCIO}.20`]: 'buildTrigger',
  [`${FULCIO}.21`]: 'runInvocationUri',
  [`${FULCIO}.22`]: 'sourceRepositoryVisibility',
} as const;

/** Deprecated Fulcio extensions (raw UTF-8 values), by exact OID. */
const LEGACY_FIELDS = {
  [`${FULCIO}.1`]: 'issuer',
  [`${FULCIO}.2`]: 'trigger',
  [`${FULCIO}.3`]: 'sha',
  [`${FULCIO}.4`]: 'workflowName',
  [`${FULCIO}.5`]: 'repository',
  [`${FULCIO}.6`]: 'ref',
} as const;

type V2Field = (typeof V2_FIELDS)[keyof typeof V2_FIELDS];
type LegacyField = (typeof LEGACY_FIELDS)[keyof typeof LEGACY_FIELDS];

/** The Fulcio fields as written (exact OIDs, exact string types), before any interpretation. */
export type RawIdentity = { readonly [K in V2Field]?: string } & {
  readonly san: { readonly kind: SanKind; readonly value: string } | undefined;
  readonly legacy: { readonly [K in LegacyField]?: string };
};

/**
 * The identity the Fulcio certificate states. Nothing here comes from the predicate. `github`
 * is the strict GitHub Actions reading, present when the issuer is GitHub's.
 */
export type CertificateIdentity = RawIdentity & { readonly github: GithubIdentity | undefined };

/**
 * Read the identity from a strictly parsed leaf. An extension counts as a Fulcio field only when
 * its OID is exactly that field's (a longer OID such as `…1.12.0` is another extension); every
 * value must be a single, well-formed extension; a duplicated extension, or a deprecated value
 * that disagrees with its v2 counterpart, is a conflict rather than a choice.
 */
export function readCertificateIdentity(leaf: LeafCertificate): CertificateIdentity {
  const [duplicate] = leaf.duplicates;
  if (duplicate !== undefined)
    throw new VerifyError('ID_CONFLICT', `certificate has extension ${duplicate} more than once`);
  const v2: { [K in V2Field]?: string } = {};
  const legacy: { [K in LegacyField]?: string } = {};
  for (const { oid, value } of leaf.extensions) {
    if (Object.hasOwn(V2_FIELDS, oid))
      v2[V2_FIELDS[oid as keyof typeof V2_FIELDS]] = decodeDerUtf8String(value, `extension ${oid}`);
    else if (Object.hasOwn(LEGACY_FIELDS, oid))
      legacy[LEGACY_FIELDS[oid as keyof typeof LEGACY_FIELDS]] = decodeUtf8(
        value,
        `extension ${oid}`,
      );
  }
  const sans = leaf.sans;
  if (sans !== undefined && sans.length !== 1)
    throw new VerifyError(
      'ID_CONFLICT',
      `certificate SAN has ${sans.length} names; Fulcio issues exactly one`,
    );
  return interpretIdentity({ ...v2, san: sans?.[0], legacy });
}

/** The checks and the strict GitHub reading that turn raw Fulcio fields into an identity. */
export function interpretIdentity(raw: RawIdentity): CertificateIdentity {
  checkLegacyAgreement(raw);
  return { ...raw, github: readGithubIdentity(raw, effectiveIssuer(raw)) };
}

/** Deprecated and v2 values describe the same claim; they must not disagree (slsa-verifier). */
function checkLegacyAgreement(id: RawIdentity): void {
  const pairs: [string | undefined, string | undefined, string][] = [
    [id.legacy.issuer, id.issuer, 'issuer (1.1 vs 1.8)'],
    [id.legacy.sha, id.sourceRepositoryDigest, 'commit (1.3 vs 1.13)'],
    [id.legacy.ref, id.sourceRepositoryRef, 'ref (1.6 vs 1.14)'],
    [id.legacy.trigger, id.buildTrigger, 'trigger (1.2 vs 1.20)'],
  ];
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
export function effectiveIssuer(id: RawIdentity): string | undefined {
  return id.issuer ?? id.legacy.issuer;
}
export function effectiveRef(id: RawIdentity): string | undefined {
  return id.sourceRepositoryRef ?? id.legacy.ref;
}
export function effectiveCommit(id: RawIdentity): string | undefined {
  return id.sourceRepositoryDigest ?? id.legacy.sha;
}
export function effectiveTrigger(id: RawIdentity): string | undefined {
  return id.buildTrigger ?? id.legacy.trigger;
}
/** True when the certificate was issued to a CI workflow (it names a signer workflow). */
export function isWorkflowIdentity(id: RawIdentity): boolean {
  return id.buildSignerUri !== undefined || id.legacy.repository !== undefined;
}
