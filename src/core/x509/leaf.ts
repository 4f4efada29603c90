import { ASN1Obj, X509Certificate } from '@sigstore/core';
import { VerifyError } from '../errors.js';
import {
  TAG,
  decodeVisibleAscii,
  expectTag,
  malformed,
  readBitString,
  readOid,
  readTrue,
  tagOf,
} from './der.js';

export const OID = {
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19',
  extKeyUsage: '2.5.29.37',
  subjectKeyId: '2.5.29.14',
  authorityKeyId: '2.5.29.35',
  sctList: '1.3.6.1.4.1.11129.2.4.2',
  codeSigning: '1.3.6.1.5.5.7.3.3',
  fulcioOtherName: '1.3.6.1.4.1.57264.1.7',
} as const;

/**
 * Critical extensions this verifier processes (RFC 5280 §4.2: any other critical extension
 * makes the certificate unusable, as Go's x509 rules for sigstore-go). Key usage and EKU are
 * checked for code signing, the SAN is the identity, basic constraints are read.
 */
const HANDLED_CRITICAL: ReadonlySet<string> = new Set([
  OID.keyUsage,
  OID.subjectAltName,
  OID.basicConstraints,
  OID.extKeyUsage,
]);

export type LeafExtension = {
  /** The exact dotted OID, decoded strictly. */
  readonly oid: string;
  readonly critical: boolean;
  /** The contents of extnValue (the OCTET STRING's bytes). */
  readonly value: Buffer;
};

export type SanKind = 'uri' | 'email' | 'otherName';

export type LeafCertificate = {
  readonly cert: X509Certificate;
  readonly der: Buffer;
  /** Every extension, in certificate order. */
  readonly extensions: readonly LeafExtension[];
  /** OIDs that appear more than once (RFC 5280 forbids it). */
  readonly duplicates: readonly string[];
  /** Critical extensions this verifier does not process. */
  readonly unhandledCritical: readonly string[];
  readonly extKeyUsages: readonly string[] | undefined;
  readonly keyUsage: { readonly digitalSignature: boolean } | undefined;
  /** Every general name of the SAN, decoded (Fulcio issues exactly one). */
  readonly sans: readonly { readonly kind: SanKind; readonly value: string }[] | undefined;
};

/**
 * Parse a signing certificate exactly, before anything reads it: the TBS layout of RFC 5280,
 * every extension (OID, DER BOOLEAN critical, OCTET STRING value), and the value grammar of every
 * extension that is later read (key usage, EKU, SAN, basic constraints, key ids, SCT list).
 * Anything else is MALFORMED here, so no later reader (root selection, EKU, identity, SCTs)
 * meets bytes it cannot decode.
 */
export function parseLeafCertificate(der: Buffer, what = 'signing certificate'): LeafCertificate {
  try {
    return parseLeaf(der);
  } catch (err) {
    if (err instanceof VerifyError) throw err;
    throw new VerifyError(
      'MALFORMED',
      `${what} is not valid DER: ${err instanceof Error ? err.message : String(err)}`,
      { cause: err },
    );
  }
}

function parseLeaf(der: Buffer): LeafCertificate {
  const root = parseDer(der);
  if (tagOf(root) !== TAG.SEQUENCE || root.subs.length !== 3)
    throw malformed('', 'is not a SEQUENCE of tbsCertificate, algorithm and signature');
  const [tbs, algorithm, signature] = root.subs as [ASN1Obj, ASN1Obj, ASN1Obj];
  expectTag(tbs, TAG.SEQUENCE, 'tbsCertificate');
  readAlgorithm(algorithm, 'signatureAlgorithm');
  // RFC 5280 §4.1.1.2: the outer algorithm is the one inside the signed part.
  if (!algorithm.toDER().equals((tbs.subs[2] ?? algorithm).toDER()))
    throw malformed('signatureAlgorithm', 'differs from the signed tbsCertificate.signature');
  readBitString(signature, 'signatureValue');
  const extensionList = readTbs(tbs);
  const cert = new X509Certificate(root);
  // Touch every field a verifier reads, so a bad time or name fails here, not later.
  void [cert.notBefore, cert.notAfter, cert.issuer, cert.subject, cert.publicKey];
  if (cert.signatureAlgorithm === undefined)
    throw malformed('signatureAlgorithm', 'is not an ECDSA or RSA algorithm');

  const extensions = extensionList.map(readExtension);
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const e of extensions) {
    if (seen.has(e.oid)) duplicates.add(e.oid);
    seen.add(e.oid);
  }
  const first = (oid: string): LeafExtension | undefined => extensions.find((e) => e.oid === oid);
  const leaf: LeafCertificate = {
    cert,
    der,
    extensions,
    duplicates: [...duplicates],
    unhandledCritical: extensions
      .filter((e) => e.critical && !HANDLED_CRITICAL.has(e.oid))
      .map((e) => e.oid),
    extKeyUsages: mapValue(first(OID.extKeyUsage), readExtKeyUsage),
    keyUsage: mapValue(first(OID.keyUsage), readKeyUsage),
    sans: mapValue(first(OID.subjectAltName), readSans),
  };
  mapValue(first(OID.basicConstraints), readBasicConstraints);
  mapValue(first(OID.subjectKeyId), (v) => expectTag(v, TAG.OCTET_STRING, 'subject key id'));
  mapValue(first(OID.authorityKeyId), readAuthorityKeyId);
  const sct = first(OID.sctList);
  if (sct !== undefined) readSctList(sct.value);
  return leaf;
}

