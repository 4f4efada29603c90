// GitHub Actions OIDC claims for minted test certificates.
//
// @sigstore/mock turns JWT claims into Fulcio certificate extensions:
//   sub -> SAN, iss -> 1.1 + 1.8, event_name -> 1.2 + 1.20, sha -> 1.3 + 1.13,
//   repository -> 1.5 + 1.12 (https://github.com/ prefix), ref -> 1.6 + 1.14,
//   job_workflow_ref -> 1.9, job_workflow_sha -> 1.10, runner_environment -> 1.11,
//   repository_id -> 1.15, repository_owner -> 1.16, repository_owner_id -> 1.17,
//   workflow_ref -> 1.18, workflow_sha -> 1.19, repository + run_id + run_attempt -> 1.21,
//   repository_visibility -> 1.22.
// A claim whose value is undefined is left out of the token, so its extension is absent.
import { createHash } from 'node:crypto';
import type { Node as DerNode } from './der.js';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
export const GITHUB_SERVER = 'https://github.com';

export interface WorkflowClaims {
  /** OIDC issuer, 1.8 (and legacy 1.1). */
  issuer: string;
  /** owner/name, 1.12 = https://github.com/<repository>. */
  repository: string;
  repositoryId?: string;
  repositoryOwner: string;
  repositoryOwnerId?: string;
  /** Source ref, 1.14. */
  ref: string;
  /** Source commit (40 hex), 1.13. */
  sha: string;
  /** Caller / top-level workflow `owner/repo/.github/workflows/x.yml@ref`, 1.18. */
  workflowRef: string;
  workflowSha?: string;
  /** Signer (reusable) workflow, 1.9 and the SAN. Defaults to workflowRef. */
  jobWorkflowRef?: string;
  jobWorkflowSha?: string;
  eventName: string;
  /** `github-hosted` / `self-hosted`, 1.11. Absent in older certificates. */
  runnerEnvironment?: string;
  runId?: string;
  runAttempt?: string;
  /** 1.22. */
  visibility?: string;
  /**
   * Certificate SAN. Defaults to `https://github.com/<jobWorkflowRef>` like real Fulcio;
   * set it only to mint a certificate whose SAN disagrees with 1.9.
   */
  san?: string;
  /**
   * Extensions appended after those Fulcio derives from the claims (duplicates or conflicting
   * legacy values), to mint a certificate that contradicts itself. `legacy` = raw string value.
   */
  extraExtensions?: readonly { oid: string; value: string; legacy?: boolean }[];
  /**
   * Rewrite the issued certificate's extension list byte for byte (critical flags, raw OIDs,
   * BER-only or malformed values), re-signed by the CA. The SCT is dropped: verify such bundles
   * against `trustedRootWithoutCt`.
   */
  certTransform?: (extensions: DerNode[]) => DerNode[];
}

export const DEFAULT_SHA = '7d3c1f0a9e8b6d5c4b3a2f1e0d9c8b7a6f5e4d3c';

const DEFAULTS: WorkflowClaims = {
  issuer: GITHUB_ISSUER,
  repository: 'acme/app',
  repositoryId: '111',
  repositoryOwner: 'acme',
  repositoryOwnerId: '222',
  ref: 'refs/tags/v1.2.3',
  sha: DEFAULT_SHA,
  workflowRef: 'acme/app/.github/workflows/release.yml@refs/tags/v1.2.3',
  workflowSha: DEFAULT_SHA,
  eventName: 'push',
  runnerEnvironment: 'github-hosted',
  runId: '9876543210',
  runAttempt: '1',
  visibility: 'public',
};

/** Deterministic 40-hex "commit" for a label. */
export function fakeSha(label: string): string {
  return createHash('sha1').update(label).digest('hex');
}

const REQUIRED = [
  'issuer',
  'repository',
  'repositoryOwner',
  'ref',
  'sha',
  'workflowRef',
  'eventName',
] as const satisfies readonly (keyof WorkflowClaims)[];

