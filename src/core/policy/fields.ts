import type { PolicyInput } from './policy.js';

export type PolicyFieldKind = 'string' | 'list' | 'boolean';

/** One policy field as the CLI flag, the action input and the PolicyInput key name it. */
export type PolicyField = {
  readonly key: keyof PolicyInput;
  readonly flag: string;
  readonly input: string;
  readonly kind: PolicyFieldKind;
};

/**
 * The one mapping from flags and action inputs to the policy: one spelling everywhere (flag,
 * input, and the JSON result's policy field in camelCase). A repeatable flag (`--trigger`) is a
 * multi-line input (`trigger`).
 */
export const POLICY_FIELDS = [
  { key: 'repo', flag: 'repo', input: 'repo', kind: 'string' },
  { key: 'owner', flag: 'owner', input: 'owner', kind: 'string' },
  { key: 'certIdentity', flag: 'cert-identity', input: 'cert-identity', kind: 'string' },
  { key: 'signerWorkflow', flag: 'signer-workflow', input: 'signer-workflow', kind: 'string' },
  { key: 'signerRepo', flag: 'signer-repo', input: 'signer-repo', kind: 'string' },
  { key: 'callerWorkflow', flag: 'caller-workflow', input: 'caller-workflow', kind: 'string' },
  { key: 'sourceRef', flag: 'source-ref', input: 'source-ref', kind: 'string' },
  { key: 'sourceBranch', flag: 'source-branch', input: 'source-branch', kind: 'string' },
  { key: 'sourceTag', flag: 'source-tag', input: 'source-tag', kind: 'string' },
  {
    key: 'sourceVersionedTag',
    flag: 'source-versioned-tag',
    input: 'source-versioned-tag',
    kind: 'string',
  },
  { key: 'sourceDigest', flag: 'source-digest', input: 'source-digest', kind: 'string' },
  { key: 'builderId', flag: 'builder-id', input: 'builder-id', kind: 'string' },
  { key: 'workflowInputs', flag: 'workflow-input', input: 'workflow-input', kind: 'list' },
  { key: 'triggers', flag: 'trigger', input: 'trigger', kind: 'list' },
  { key: 'certOidcIssuer', flag: 'cert-oidc-issuer', input: 'cert-oidc-issuer', kind: 'string' },
  { key: 'predicateType', flag: 'predicate-type', input: 'predicate-type', kind: 'string' },
  {
    key: 'allowSelfHostedRunners',
    flag: 'allow-self-hosted-runners',
    input: 'allow-self-hosted-runners',
    kind: 'boolean',
  },
  {
    key: 'allowUnrecordedRunner',
    flag: 'allow-unrecorded-runner',
    input: 'allow-unrecorded-runner',
    kind: 'boolean',
  },
  { key: 'repoId', flag: 'repo-id', input: 'repo-id', kind: 'string' },
  { key: 'ownerId', flag: 'owner-id', input: 'owner-id', kind: 'string' },
  { key: 'subjectName', flag: 'subject-name', input: 'subject-name', kind: 'string' },
] as const satisfies readonly PolicyField[];

type Value = string | boolean | readonly string[] | undefined;

/** Build a PolicyInput from values read by field (flag values or parsed action inputs). */
export function policyInputFrom(read: (field: PolicyField) => Value): PolicyInput {
  const input: Record<string, Value> = {};
  for (const field of POLICY_FIELDS) {
    const value = read(field);
    if (value !== undefined) input[field.key] = value;
  }
  return input;
}
