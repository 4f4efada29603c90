import type { VerificationResult } from '../core/report.js';
import { POLICY_FIELDS } from '../core/policy/fields.js';
import { NETWORK_INPUTS, TRUST_INPUTS } from './inputs.js';

const INPUT_OF_FLAG: ReadonlyMap<string, string> = new Map([
  ...POLICY_FIELDS.map((f) => [f.flag, f.input] as const),
  ...TRUST_INPUTS.map((name) => [name, name] as const),
  ...NETWORK_INPUTS.map((name) => [name === 'github-token' ? 'token' : name, name] as const),
  ['bundle', 'bundle-path'],
  ['registry', 'registry'],
  ['index', 'index'],
]);

/**
 * Messages and hints name CLI flags; in the action, say the input: `--repo acme/app` →
 * `repo: acme/app` when a value follows (a token with `/ . = : @`, a digit or a capital),
 * else `input repo`.
 */
export function inputNamesFor(text: string): string {
  return text.replace(
    /--([a-z][a-z-]*)( (?=[^\s-]*[/.=:@0-9A-Z]))?/g,
    (whole, flag: string, space?: string) => {
      const input = INPUT_OF_FLAG.get(flag);
      if (input === undefined) return whole;
      return space === undefined ? `input ${input}` : `${input}: `;
    },
  );
}

/** The result with every message and hint worded for action users (the verdict is untouched). */
export function wordedForAction(result: VerificationResult): VerificationResult {
  const reword = <T extends { message?: string; hint?: string }>(o: T): T => ({
    ...o,
    ...(o.message === undefined ? {} : { message: inputNamesFor(o.message) }),
    ...(o.hint === undefined ? {} : { hint: inputNamesFor(o.hint) }),
  });
  return {
    ...result,
    ...(result.error === undefined ? {} : { error: reword(result.error) }),
    warnings: result.warnings.map(inputNamesFor),
    artifacts: result.artifacts.map((a) => ({
      ...a,
      attestations: a.attestations.map((t) => ({
        ...t,
        checks: t.checks.map(reword),
        warnings: t.warnings.map(inputNamesFor),
      })),
    })),
  };
}
