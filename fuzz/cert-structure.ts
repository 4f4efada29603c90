// The certificate-structure target: leaves minted by a throwaway CA with random extension sets
// (Fulcio OIDs, OIDs that extend or prefix them, UTF8/IA5/Printable/BMP strings, BER-only
// encodings, duplicates, criticality, every SAN kind), read by our strict reader and by an
// independent, well-kept parser (@peculiar/asn1-x509 over asn1js). Two properties:
//   1. whatever we accept, the independent reading under the exact-OID rule gives the same
//      value for every Fulcio field and the same SAN;
//   2. every accept has exactly one value per field (no OID twice).
import { generateKeyPairSync, sign } from 'node:crypto';
import { AsnParser } from '@peculiar/asn1-schema';
import { Certificate, SubjectAlternativeName } from '@peculiar/asn1-x509';
import * as asn1js from 'asn1js';
import { VerifyError } from '../src/core/errors.js';
import {
  readCertificateIdentity,
  type CertificateIdentity,
} from '../src/core/identity/certificate-identity.js';
import { parseLeafCertificate } from '../src/core/x509/leaf.js';
import {
  bmp,
  encode,
  ia5,
  oidContents,
  printable,
  tlv,
  utf8,
  type Node,
} from '../test/support/der.js';
import type { Rng } from './mutate.js';

export class PropertyViolation extends Error {}

const F = '1.3.6.1.4.1.57264.1';

/** The Fulcio field table, from the spec (docs/oid-info.md), kept apart from our reader's. */
const V2: Readonly<Record<string, string>> = {
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
};
const LEGACY: Readonly<Record<string, string>> = {
  1: 'issuer',
  2: 'trigger',
  3: 'sha',
  4: 'workflowName',
  5: 'repository',
  6: 'ref',
};

const int = (r: Rng, n: number): number => Math.floor(r() * n);
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[int(r, xs.length)] as T;

const CA = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const LEAF = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const SPKI = LEAF.publicKey.export({ format: 'der', type: 'spki' });
const ECDSA_SHA384 = tlv(0x30, tlv(0x06, oidContents('1.2.840.10045.4.3.3')));
const NAME = tlv(
  0x30,
  tlv(0x31, tlv(0x30, Buffer.concat([tlv(0x06, oidContents('2.5.4.3')), utf8('fuzz CA')]))),
);
const VALIDITY = tlv(
  0x30,
  Buffer.concat([tlv(0x17, Buffer.from('261201000000Z')), tlv(0x17, Buffer.from('261201001000Z'))]),
);

const WORKFLOW = 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.2.3';
const STRINGS = [
  'https://token.actions.githubusercontent.com',
  'https://github.com/acme/app',
  'https://github.com/evil/app',
  'https://github.com/acme',
  'https://github.com/acme/app/',
  'https://github.com/acme/../app',
  WORKFLOW,
  'https://github.com/acme/app/.github/workflows/../x.yml@refs/tags/v1',
  'refs/tags/v1.2.3',
  'refs/heads/main',
  '7d3c1f0a9e8b6d5c4b3a2f1e0d9c8b7a6f5e4d3c',
  '111',
  '222',
  'push',
  'github-hosted',
  'self-hosted',
  'public',
  'acme/app',
  'https://github.com/acme/app/actions/runs/1/attempts/1',
  '',
  'é\u0000\u202e',
];

function randomString(r: Rng): string {
  if (r() < 0.85) return pick(r, STRINGS);
  return Array.from({ length: int(r, 12) }, () => String.fromCharCode(int(r, 0x300))).join('');
}

function randomOid(r: Rng): string {
  const arc = pick(r, [...Object.keys(LEGACY), ...Object.keys(V2), '7', '23']);
  const x = r();
  if (x < 0.75) return `${F}.${arc}`;
  if (x < 0.85) return `${F}.${arc}.${int(r, 3)}`; // extends a Fulcio OID
  if (x < 0.9) return pick(r, [F, '1.3.6.1.4.1.57264', `${F}.${arc}.1.${arc}`]); // prefixes
  return `1.3.6.1.4.1.${10000 + int(r, 5)}.1.${arc}`;
}

function stringValue(r: Rng, oid: string, s: string): Buffer {
  const arc = oid.startsWith(`${F}.`) ? oid.slice(F.length + 1) : '';
  const x = r();
  if (LEGACY[arc] !== undefined && x < 0.7) return Buffer.from(s, 'utf8');
  if (x < 0.7) return utf8(s);
  if (x < 0.78) return ia5(s.replace(/[^\x20-\x7e]/g, '?'));
  if (x < 0.84) return printable(s);
  if (x < 0.9) return bmp(s);
  if (x < 0.95) return tlv(0x0c, Buffer.from(s), Buffer.from([0x81, Buffer.byteLength(s)])); // long form
  return Buffer.from(Array.from({ length: int(r, 8) }, () => int(r, 256)));
}

