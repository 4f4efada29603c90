import type { RepoName, WorkflowRef } from '../github/names.js';
import type { Semver } from '../github/refs.js';

export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

/** What the user asks for, as given (flags and action inputs carry the same names). */
export type PolicyInput = {
  repo?: string;
  owner?: string;
  certIdentity?: string;
  signerWorkflow?: string;
  signerRepo?: string;
  callerWorkflow?: string;
  sourceRef?: string;
  sourceBranch?: string;
  sourceTag?: string;
  sourceVersionedTag?: string;
  sourceDigest?: string;
  builderId?: string;
  workflowInputs?: readonly string[];
  triggers?: readonly string[];
  certOidcIssuer?: string;
  predicateType?: string;
  allowSelfHostedRunners?: boolean;
  allowUnrecordedRunner?: boolean;
  repoId?: string;
  ownerId?: string;
  subjectName?: string;
};

export type RefRule =
  | { readonly kind: 'ref'; readonly ref: string }
  | { readonly kind: 'branch'; readonly name: string }
  | { readonly kind: 'tag'; readonly name: string }
  | { readonly kind: 'versioned-tag'; readonly tag: string; readonly semver: Semver };

/** A validated, normalised policy. `undefined` means "not constrained". */
export type Policy = {
  readonly issuer: string;
  /** The GitHub host the issuer's certificates name (github.com, or a GHE.com tenant). */
  readonly githubHost: string;
  readonly sourceRepo: RepoName | undefined;
  readonly owner: string | undefined;
  readonly certIdentity: string | undefined;
  readonly signerWorkflow: WorkflowRef | undefined;
  readonly signerRepo: RepoName | undefined;
  readonly callerWorkflow:
    | {
        readonly repo: RepoName | undefined;
        readonly path: string;
        readonly ref: string | undefined;
      }
    | undefined;
  readonly refRules: readonly RefRule[];
  readonly sourceDigest: string | undefined;
  readonly builderId: { readonly name: string; readonly version: string | undefined } | undefined;
  readonly workflowInputs: readonly (readonly [string, string])[];
  readonly triggers: readonly string[] | undefined;
  readonly allowSelfHostedRunners: boolean;
  /** Accept a certificate that does not record its runner (1.11; issued before late 2023). */
  readonly allowUnrecordedRunner: boolean;
  readonly repositoryId: string | undefined;
  readonly ownerId: string | undefined;
  readonly subjectName: string | undefined;
  /** `any`, or the exact predicate types accepted. */
  readonly predicateTypes: 'any' | readonly string[];
  /**
   * With no signer named: `repo` (the default) wants the signer in the source repository (or an
   * slsa-github-generator builder); `caller` is PyPI's Trusted Publisher rule, where the
   * publisher is the top-level (caller) workflow in the source repository and any workflow it
   * calls may sign.
   */
  readonly defaultSigner: 'repo' | 'caller';
};
