// A small DER toolkit for tests: build and take apart TLVs byte by byte, so a certificate can be
// given exactly the (malformed, BER-only, aliased) encoding a case needs, then re-signed.
import { sign, type KeyObject } from 'node:crypto';

export type Node = {
  readonly tag: number;
  /** Constructed: the children. Primitive: undefined. */
  readonly children?: Node[];
  /** Primitive: the contents. */
  readonly value?: Buffer;
  /** Length octets to write instead of the minimal ones (a BER-only encoding). */
  readonly lengthBytes?: Buffer;
};

export function length(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

export function tlv(tag: number, content: Buffer, lengthBytes?: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), lengthBytes ?? length(content.length), content]);
}

export function encode(node: Node): Buffer {
  const content =
    node.children === undefined
      ? (node.value ?? Buffer.alloc(0))
      : Buffer.concat(node.children.map(encode));
  return tlv(node.tag, content, node.lengthBytes);
}

/** Decode DER (definite lengths); constructed tags (bit 0x20) are taken apart, primitives kept. */
export function decode(buf: Buffer): Node {
  const [node, end] = decodeAt(buf, 0);
  if (end !== buf.length) throw new Error('trailing bytes');
  return node;
}

function decodeAt(buf: Buffer, at: number): [Node, number] {
  const tag = buf[at] ?? -1;
  let len = buf[at + 1] ?? 0;
  let start = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + (buf[start + i] ?? 0);
    start += n;
  }
  const end = start + len;
  if (tag & 0x20) {
    const children: Node[] = [];
    let p = start;
    while (p < end) {
      const [child, next] = decodeAt(buf, p);
      children.push(child);
      p = next;
    }
    return [{ tag, children }, end];
  }
  return [{ tag, value: buf.subarray(start, end) }, end];
}

/** OID contents; `pad` prefixes one arc (by index) with a redundant 0x80 (BER-only). */
export function oidContents(oid: string, pad?: number): Buffer {
  const arcs = oid.split('.').map((a) => BigInt(a));
  const [a = 0n, b = 0n, ...rest] = arcs;
  const out: number[] = [];
  [a * 40n + b, ...rest].forEach((arc, i) => {
    const bytes: number[] = [Number(arc & 0x7fn)];
    for (let v = arc >> 7n; v > 0n; v >>= 7n) bytes.unshift(Number(v & 0x7fn) | 0x80);
    if (pad === i + 1) bytes.unshift(0x80);
    out.push(...bytes);
  });
  return Buffer.from(out);
}

export const oid = (o: string): Node => ({ tag: 0x06, value: oidContents(o) });
export const utf8 = (s: string): Buffer => tlv(0x0c, Buffer.from(s, 'utf8'));
export const ia5 = (s: string): Buffer => tlv(0x16, Buffer.from(s, 'latin1'));
export const printable = (s: string): Buffer => tlv(0x13, Buffer.from(s, 'latin1'));
export const bmp = (s: string): Buffer => tlv(0x1e, Buffer.from(s, 'utf16le').swap16());

/** Extension ::= SEQUENCE { OID, [critical], OCTET STRING }; any part may be given raw. */
export function extension(
  id: string | Node,
  value: Buffer,
  critical?: boolean | Node,
  valueTag = 0x04,
): Node {
  const children: Node[] = [typeof id === 'string' ? oid(id) : id];
  if (critical === true) children.push({ tag: 0x01, value: Buffer.from([0xff]) });
  else if (critical !== undefined && critical !== false) children.push(critical);
  children.push({ tag: valueTag, value });
  return { tag: 0x30, children };
}

/** The dotted OID of an extension node (for tests that pick extensions by OID). */
export function extensionOid(ext: Node): string {
  const id = ext.children?.[0]?.value ?? Buffer.alloc(0);
  const arcs: bigint[] = [];
  let v = 0n;
  for (const byte of id) {
    v = (v << 7n) | BigInt(byte & 0x7f);
    if ((byte & 0x80) === 0) {
      arcs.push(v);
      v = 0n;
    }
  }
  const [first = 0n, ...rest] = arcs;
  const head = first < 40n ? [0n, first] : first < 80n ? [1n, first - 40n] : [2n, first - 80n];
  return [...head, ...rest].join('.');
}

export const SCT_LIST_OID = '1.3.6.1.4.1.11129.2.4.2';

/**
 * Rewrite a certificate's extension list and sign it again with the CA key (ECDSA, SHA-384 as the
 * mock CA signs). The SCT extension is dropped: its SCT covered the old TBS, so a rewritten
 * certificate is verified against a root without CT logs (as GitHub's own instance is).
 */
export function rewriteExtensions(
  der: Buffer,
  caKey: KeyObject,
  transform: (extensions: Node[]) => Node[],
): Buffer {
  const cert = decode(der);
  const [tbs, algorithm] = cert.children ?? [];
  if (tbs?.children === undefined || algorithm === undefined) throw new Error('not a certificate');
  const wrapper = tbs.children.find((c) => c.tag === 0xa3);
  const list = wrapper?.children?.[0];
  if (wrapper === undefined || list?.children === undefined) throw new Error('no extensions');
  const kept = list.children.filter((e) => extensionOid(e) !== SCT_LIST_OID);
  const newTbs: Node = {
    tag: tbs.tag,
    children: tbs.children.map((c) =>
      c === wrapper ? { tag: 0xa3, children: [{ tag: 0x30, children: transform(kept) }] } : c,
    ),
  };
  const tbsDer = encode(newTbs);
  const signature = sign('sha384', tbsDer, caKey);
  return tlv(
    0x30,
    Buffer.concat([
      tbsDer,
      encode(algorithm),
      tlv(0x03, Buffer.concat([Buffer.from([0]), signature])),
    ]),
  );
}

/**
 * Give a certificate another subject public key (DER SubjectPublicKeyInfo) and sign it again
 * with the CA key: how a test issues certificates for key types the mock CA cannot (P-384,
 * Ed25519). The SCT extension is dropped, as in `rewriteExtensions`.
 */
export function rewriteSubjectKey(der: Buffer, caKey: KeyObject, spki: Buffer): Buffer {
  const once = rewriteExtensions(der, caKey, (extensions) => extensions);
  const cert = decode(once);
  const [tbs, algorithm] = cert.children ?? [];
  if (tbs?.children === undefined || algorithm === undefined) throw new Error('not a certificate');
  // TBSCertificate: [0] version, serial, signature, issuer, validity, subject, SPKI, ...
  const at = tbs.children[0]?.tag === 0xa0 ? 6 : 5;
  const children = [...tbs.children];
  children[at] = decode(spki);
  const tbsDer = encode({ tag: tbs.tag, children });
  const signature = sign('sha384', tbsDer, caKey);
  return tlv(
    0x30,
    Buffer.concat([
      tbsDer,
      encode(algorithm),
      tlv(0x03, Buffer.concat([Buffer.from([0]), signature])),
    ]),
  );
}