/** TBSCertificate (RFC 5280 §4.1): v3, fixed fields, optional unique ids, one extension list. */
function readTbs(tbs: ASN1Obj): readonly ASN1Obj[] {
  const [version, serial, signature, issuer, validity, subject, spki, ...rest] = tbs.subs;
  const v = expectTag(version, 0xa0, 'version');
  if (v.subs.length !== 1 || tagOf(v.subs[0] as ASN1Obj) !== TAG.INTEGER || v.value.length !== 3)
    throw malformed('version', 'is not an explicit INTEGER');
  if ((v.subs[0] as ASN1Obj).value.toString('hex') !== '02')
    throw malformed('version', 'is not v3');
  expectTag(serial, TAG.INTEGER, 'serial number');
  readAlgorithm(signature, 'tbs signature algorithm');
  readName(issuer, 'issuer');
  expectTag(validity, TAG.SEQUENCE, 'validity');
  if (validity?.subs.length !== 2) throw malformed('validity', 'is not two times');
  readName(subject, 'subject');
  const key = expectTag(spki, TAG.SEQUENCE, 'subjectPublicKeyInfo');
  if (key.subs.length !== 2) throw malformed('subjectPublicKeyInfo', 'is not algorithm and key');
  readAlgorithm(key.subs[0], 'public key algorithm');
  readBitString(key.subs[1], 'public key');
  let list: readonly ASN1Obj[] | undefined;
  let last = 0;
  for (const item of rest) {
    const tag = tagOf(item);
    const order = tag === 0x81 ? 1 : tag === 0x82 ? 2 : tag === 0xa3 ? 3 : 0;
    if (order === 0 || order <= last) throw malformed('tbsCertificate', 'has an unexpected field');
    last = order;
    if (order === 3) {
      if (item.subs.length !== 1) throw malformed('extensions', 'are not one SEQUENCE');
      const seq = expectTag(item.subs[0], TAG.SEQUENCE, 'extensions');
      if (seq.subs.length === 0) throw malformed('extensions', 'are an empty SEQUENCE');
      list = seq.subs;
    }
  }
  return list ?? [];
}

/** AlgorithmIdentifier ::= SEQUENCE { algorithm OID, parameters ANY OPTIONAL } */
function readAlgorithm(obj: ASN1Obj | undefined, what: string): void {
  const seq = expectTag(obj, TAG.SEQUENCE, what);
  if (seq.subs.length < 1 || seq.subs.length > 2)
    throw malformed(what, 'is not an algorithm identifier');
  readOid(seq.subs[0], what);
  const parameters = seq.subs[1];
  if (parameters === undefined) return;
  if (tagOf(parameters) === TAG.OID) readOid(parameters, `${what} parameters`);
  else if (tagOf(parameters) === 0x05 && parameters.value.length !== 0)
    throw malformed(what, 'has a NULL with contents');
}

/** Name ::= SEQUENCE OF SET OF SEQUENCE { type OID, value ANY } (RFC 5280 §4.1.2.4) */
function readName(obj: ASN1Obj | undefined, what: string): void {
  for (const rdn of expectTag(obj, TAG.SEQUENCE, what).subs) {
    if (tagOf(rdn) !== 0x31 || rdn.subs.length === 0)
      throw malformed(what, 'has a relative name that is not a non-empty SET');
    for (const attribute of rdn.subs) {
      if (tagOf(attribute) !== TAG.SEQUENCE || attribute.subs.length !== 2)
        throw malformed(what, 'has an attribute that is not a type and a value');
      readOid(attribute.subs[0], `${what} attribute type`);
    }
  }
}

/** Extension ::= SEQUENCE { extnID OID, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING } */
function readExtension(ext: ASN1Obj, index: number): LeafExtension {
  const what = `extension #${index + 1}`;
  expectTag(ext, TAG.SEQUENCE, what);
  if (ext.subs.length !== 2 && ext.subs.length !== 3)
    throw malformed(what, `has ${ext.subs.length} fields`);
  const oid = readOid(ext.subs[0], `${what} OID`);
  const critical =
    ext.subs.length === 3 && readTrue(ext.subs[1] as ASN1Obj, `${what} (${oid}) critical flag`);
  const value = expectTag(
    ext.subs[ext.subs.length - 1],
    TAG.OCTET_STRING,
    `${what} (${oid}) value`,
  );
  return { oid, critical, value: value.value };
}