const CLAIM_ORDER: readonly (keyof WorkflowClaims)[] = [
  'issuer',
  'repository',
  'repositoryId',
  'repositoryOwner',
  'repositoryOwnerId',
  'ref',
  'sha',
  'workflowRef',
  'workflowSha',
  'jobWorkflowRef',
  'jobWorkflowSha',
  'eventName',
  'runnerEnvironment',
  'runId',
  'runAttempt',
  'visibility',
  'san',
];

/**
 * Default claims for acme/app's release.yml on refs/tags/v1.2.3, with overrides.
 * A key present with value `undefined` removes an optional claim (its extension is absent);
 * a key that is not present takes the default; required claims cannot be removed.
 * jobWorkflowRef defaults to workflowRef; jobWorkflowSha defaults to workflowSha for an in-repo
 * signer, else to fakeSha(jobWorkflowRef).
 */
export function githubClaims(overrides: Partial<WorkflowClaims> = {}): WorkflowClaims {
  const claims: WorkflowClaims = { ...DEFAULTS, ...overrides };
  if (!('jobWorkflowRef' in overrides)) claims.jobWorkflowRef = claims.workflowRef;
  if (!('jobWorkflowSha' in overrides) && claims.jobWorkflowRef !== undefined) {
    claims.jobWorkflowSha =
      claims.jobWorkflowRef === claims.workflowRef
        ? claims.workflowSha
        : fakeSha(claims.jobWorkflowRef);
  }
  for (const key of REQUIRED) {
    if (claims[key] === undefined) throw new Error(`githubClaims: ${key} cannot be omitted`);
  }
  const ordered: Partial<Record<keyof WorkflowClaims, unknown>> = {};
  for (const key of CLAIM_ORDER) {
    if (claims[key] !== undefined) ordered[key] = claims[key];
  }
  if (claims.extraExtensions !== undefined) ordered.extraExtensions = claims.extraExtensions;
  if (claims.certTransform !== undefined) ordered.certTransform = claims.certTransform;
  return ordered as WorkflowClaims;
}

/** Build signer URI (1.9, and builder.id in actions/attest provenance). */
export function buildSignerUri(claims: WorkflowClaims): string {
  return `${GITHUB_SERVER}/${claims.jobWorkflowRef ?? claims.workflowRef}`;
}

/** The certificate SAN: equal to the build signer URI (1.9) unless `san` overrides it. */
export function signerUri(claims: WorkflowClaims): string {
  return claims.san ?? buildSignerUri(claims);
}

/** `.github/workflows/x.yml` from `owner/repo/.github/workflows/x.yml@ref`. */
export function workflowPath(workflowRef: string): string {
  const at = workflowRef.indexOf('@');
  const noRef = at < 0 ? workflowRef : workflowRef.slice(0, at);
  return noRef.split('/').slice(2).join('/');
}

/** JWT payload in GitHub's claim names; undefined claims are dropped by JSON.stringify. */
export function jwtPayload(claims: WorkflowClaims): Record<string, string | undefined> {
  return {
    iss: claims.issuer,
    sub: signerUri(claims),
    ref: claims.ref,
    sha: claims.sha,
    repository: claims.repository,
    repository_owner: claims.repositoryOwner,
    repository_owner_id: claims.repositoryOwnerId,
    repository_visibility: claims.visibility,
    repository_id: claims.repositoryId,
    run_id: claims.runId,
    run_attempt: claims.runAttempt,
    runner_environment: claims.runnerEnvironment,
    event_name: claims.eventName,
    workflow_ref: claims.workflowRef,
    workflow_sha: claims.workflowSha,
    job_workflow_ref: claims.jobWorkflowRef,
    job_workflow_sha: claims.jobWorkflowSha,
  };
}

/** An unsigned JWT (alg none); the mock Fulcio only decodes it. */
export function unsignedJwt(claims: WorkflowClaims, now = new Date()): string {
  const iat = Math.floor(now.getTime() / 1000);
  const b64 = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const payload = { ...jwtPayload(claims), aud: 'sigstore', iat, nbf: iat, exp: iat + 300 };
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`;
}