function extensionNode(r: Rng, oid: string, value: Buffer, critical: boolean, noise = 1): Node {
  const x = r() / noise;
  const id: Node =
    x < 0.04
      ? { tag: 0x06, value: oidContents(oid, 1 + int(r, oid.split('.').length - 1)) }
      : x < 0.06
        ? { tag: 0x06, value: Buffer.concat([oidContents(oid), Buffer.from([0x81])]) }
        : x < 0.07
          ? { tag: 0x04, value: oidContents(oid) }
          : { tag: 0x06, value: oidContents(oid) };
  const children: Node[] = [id];
  const y = r() / noise;
  if (critical) children.push({ tag: 0x01, value: Buffer.from([y < 0.05 ? 0x01 : 0xff]) });
  else if (y < 0.03) children.push({ tag: 0x01, value: Buffer.from([0x00]) });
  const z = r() / noise;
  children.push(
    z < 0.03
      ? { tag: 0x24, children: [{ tag: 0x04, value }] } // constructed OCTET STRING (BER only)
      : z < 0.05
        ? { tag: 0x04, value, lengthBytes: Buffer.from([0x81, value.length & 0xff]) }
        : { tag: 0x04, value },
  );
  return { tag: 0x30, children };
}

function sanValue(r: Rng, wellFormed: boolean): Buffer {
  const uri = (s: string): Buffer => tlv(0x86, Buffer.from(s, 'latin1'));
  if (wellFormed && r() < 0.9) return tlv(0x30, uri(WORKFLOW));
  const x = r();
  if (x < 0.6) return tlv(0x30, uri(pick(r, [WORKFLOW, randomString(r)])));
  if (x < 0.68) return tlv(0x30, tlv(0x81, Buffer.from('someone@example.com')));
  if (x < 0.74) {
    const other = r() < 0.7 ? `${F}.7` : '1.2.3.4';
    return tlv(
      0x30,
      tlv(0xa0, Buffer.concat([tlv(0x06, oidContents(other)), tlv(0xa0, utf8('user'))])),
    );
  }
  if (x < 0.8) return tlv(0x30, tlv(0x82, Buffer.from('github.com')));
  if (x < 0.86) return tlv(0x30, Buffer.concat([uri(WORKFLOW), uri(WORKFLOW)]));
  if (x < 0.9) return tlv(0x30, tlv(0xa6, ia5(WORKFLOW)));
  return tlv(0x30, Buffer.alloc(0));
}

/** A well-formed GitHub Actions identity, that random extras then perturb. */
const VALID: readonly (readonly [number, string])[] = [
  [1, 'https://token.actions.githubusercontent.com'],
  [5, 'acme/app'],
  [8, 'https://token.actions.githubusercontent.com'],
  [9, WORKFLOW],
  [11, 'github-hosted'],
  [12, 'https://github.com/acme/app'],
  [13, '7d3c1f0a9e8b6d5c4b3a2f1e0d9c8b7a6f5e4d3c'],
  [14, 'refs/tags/v1.2.3'],
  [15, '111'],
  [16, 'https://github.com/acme'],
  [17, '222'],
  [18, WORKFLOW],
  [20, 'push'],
];

/** A random leaf, signed by the throwaway CA. */
export function randomCertificate(r: Rng): Buffer {
  const exts: Node[] = [];
  const wellFormed = r() < 0.5;
  if (r() < 0.9)
    exts.push(
      extensionNode(
        r,
        '2.5.29.15',
        tlv(0x03, Buffer.from([0x07, pick(r, [0x80, 0x00, 0x04])])),
        r() < 0.8,
      ),
    );
  if (r() < 0.9)
    exts.push(
      extensionNode(
        r,
        '2.5.29.37',
        r() < 0.9
          ? tlv(0x30, tlv(0x06, oidContents('1.3.6.1.5.5.7.3.3')))
          : tlv(0x30, tlv(0x04, Buffer.from([1]))),
        r() < 0.05,
      ),
    );
  if (r() < 0.92) exts.push(extensionNode(r, '2.5.29.17', sanValue(r, wellFormed), r() < 0.8));
  if (r() < 0.5)
    for (const [arc, value] of VALID)
      exts.push(
        extensionNode(r, `${F}.${arc}`, arc < 7 ? Buffer.from(value) : utf8(value), false, 0.05),
      );
  for (let i = int(r, exts.length > 10 ? 3 : 20); i > 0; i--) {
    const oid = randomOid(r);
    exts.push(extensionNode(r, oid, stringValue(r, oid, randomString(r)), r() < 0.08));
  }
  if (exts.length > 0 && r() < 0.1) exts.push(pick(r, exts)); // a duplicate
  const tbs = tlv(
    0x30,
    Buffer.concat([
      tlv(0xa0, tlv(0x02, Buffer.from([2]))),
      tlv(0x02, Buffer.from([1 + int(r, 100)])),
      ECDSA_SHA384,
      NAME,
      VALIDITY,
      tlv(0x30, Buffer.alloc(0)),
      SPKI,
      ...(exts.length === 0 ? [] : [tlv(0xa3, tlv(0x30, Buffer.concat(exts.map(encode))))]),
    ]),
  );
  const signature = sign('sha384', tbs, CA.privateKey);
  return tlv(
    0x30,
    Buffer.concat([tbs, ECDSA_SHA384, tlv(0x03, Buffer.concat([Buffer.from([0]), signature]))]),
  );
}

