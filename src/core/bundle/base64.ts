import { VerifyError } from '../errors.js';

const STD_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Decode standard, padded base64 and nothing else (no whitespace, no URL-safe alphabet, no
 * missing padding), so the bytes we verify are the only bytes the input can mean.
 */
export function decodeStrictBase64(value: unknown, field: string): Buffer {
  if (typeof value !== 'string' || !STD_BASE64.test(value)) {
    throw new VerifyError('MALFORMED', `${field} is not standard padded base64`);
  }
  return Buffer.from(value, 'base64');
}
