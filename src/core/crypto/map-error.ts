import { VerificationError, PolicyError } from '@sigstore/verify';
import type { ReasonCode } from '../codes.js';
import { VerifyError } from '../errors.js';

/**
 * Translate an @sigstore/verify error into our reason codes, keeping its message. Anything else
 * it throws happened while it read untrusted bytes (an ASN.1 length past the end, a malformed
 * key): that is a rejection of the input (MALFORMED), not a crash.
 */
export function mapSigstoreError(err: unknown): VerifyError {
  if (err instanceof VerifyError) return err;
  if (err instanceof VerificationError || err instanceof PolicyError) {
    return new VerifyError(codeFor(err), describe(err), { cause: err });
  }
  if (err instanceof Error)
    return new VerifyError('MALFORMED', `cannot decode: ${err.message}`, { cause: err });
  throw err;
}

function codeFor(err: VerificationError | PolicyError): ReasonCode {
  const message = err.message;
  switch (err.code) {
    case 'TLOG_BODY_ERROR':
      return 'TLOG_BINDING';
    case 'TLOG_INCLUSION_PROOF_ERROR':
    case 'TLOG_INCLUSION_PROMISE_ERROR':
    case 'TLOG_MISSING_INCLUSION_ERROR':
      return 'TLOG_INCLUSION';
    case 'TLOG_ERROR':
      return 'TLOG_THRESHOLD';
    case 'SIGNATURE_ERROR':
      return 'SIGNATURE';
    case 'TIMESTAMP_ERROR':
      return 'TIMESTAMP';
    case 'PUBLIC_KEY_ERROR':
      return 'KEY_MATERIAL';
    case 'CERTIFICATE_ERROR':
      if (/SCT/.test(message)) return 'SCT';
      if (/expired|not valid/.test(causeMessage(err))) return 'CERT_TIME';
      return 'CERT_CHAIN';
    case 'NOT_IMPLEMENTED_ERROR':
      return 'BUNDLE_SHAPE';
    case 'UNTRUSTED_SIGNER_ERROR':
      return 'ID_SAN';
  }
}

function causeMessage(err: Error): string {
  const cause: unknown = err.cause;
  return `${err.message} ${cause instanceof Error ? cause.message : ''}`;
}

function describe(err: Error): string {
  const cause: unknown = err.cause;
  const detail =
    cause instanceof Error && cause.message !== err.message ? `: ${cause.message}` : '';
  return `${err.message}${detail}`;
}
