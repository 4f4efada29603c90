import type { ReasonCode } from './codes.js';

/** A typed rejection: every failure the core raises carries a stable reason code. */
export class VerifyError extends Error {
  readonly code: ReasonCode;
  readonly hint: string | undefined;

  constructor(code: ReasonCode, message: string, options?: { hint?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'VerifyError';
    this.code = code;
    this.hint = options?.hint;
  }
}

/** A problem with how the tool was called or with the policy it was given (exit 2). */
export class UsageError extends VerifyError {
  constructor(message: string, options?: { hint?: string; code?: 'USAGE' | 'POLICY_INVALID' }) {
    super(options?.code ?? 'USAGE', message, options);
    this.name = 'UsageError';
  }
}

export function policyError(message: string, hint?: string): UsageError {
  return new UsageError(message, {
    code: 'POLICY_INVALID',
    ...(hint === undefined ? {} : { hint }),
  });
}
