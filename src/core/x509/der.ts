import type { ASN1Obj } from '@sigstore/core';
import { VerifyError } from '../errors.js';

/** DER tag bytes (class, constructed bit and number in one byte) this reader accepts. */
export const TAG = {
  BOOLEAN: 0x01,
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  OID: 0x06,
  UTF8_STRING: 0x0c,
  SEQUENCE: 0x30,
} as const;

/** The whole tag byte: a constructed OCTET STRING (BER only) is not an OCTET STRING. */
export function tagOf(obj: ASN1Obj): number {
  return obj.tag.toDER();
}

export function malformed(what: string, why: string): VerifyError {
  return new VerifyError('MALFORMED', `certificate ${what} ${why}`);
}

/** The object, checked to carry exactly this tag byte. */
export function expectTag(obj: ASN1Obj | undefined, tag: number, what: string): ASN1Obj {
  if (obj === undefined) throw malformed(what, 'is missing');
  if (tagOf(obj) !== tag)
    throw malformed(what, `has tag 0x${tagOf(obj).toString(16)}, expected 0x${tag.toString(16)}`);
  return obj;
}

/** OIDs longer than this are refused: no certificate field needs one, and arcs stay cheap. */
const MAX_OID_BYTES = 64;

/**
 * Decode the contents of a DER OBJECT IDENTIFIER exactly (X.690 §8.19): at least one byte,
 * every arc minimal (no leading 0x80), the last byte ends an arc. A truncated or padded OID
 * is malformed, never "close enough" to a known one.
 */
export function decodeOid(bytes: Buffer, what: string): string {
  if (bytes.length === 0 || bytes.length > MAX_OID_BYTES)
    throw malformed(what, `has an object identifier of ${bytes.length} bytes`);
  const arcs: bigint[] = [];
  let value = 0n;
  let start = true;
  for (const byte of bytes) {
    if (start && byte === 0x80) throw malformed(what, 'has a non-minimal object identifier arc');
    value = (value << 7n) | BigInt(byte & 0x7f);
    start = (byte & 0x80) === 0;
    if (start) {
      arcs.push(value);
      value = 0n;
    }
  }
  if (!start) throw malformed(what, 'has a truncated object identifier');
  const [first = 0n, ...rest] = arcs;
  const head = first < 40n ? [0n, first] : first < 80n ? [1n, first - 40n] : [2n, first - 80n];
  return [...head, ...rest].join('.');
}

/** An OID object: tag 0x06, primitive, contents decoded exactly. */
export function readOid(obj: ASN1Obj | undefined, what: string): string {
  return decodeOid(expectTag(obj, TAG.OID, what).value, what);
}

/** A DER BOOLEAN that is present must be TRUE (0xff): FALSE is the default and is left out. */
export function readTrue(obj: ASN1Obj, what: string): true {
  expectTag(obj, TAG.BOOLEAN, what);
  if (obj.value.length !== 1 || obj.value[0] !== 0xff)
    throw malformed(what, 'is not DER TRUE (a default FALSE must be omitted)');
  return true;
}

/** A DER BIT STRING: the unused-bit count in 0..7 and those bits zero. Returns the bits, MSB first. */
export function readBitString(obj: ASN1Obj | undefined, what: string): number[] {
  const value = expectTag(obj, TAG.BIT_STRING, what).value;
  const unused = value[0];
  if (unused === undefined || unused > 7 || (value.length === 1 && unused !== 0))
    throw malformed(what, 'is not a DER bit string');
  const last = value[value.length - 1] ?? 0;
  if (value.length > 1 && (last & ((1 << unused) - 1)) !== 0)
    throw malformed(what, 'has non-zero padding bits');
  const bits: number[] = [];
  for (let i = 1; i < value.length; i++) {
    const skip = i === value.length - 1 ? unused : 0;
    for (let j = 7; j >= skip; j--) bits.push(((value[i] ?? 0) >> j) & 1);
  }
  return bits;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

export function decodeUtf8(buf: Buffer, what: string): string {
  try {
    return UTF8.decode(buf);
  } catch {
    throw malformed(what, 'is not valid UTF-8');
  }
}

/** IA5String contents as a URI or e-mail name needs them: ASCII, no control characters. */
export function decodeVisibleAscii(buf: Buffer, what: string): string {
  for (const byte of buf)
    if (byte < 0x20 || byte > 0x7e)
      throw malformed(what, 'holds a non-printable or non-ASCII byte');
  return buf.toString('latin1');
}

/**
 * Decode a whole buffer as one DER UTF8String: tag 0x0c, minimal length, no trailing bytes,
 * valid UTF-8. Fulcio writes OIDs 1.3.6.1.4.1.57264.1.8 and later this way; another string
 * type (IA5, Printable, BMP) is not what Fulcio writes and is refused.
 */
export function decodeDerUtf8String(buf: Buffer, what: string): string {
  if (buf[0] !== TAG.UTF8_STRING) throw malformed(what, 'is not a DER UTF8String');
  let length = buf[1];
  let offset = 2;
  if (length === undefined) throw malformed(what, 'is truncated');
  if (length & 0x80) {
    const octets = length & 0x7f;
    if (octets === 0 || octets > 3) throw malformed(what, 'has an invalid length');
    length = 0;
    for (let i = 0; i < octets; i++) length = length * 256 + (buf[2 + i] ?? NaN);
    offset += octets;
    if (Number.isNaN(length) || length < 0x80 || buf[2] === 0)
      throw malformed(what, 'has a non-minimal length');
  }
  if (offset + length !== buf.length) throw malformed(what, 'has trailing or missing bytes');
  return decodeUtf8(buf.subarray(offset), what);
}