type Independent = {
  readonly fields: ReadonlyMap<string, (string | undefined)[]>;
  readonly oids: readonly string[];
  readonly sans: readonly string[] | undefined;
};

/** The same certificate read by @peculiar/asn1-x509 and asn1js, by exact OID. */
function readIndependently(der: Buffer): Independent | undefined {
  let cert: Certificate;
  try {
    cert = AsnParser.parse(der, Certificate);
  } catch {
    return undefined;
  }
  const fields = new Map<string, (string | undefined)[]>();
  const oids: string[] = [];
  let sans: string[] | undefined;
  for (const ext of cert.tbsCertificate.extensions ?? []) {
    oids.push(ext.extnID);
    const value = Buffer.from(ext.extnValue.buffer);
    const arc = ext.extnID.startsWith(`${F}.`) ? ext.extnID.slice(F.length + 1) : undefined;
    if (arc !== undefined && V2[arc] !== undefined) push(fields, V2[arc], utf8StringOf(value));
    else if (arc !== undefined && LEGACY[arc] !== undefined)
      push(fields, `legacy.${LEGACY[arc]}`, utf8Of(value));
    else if (ext.extnID === '2.5.29.17') {
      try {
        sans = AsnParser.parse(value, SubjectAlternativeName).map(
          (n) => n.uniformResourceIdentifier ?? n.rfc822Name ?? n.otherName?.typeId ?? '?',
        );
      } catch {
        sans = ['?'];
      }
    }
  }
  return { fields, oids, sans };
}

function push(
  map: Map<string, (string | undefined)[]>,
  key: string,
  value: string | undefined,
): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}

function utf8StringOf(value: Buffer): string | undefined {
  const parsed = asn1js.fromBER(new Uint8Array(value));
  if (parsed.offset !== value.length || !(parsed.result instanceof asn1js.Utf8String))
    return undefined;
  return utf8Of(Buffer.from(parsed.result.valueBlock.valueHexView));
}

function utf8Of(value: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(value);
  } catch {
    return undefined;
  }
}

/** Read one certificate both ways and check the two properties; throws PropertyViolation. */
export function checkCertificate(der: Buffer): 'rejected' | 'parsed' {
  let ours: CertificateIdentity;
  try {
    ours = readCertificateIdentity(parseLeafCertificate(der));
  } catch (err) {
    if (err instanceof VerifyError) return 'rejected';
    throw err;
  }
  const them = readIndependently(der);
  if (them === undefined)
    throw new PropertyViolation('we accepted a certificate asn1-x509 cannot parse');
  if (new Set(them.oids).size !== them.oids.length)
    throw new PropertyViolation('we accepted a certificate with an extension OID twice');
  for (const [field, values] of them.fields) {
    if (values.length !== 1)
      throw new PropertyViolation(`${field}: ${values.length} values in an accepted certificate`);
    const mine = field.startsWith('legacy.')
      ? ours.legacy[field.slice(7) as keyof CertificateIdentity['legacy']]
      : (ours[field as keyof CertificateIdentity] as string | undefined);
    if (mine !== values[0])
      throw new PropertyViolation(
        `${field}: we read ${JSON.stringify(mine)}, asn1-x509 ${JSON.stringify(values[0])}`,
      );
  }
  for (const key of [...Object.values(V2), ...Object.values(LEGACY).map((l) => `legacy.${l}`)]) {
    const mine = key.startsWith('legacy.')
      ? ours.legacy[key.slice(7) as keyof CertificateIdentity['legacy']]
      : (ours[key as keyof CertificateIdentity] as string | undefined);
    if (mine !== undefined && !them.fields.has(key))
      throw new PropertyViolation(
        `${key}: we read ${JSON.stringify(mine)} from no extension of that exact OID`,
      );
  }
  const san = ours.san?.kind === 'otherName' ? `${F}.7` : ours.san?.value;
  if (san !== (them.sans?.length === 1 ? them.sans[0] : undefined))
    throw new PropertyViolation(
      `SAN: we read ${JSON.stringify(san)}, asn1-x509 ${JSON.stringify(them.sans)}`,
    );
  return 'parsed';
}
