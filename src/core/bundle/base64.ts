import { VerifyError } from '../errors.js';

const NOT_ALPHABET = /[^A-Za-z0-9+/]/;

/**
 * Decode standard, padded base64 and nothing else (no whitespace, no URL-safe alphabet, no
 * missing padding, no stray bits after the last byte), so the bytes we verify are the only
 * bytes the input can mean. Checked in linear time: a backtracking pattern overflows the stack
 * on a payload of a few megabytes.
 */
export function decodeStrictBase64(value: unknown, field: string): Buffer {
  if (typeof value !== 'string' || value.length % 4 !== 0) throw notBase64(field);
  const pad = value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0;
  if (NOT_ALPHABET.test(value.slice(0, value.length - pad))) throw notBase64(field);
  const bytes = Buffer.from(value, 'base64');
  if (bytes.toString('base64') !== value) throw notBase64(field);
  return bytes;
}

function notBase64(field: string): VerifyError {
  return new VerifyError('MALFORMED', `${field} is not standard padded base64`);
}