/** @sigstore/core types its input as an ArrayBuffer-backed Buffer; every Buffer parses the same. */
function parseDer(bytes: Buffer): ASN1Obj {
  return ASN1Obj.parseBuffer(bytes as Buffer<ArrayBuffer>);
}

function mapValue<T>(ext: LeafExtension | undefined, read: (value: ASN1Obj) => T): T | undefined {
  if (ext === undefined) return undefined;
  let inner: ASN1Obj;
  try {
    inner = parseDer(ext.value);
  } catch (err) {
    throw malformed(`extension ${ext.oid}`, `value is not one DER object: ${String(err)}`);
  }
  return read(inner);
}

function readExtKeyUsage(value: ASN1Obj): readonly string[] {
  const seq = expectTag(value, TAG.SEQUENCE, 'extended key usage');
  if (seq.subs.length === 0) throw malformed('extended key usage', 'is empty');
  return seq.subs.map((s) => readOid(s, 'extended key usage purpose'));
}

function readKeyUsage(value: ASN1Obj): LeafCertificate['keyUsage'] {
  const bits = readBitString(value, 'key usage');
  return { digitalSignature: bits[0] === 1 };
}

function readBasicConstraints(value: ASN1Obj): void {
  const seq = expectTag(value, TAG.SEQUENCE, 'basic constraints');
  const [first, second, ...extra] = seq.subs;
  if (extra.length > 0) throw malformed('basic constraints', 'has extra fields');
  if (first !== undefined && tagOf(first) === TAG.BOOLEAN) {
    readTrue(first, 'basic constraints cA');
    if (second !== undefined) expectTag(second, TAG.INTEGER, 'basic constraints path length');
  } else if (first !== undefined) {
    throw malformed('basic constraints', 'has a path length without cA');
  }
}

function readAuthorityKeyId(value: ASN1Obj): void {
  const seq = expectTag(value, TAG.SEQUENCE, 'authority key id');
  let last = -1;
  for (const s of seq.subs) {
    const tag = tagOf(s);
    const n = tag === 0x80 ? 0 : tag === 0xa1 ? 1 : tag === 0x82 ? 2 : -1;
    if (n <= last) throw malformed('authority key id', 'has an unexpected field');
    last = n;
  }
}

/** GeneralNames a Fulcio leaf may carry: URI [6], rfc822Name [1], otherName [0] (1.7, UTF8). */
function readSans(value: ASN1Obj): NonNullable<LeafCertificate['sans']> {
  const seq = expectTag(value, TAG.SEQUENCE, 'SAN');
  if (seq.subs.length === 0) throw malformed('SAN', 'is empty');
  return seq.subs.map((name) => {
    switch (tagOf(name)) {
      case 0x86:
        return { kind: 'uri', value: decodeVisibleAscii(name.value, 'SAN URI') };
      case 0x81:
        return { kind: 'email', value: decodeVisibleAscii(name.value, 'SAN email') };
      case 0xa0:
        return { kind: 'otherName', value: readOtherName(name) };
      default:
        throw malformed(
          'SAN',
          `holds an unsupported name type (tag 0x${tagOf(name).toString(16)})`,
        );
    }
  });
}

function readOtherName(name: ASN1Obj): string {
  const [typeId, explicit, ...extra] = name.subs;
  if (extra.length > 0) throw malformed('SAN otherName', 'has extra fields');
  if (readOid(typeId, 'SAN otherName type') !== OID.fulcioOtherName)
    throw malformed('SAN otherName', 'is not the Fulcio username name (1.3.6.1.4.1.57264.1.7)');
  const wrapper = expectTag(explicit, 0xa0, 'SAN otherName value');
  if (wrapper.subs.length !== 1) throw malformed('SAN otherName value', 'is not one string');
  const str = expectTag(wrapper.subs[0], TAG.UTF8_STRING, 'SAN otherName value');
  return decodeVisibleAscii(str.value, 'SAN otherName value');
}

/** RFC 6962 §3.3: an OCTET STRING holding a TLS list of length-prefixed SCTs, all consumed. */
function readSctList(value: Buffer): void {
  let inner: ASN1Obj;
  try {
    inner = parseDer(value);
  } catch (err) {
    throw malformed('SCT list', `is not one DER object: ${String(err)}`);
  }
  const list = expectTag(inner, TAG.OCTET_STRING, 'SCT list').value;
  if (list.length < 2 || list.readUInt16BE(0) !== list.length - 2)
    throw malformed('SCT list', 'length does not match its contents');
  let at = 2;
  while (at < list.length) {
    if (at + 2 > list.length) throw malformed('SCT list', 'is truncated');
    const length = list.readUInt16BE(at);
    if (length === 0 || at + 2 + length > list.length)
      throw malformed('SCT list', 'has an SCT of a wrong length');
    at += 2 + length;
  }
}
