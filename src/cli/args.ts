import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../core/errors.js';
import { policyInputFrom } from '../core/policy/fields.js';
import type { PolicyInput } from '../core/policy/policy.js';
import type { NetworkInput } from '../sources/network.js';
import type { TrustRootOptions } from '../sources/trust-roots.js';
import { canonicalArgs, unknownFlagHint } from './flags.js';

/** Where trust comes from; shared by every command that verifies. */
export const TRUST_OPTIONS = {
  'trusted-root': { type: 'string' },
  offline: { type: 'boolean' },
  'tuf-mirror': { type: 'string' },
  'tuf-root': { type: 'string' },
  'github-tuf-root': { type: 'string' },
  'github-tuf-mirror': { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/** Trust flags → the trust-root options. */
export function trustFromFlags(values: {
  'trusted-root'?: string | undefined;
  offline?: boolean | undefined;
  'tuf-mirror'?: string | undefined;
  'tuf-root'?: string | undefined;
  'github-tuf-root'?: string | undefined;
  'github-tuf-mirror'?: string | undefined;
}): TrustRootOptions {
  return {
    trustedRootFile: values['trusted-root'],
    offline: values.offline,
    tufMirror: values['tuf-mirror'],
    tufRoot: values['tuf-root'],
    githubTufRoot: values['github-tuf-root'],
    githubTufMirror: values['github-tuf-mirror'],
  };
}

/** Network flags, shared by every command that fetches. Names match the action inputs. */
export const NETWORK_OPTIONS = {
  timeout: { type: 'string' },
  'retry-not-found': { type: 'string' },
  concurrency: { type: 'string' },
  'github-token': { type: 'string' },
  'github-api-url': { type: 'string' },
  'rekor-url': { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/** How the result is shown: every command that verifies takes these. */
export const OUTPUT_OPTIONS = {
  format: { type: 'string' },
  output: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean', short: 'v' },
} as const satisfies ParseArgsConfig['options'];

/** Network flags → the shared network input. */
export function networkInputFromFlags(values: {
  timeout?: string | undefined;
  'retry-not-found'?: string | undefined;
  concurrency?: string | undefined;
  'github-token'?: string | undefined;
  'github-api-url'?: string | undefined;
}): NetworkInput {
  return {
    timeout: values.timeout,
    retryNotFound: values['retry-not-found'],
    concurrency: values.concurrency,
    token: values['github-token'],
    githubApiUrl: values['github-api-url'],
  };
}

export function parseFrom(value: string | undefined): 'file' | 'github' | undefined {
  if (value === undefined || value === 'file' || value === 'github') return value;
  throw new UsageError(`--from must be file or github, got ${JSON.stringify(value)}`);
}

/** Flags of `verify`. Names match the action inputs and the Policy fields. */
export const VERIFY_OPTIONS = {
  bundle: { type: 'string', multiple: true, short: 'b' },
  repo: { type: 'string', short: 'R' },
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
  'allow-unrecorded-runner': { type: 'boolean' },
  'deny-self-hosted-runners': { type: 'boolean' },
  'repo-id': { type: 'string' },
  'owner-id': { type: 'string' },
  'subject-name': { type: 'string' },
  ...TRUST_OPTIONS,
  ...OUTPUT_OPTIONS,
  ...NETWORK_OPTIONS,
  from: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/** `npm`: the policy, trust and network flags of `verify`, and `--registry`. */
export const NPM_OPTIONS = {
  ...VERIFY_OPTIONS,
  registry: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/** `pypi`: the policy, trust and network flags of `verify`, and `--index`. */
export const PYPI_OPTIONS = {
  ...VERIFY_OPTIONS,
  index: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/**
 * `deps`: lockfiles, the policy and pin files, the base, registries, the cache; trust flags and
 * the network flags that apply to registries (no GitHub token or API, no Rekor).
 */
export const DEPS_OPTIONS = {
  policy: { type: 'string' },
  pins: { type: 'string' },
  'update-pins': { type: 'boolean' },
  base: { type: 'string' },
  'base-ref': { type: 'string' },
  registry: { type: 'string' },
  index: { type: 'string' },
  'cache-dir': { type: 'string' },
  'no-cache': { type: 'boolean' },
  ...TRUST_OPTIONS,
  timeout: { type: 'string' },
  'retry-not-found': { type: 'string' },
  concurrency: { type: 'string' },
  ...OUTPUT_OPTIONS,
} as const satisfies ParseArgsConfig['options'];

/** The sigstore-conformance client protocol's flags (cosign's names are accepted as aliases). */
export const VERIFY_BUNDLE_OPTIONS = {
  bundle: { type: 'string', short: 'b' },
  'cert-identity': { type: 'string' },
  'cert-oidc-issuer': { type: 'string' },
  key: { type: 'string' },
  'trusted-root': { type: 'string' },
  staging: { type: 'boolean' },
  offline: { type: 'boolean' },
  format: { type: 'string' },
  output: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export const INSPECT_OPTIONS = {
  format: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export const TRUSTED_ROOT_OPTIONS = {
  ...TRUST_OPTIONS,
  summary: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

type Options = NonNullable<ParseArgsConfig['options']>;

/** Every command's flags, for help, the reference and "a flag of another command". */
export const COMMAND_OPTIONS: Readonly<Record<string, Options>> = {
  verify: VERIFY_OPTIONS,
  npm: NPM_OPTIONS,
  pypi: PYPI_OPTIONS,
  deps: DEPS_OPTIONS,
  release: VERIFY_OPTIONS,
  'trusted-root': TRUSTED_ROOT_OPTIONS,
  'verify-bundle': VERIFY_BUNDLE_OPTIONS,
  inspect: INSPECT_OPTIONS,
};

export function parse<O extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: O,
): ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>
> {
  let parsed;
  const canonical = canonicalArgs(args, (name) => options[name]?.type === 'string');
  try {
    parsed = parseArgs({
      args: canonical,
      options,
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (err) {
    const message =
      err instanceof Error ? err.message.replace(/\. To specify.*$/s, '') : String(err);
    const flag = /^Unknown option '([^']+)'/.exec(message)?.[1];
    throw new UsageError(message, {
      hint:
        flag === undefined
          ? 'run verify-provenance COMMAND --help'
          : unknownFlagHint(flag, Object.keys(options), (name) =>
              Object.entries(COMMAND_OPTIONS)
                .filter(([, o]) => o !== options && o[name] !== undefined)
                .map(([command]) => command),
            ),
    });
  }
  refuseRepeats(parsed.tokens, options);
  return parsed;
}

/**
 * A flag that takes one value, given twice, is a usage error: "the last one wins" would let a
 * second `--repo` (from a wrapper script, an environment, a copy-paste) silently replace the
 * first. Flags meant to repeat (`--bundle`, `--trigger`, `--workflow-input`) keep repeating.
 */
function refuseRepeats(
  tokens: readonly { kind: string; name?: string }[],
  options: NonNullable<ParseArgsConfig['options']>,
): void {
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined) continue;
    const option = options[token.name];
    if (option === undefined || option.type !== 'string' || option.multiple === true) continue;
    if (seen.has(token.name)) {
      const repeatable = Object.entries(options)
        .filter(([, o]) => o.multiple === true)
        .map(([name]) => `--${name}`);
      throw new UsageError(`--${token.name} was given more than once`, {
        hint: `give --${token.name} once${repeatable.length > 0 ? `; flags that repeat: ${repeatable.join(', ')}` : ''}`,
      });
    }
    seen.add(token.name);
  }
}

type VerifyValues = ReturnType<typeof parse<typeof VERIFY_OPTIONS>>['values'];

/** `verify` flags → the policy input, through the one field table the action uses too. */
export function policyInputFromFlags(v: VerifyValues): PolicyInput {
  const values = v as Record<string, string | boolean | string[] | undefined>;
  // gh's --deny-self-hosted-runners is our default: accepted, and never with its opposite.
  if (v['deny-self-hosted-runners'] === true && v['allow-self-hosted-runners'] === true)
    throw new UsageError('--deny-self-hosted-runners and --allow-self-hosted-runners contradict');
  return policyInputFrom((field) => values[field.flag]);
}

/** Flags of `verify` that a package command sets itself. */
export function refuseFlags(
  values: Record<string, unknown>,
  command: string,
  flags: readonly string[],
): void {
  for (const flag of flags)
    if (values[flag] !== undefined)
      throw new UsageError(
        `--${flag} does not apply to ${command}: it finds the attestations itself`,
      );
}

export function parseFormat(value: string | undefined): 'text' | 'json' {
  if (value === undefined || value === 'text' || value === 'json') return value ?? 'text';
  throw new UsageError(`--format must be text or json, got ${JSON.stringify(value)}`);
}

export type OutputRequest = {
  readonly format: string | undefined;
  readonly output: string | undefined;
  readonly quiet: boolean;
  readonly verbose: boolean;
  readonly help: boolean;
};

/**
 * How a command line asks for its output (and whether it asks for help), read leniently with the
 * command's own option table (so option values are never mistaken for flags), so that even a
 * usage error is reported in the format asked for.
 */
export function requestedOutput(command: string | undefined, args: string[]): OutputRequest {
  // An unknown command still answers in the format asked for (a script reading JSON gets JSON).
  const options: Options = COMMAND_OPTIONS[command ?? ''] ?? OUTPUT_OPTIONS;
  const withHelp = { ...options, help: { type: 'boolean', short: 'h' } } as const;
  const { values } = parseArgs({
    args: canonicalArgs(args, (name) => options[name]?.type === 'string'),
    options: withHelp,
    allowPositionals: true,
    strict: false,
  });
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  return {
    format: str(values.format),
    output: str(values.output),
    quiet: values.quiet === true,
    verbose: values.verbose === true,
    help: values.help === true,
  };
}
