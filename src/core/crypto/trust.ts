import { ASN1Obj, X509Certificate } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toTrustMaterial, type TrustMaterial } from '@sigstore/verify';
import { VerifyError } from '../errors.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../json/strict-json.js';
import { freezeCertificate } from './fast-path.js';

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
  /** An embedded snapshot: when it was taken (it knows no key added since). */
  readonly snapshotTaken?: Date;
  /** GitHub's own Sigstore instance (embedded or refreshed from its TUF repository). */
  readonly githubInstance?: boolean;
};

const ROOT_MEDIA_TYPE_PREFIX = 'application/vnd.dev.sigstore.trustedroot';

/** Validate and load a trusted_root.json document. Missing validity starts are rejected. */
export function loadTrustedRoot(json: JsonValue, label: string): LoadedRoot {
  if (!isJsonObject(json)) throw rootError(label, 'not a JSON object');
  const mediaType = json.mediaType;
  if (isTufRoot(json))
    throw new VerifyError(
      'TRUST_ROOT',
      `${label} is a TUF root.json (the key of a TUF repository), not a Sigstore trusted root`,
      {
        hint: "pass it as --tuf-root FILE with --tuf-mirror URL (or --github-tuf-root for GitHub's instance); --trusted-root takes trusted_root.json, or the output of verify-provenance trusted-root",
      },
    );
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
    for (const authority of [...material.certificateAuthorities, ...material.timestampAuthorities])
      authority.certChain.forEach(freezeCertificate);
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
 * more precise). Key-signed bundles have no leaf: the first root with a transparency log the
 * bundle names (its entries' log ids, exact bytes), else the first root.
 */
export function selectRoot(
  roots: readonly LoadedRoot[],
  leaf: X509Certificate | undefined,
  logIds: readonly Uint8Array[] = [],
): LoadedRoot {
  const first = roots[0];
  if (first === undefined) throw new VerifyError('TRUST_ROOT', 'no trusted root was given');
  if (leaf === undefined) {
    const names = (r: LoadedRoot): boolean =>
      r.root.tlogs.some((t) => {
        const id = t.logId?.keyId;
        return id !== undefined && logIds.some((l) => Buffer.compare(l, id) === 0);
      });
    return roots.find(names) ?? first;
  }
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

/** `{"signed": {"_type": "root", ...}, "signatures": [...]}`: TUF root metadata. */
function isTufRoot(json: JsonObject): boolean {
  const signed = json.signed;
  return isJsonObject(signed) && signed._type === 'root' && Array.isArray(json.signatures);
}

function rootError(label: string, why: string): VerifyError {
  return new VerifyError('TRUST_ROOT', `trusted root ${label} ${why}`);
}

/**
 * A readable distinguished name (`O=…, CN=…`), for messages only. Takes a DER Name, or its
 * contents as @sigstore/core's `issuer`/`subject` give them; reads every attribute and the
 * string types X.520 allows (UTF8, Printable, IA5, Teletex, Visible, BMP, Universal).
 */
export function describeName(der: Buffer): string {
  try {
    const name = ASN1Obj.parseBuffer(
      Buffer.from(der[0] === 0x30 && fullTlv(der) ? der : sequenceOf(der)),
    );
    const parts: string[] = [];
    for (const rdn of name.subs) {
      for (const attr of rdn.subs) {
        const oid = attr.subs[0]?.toOID() ?? '';
        const value = attr.subs[1];
        if (value === undefined) continue;
        parts.push(`${NAME_LABELS[oid] ?? oid}=${decodeString(value.tag.number, value.value)}`);
      }
    }
    return parts.length > 0 ? parts.join(', ') : '(empty name)';
  } catch {
    return `(unreadable name ${der.toString('hex').slice(0, 64)})`;
  }
}

function fullTlv(der: Buffer): boolean {
  const first = der[1] ?? 0;
  const lengthBytes = first < 0x80 ? 0 : first & 0x7f;
  let length = first < 0x80 ? first : 0;
  for (let i = 0; i < lengthBytes; i++) length = length * 256 + (der[2 + i] ?? 0);
  return 2 + lengthBytes + length === der.length;
}

function sequenceOf(contents: Buffer): Buffer {
  const n = contents.length;
  const len = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, Math.floor(n / 256), n % 256];
  return Buffer.concat([Buffer.from([0x30, ...len]), contents]);
}

function decodeString(tag: number, bytes: Buffer): string {
  switch (tag) {
    case 0x0c: // UTF8String
      return bytes.toString('utf8');
    case 0x1e: // BMPString: UTF-16BE
      return Buffer.from(bytes).swap16().toString('utf16le');
    case 0x1c: // UniversalString: UTF-32BE
      return Array.from({ length: Math.floor(bytes.length / 4) }, (_, i) =>
        String.fromCodePoint(bytes.readUInt32BE(i * 4)),
      ).join('');
    default: // PrintableString, IA5String, TeletexString, VisibleString, NumericString
      return bytes.toString('latin1');
  }
}

const NAME_LABELS: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '1.2.840.113549.1.9.1': 'emailAddress',
  '0.9.2342.19200300.100.1.25': 'DC',
};
