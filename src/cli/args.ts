import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../core/errors.js';
import { policyInputFrom } from '../core/policy/fields.js';
import type { PolicyInput } from '../core/policy/policy.js';

/** Flags of `verify`. Names match the action inputs and the Policy fields. */
export const VERIFY_OPTIONS = {
  bundle: { type: 'string', multiple: true },
  repo: { type: 'string' },
  owner: { type: 'string' },
  'cert-identity': { type: 'string' },
  'signer-workflow': { type: 'string' },
  'signer-repo': { type: 'string' },
  'caller-workflow': { type: 'string' },
  'source-ref': { type: 'string' },
  'source-branch': { type: 'string' },
  'source-tag': { type: 'string' },
  'source-versioned-tag': { type: 'string' },
  'source-digest': { type: 'string' },
  'builder-id': { type: 'string' },
  'workflow-input': { type: 'string', multiple: true },
  trigger: { type: 'string', multiple: true },
  'cert-oidc-issuer': { type: 'string' },
  'predicate-type': { type: 'string' },
  'allow-self-hosted-runners': { type: 'boolean' },
  'repo-id': { type: 'string' },
  'owner-id': { type: 'string' },
  'subject-name': { type: 'string' },
  'trusted-root': { type: 'string' },
  offline: { type: 'boolean' },
  'tuf-mirror': { type: 'string' },
  format: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export const VERIFY_BUNDLE_OPTIONS = {
  bundle: { type: 'string' },
  'certificate-identity': { type: 'string' },
  'certificate-oidc-issuer': { type: 'string' },
  key: { type: 'string' },
  'trusted-root': { type: 'string' },
  staging: { type: 'boolean' },
  offline: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

export const INSPECT_OPTIONS = {
  format: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export function parse<O extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: O,
): ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>
> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(
      err instanceof Error ? err.message.replace(/\. To specify.*$/s, '') : String(err),
      { hint: 'run verify-provenance --help' },
    );
  }
}

type VerifyValues = ReturnType<typeof parse<typeof VERIFY_OPTIONS>>['values'];

/** `verify` flags → the policy input, through the one field table the action uses too. */
export function policyInputFromFlags(v: VerifyValues): PolicyInput {
  const values = v as Record<string, string | boolean | string[] | undefined>;
  return policyInputFrom((field) => values[field.flag]);
}

export function parseFormat(value: string | undefined): 'text' | 'json' {
  if (value === undefined || value === 'text' || value === 'json') return value ?? 'text';
  throw new UsageError(`--format must be text or json, got ${JSON.stringify(value)}`);
}

/**
 * The `--format` a command line asks for, read leniently (with the command's own option table,
 * so option values are never mistaken for flags) so that even a usage error is reported in it.
 */
export function requestedFormat(command: string | undefined, args: string[]): string | undefined {
  const options =
    command === 'verify' ? VERIFY_OPTIONS : command === 'inspect' ? INSPECT_OPTIONS : undefined;
  if (options === undefined) return undefined;
  const { values } = parseArgs({ args, options, allowPositionals: true, strict: false });
  const format = values.format;
  return typeof format === 'string' ? format : undefined;
}
