import { ASN1Obj, X509Certificate } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toTrustMaterial, type TrustMaterial } from '@sigstore/verify';
import { VerifyError } from '../errors.js';
import { isJsonObject, type JsonValue } from '../json/strict-json.js';

/** One trusted root, ready to verify against. */
export type LoadedRoot = {
  /** Where it came from, for the report (file name and line, or "embedded public-good"). */
  readonly label: string;
  readonly root: TrustedRoot;
  readonly material: TrustMaterial;
  /** DER subjects of every CA certificate, to pick the root that issued a leaf. */
  readonly caSubjects: readonly Buffer[];
  readonly hasTlogs: boolean;
  readonly hasCtlogs: boolean;
  /** Newest `validFor.start` in the root: a lower bound on how fresh it is. */
  readonly newestKeyStart: Date | undefined;
};

const ROOT_MEDIA_TYPE_PREFIX = 'application/vnd.dev.sigstore.trustedroot';

/** Validate and load a trusted_root.json document. Missing validity starts are rejected. */
export function loadTrustedRoot(json: JsonValue, label: string): LoadedRoot {
  if (!isJsonObject(json)) throw rootError(label, 'not a JSON object');
  const mediaType = json.mediaType;
  if (typeof mediaType !== 'string' || !mediaType.startsWith(ROOT_MEDIA_TYPE_PREFIX)) {
    throw rootError(label, `unsupported media type ${JSON.stringify(mediaType)}`);
  }
  let root: TrustedRoot;
  try {
    root = TrustedRoot.fromJSON(json);
  } catch (cause) {
    throw rootError(label, `cannot be parsed: ${String(cause)}`);
  }
  const starts: (Date | undefined)[] = [
    ...root.tlogs.map((t) => t.publicKey?.validFor?.start),
    ...root.ctlogs.map((t) => t.publicKey?.validFor?.start),
    ...root.certificateAuthorities.map((c) => c.validFor?.start),
    ...root.timestampAuthorities.map((c) => c.validFor?.start),
  ];
  if (starts.some((s) => s === undefined)) {
    throw rootError(label, 'an authority has no validFor.start');
  }
  if (root.certificateAuthorities.length === 0 && root.tlogs.length === 0) {
    throw rootError(label, 'has neither certificate authorities nor transparency logs');
  }
  let material: TrustMaterial;
  let caSubjects: Buffer[];
  try {
    material = toTrustMaterial(root);
    caSubjects = root.certificateAuthorities.flatMap((ca) =>
      (ca.certChain?.certificates ?? []).map(
        (c) => X509Certificate.parse(Buffer.from(c.rawBytes)).subject,
      ),
    );
  } catch (cause) {
    throw rootError(label, `has an unreadable key or certificate: ${String(cause)}`);
  }
  const times = starts.filter((s): s is Date => s !== undefined).map((s) => s.getTime());
  return {
    label,
    root,
    material,
    caSubjects,
    hasTlogs: root.tlogs.length > 0,
    hasCtlogs: root.ctlogs.length > 0,
    newestKeyStart: times.length > 0 ? new Date(Math.max(...times)) : undefined,
  };
}

/**
 * Pick the root whose CA issued the leaf (gh picks by issuer organisation; the DER name is
 * more precise). Key-signed bundles have no leaf and use the first root.
 */
export function selectRoot(
  roots: readonly LoadedRoot[],
  leaf: X509Certificate | undefined,
): LoadedRoot {
  const first = roots[0];
  if (first === undefined) throw new VerifyError('TRUST_ROOT', 'no trusted root was given');
  if (leaf === undefined) return first;
  const issuer = leaf.issuer;
  const match = roots.find((r) => r.caSubjects.some((s) => s.equals(issuer)));
  if (match !== undefined) return match;
  throw new VerifyError(
    'CERT_CHAIN',
    `no trusted root has the CA that issued this certificate (issuer ${describeName(issuer)})`,
    {
      hint: "pass the matching --trusted-root (for GitHub private repositories: GitHub's root from `gh attestation trusted-root`)",
    },
  );
}

function rootError(label: string, why: string): VerifyError {
  return new VerifyError('TRUST_ROOT', `trusted root ${label} ${why}`);
}

/** Printable organisation / common name from a DER Name, for messages only. */
export function describeName(der: Buffer): string {
  try {
    const parts: string[] = [];
    for (const rdn of ASN1Obj.parseBuffer(Buffer.from(der)).subs) {
      for (const attr of rdn.subs) {
        const label = NAME_LABELS[attr.subs[0]?.toOID() ?? ''];
        const value = attr.subs[1]?.value.toString('utf8');
        if (label !== undefined && value !== undefined) parts.push(`${label}=${value}`);
      }
    }
    return parts.length > 0 ? parts.join(', ') : '(unnamed)';
  } catch {
    return '(unreadable name)';
  }
}

const NAME_LABELS: Record<string, string> = { '2.5.4.10': 'O', '2.5.4.3': 'CN' };
