import { VerifyError } from '../errors.js';

const UTF8_STRING = 0x0c;
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Decode a whole buffer as one DER UTF8String: tag 0x0c, minimal length, no trailing bytes,
 * valid UTF-8. Fulcio writes OIDs 1.3.6.1.4.1.57264.1.8 and later this way.
 */
export function decodeDerUtf8String(buf: Buffer, what: string): string {
  if (buf[0] !== UTF8_STRING) throw malformed(what, 'is not a DER UTF8String');
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

export function decodeUtf8(buf: Buffer, what: string): string {
  try {
    return decoder.decode(buf);
  } catch {
    throw malformed(what, 'is not valid UTF-8');
  }
}

function malformed(what: string, why: string): VerifyError {
  return new VerifyError('MALFORMED', `certificate ${what} ${why}`);
}
