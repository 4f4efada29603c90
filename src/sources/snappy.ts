import { VerifyError } from '../core/errors.js';

/**
 * Decode the Snappy block format (what GitHub serves at an attestation's `bundle_url`, and what
 * `gh` decodes with golang/snappy). Strict: the declared length is capped before anything is
 * allocated, every copy must point inside what was already written, and the output must be
 * exactly the declared length. Any violation is MALFORMED.
 */
export function decodeSnappy(input: Uint8Array, maxOutput: number): Buffer {
  let pos = 0;
  const bad = (why: string): never => {
    throw new VerifyError('MALFORMED', `snappy: ${why}`);
  };
  // Uncompressed length: a little-endian base-128 varint of at most 32 bits.
  let length = 0;
  for (let shift = 0; ; shift += 7) {
    if (shift > 28) bad('length varint too long');
    const byte = input[pos++];
    if (byte === undefined) bad('truncated length');
    length += ((byte as number) & 0x7f) * 2 ** shift;
    if (((byte as number) & 0x80) === 0) break;
  }
  if (length > 0xffffffff) bad('length over 32 bits');
  if (length > maxOutput)
    throw new VerifyError('LIMIT', `snappy: ${length} bytes (limit ${maxOutput})`);
  const out = Buffer.allocUnsafe(length);
  let written = 0;
  const readLE = (n: number): number => {
    if (pos + n > input.length) bad('truncated element');
    let v = 0;
    for (let i = 0; i < n; i++) v += (input[pos + i] as number) * 2 ** (8 * i);
    pos += n;
    return v;
  };
  while (pos < input.length) {
    const tag = input[pos++] as number;
    const kind = tag & 3;
    if (kind === 0) {
      const small = tag >> 2;
      const len = (small < 60 ? small : readLE(small - 59)) + 1;
      if (pos + len > input.length) bad('literal runs past the input');
      if (written + len > length) bad('output longer than declared');
      out.set(input.subarray(pos, pos + len), written);
      pos += len;
      written += len;
      continue;
    }
    let len: number;
    let offset: number;
    if (kind === 1) {
      len = 4 + ((tag >> 2) & 7);
      offset = ((tag >> 5) << 8) | readLE(1);
    } else {
      len = 1 + (tag >> 2);
      offset = readLE(kind === 2 ? 2 : 4);
    }
    if (offset === 0 || offset > written) bad('copy offset outside the output');
    if (written + len > length) bad('output longer than declared');
    // Byte by byte: a copy may overlap what it is writing (run-length encoding).
    for (let i = 0; i < len; i++, written++) out[written] = out[written - offset] as number;
  }
  if (written !== length) bad(`output is ${written} bytes, declared ${length}`);
  return out;
}

/** Encode as Snappy literals only: valid Snappy, used to build test responses. */
export function encodeSnappyLiterals(data: Uint8Array): Buffer {
  const parts: Buffer[] = [];
  const header: number[] = [];
  let n = data.length;
  do {
    header.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
    n = Math.floor(n / 128);
  } while (n > 0);
  parts.push(Buffer.from(header));
  for (let at = 0; at < data.length; at += 65536) {
    const chunk = data.subarray(at, at + 65536);
    const len = chunk.length - 1;
    parts.push(len < 60 ? Buffer.from([len << 2]) : Buffer.from([61 << 2, len & 0xff, len >> 8]));
    parts.push(Buffer.from(chunk));
  }
  return Buffer.concat(parts);
}
