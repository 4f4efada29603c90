import { formatRepo, formatWorkflow } from './github/names.js';
import {
  effectiveCommit,
  effectiveIssuer,
  effectiveRef,
  effectiveTrigger,
  type CertificateIdentity,
} from './identity/certificate-identity.js';
import type { Policy } from './policy/policy.js';
import type { IdentitySummary } from './result.js';

export function summarizeIdentity(c: CertificateIdentity): IdentitySummary {
  const gh = c.github;
  const uri = (w: NonNullable<typeof gh>['signer']): string | undefined =>
    w && `https://${formatWorkflow(w)}`;
  const entries: [keyof IdentitySummary, string | undefined][] = [
    ['issuer', effectiveIssuer(c)],
    ['san', c.san?.value],
    ['host', gh?.host],
    ['repository', gh?.sourceRepo && formatRepo(gh.sourceRepo)],
    [
      'repositoryUri',
      gh === undefined
        ? c.sourceRepositoryUri
        : gh.sourceRepo && `https://${gh.host}/${formatRepo(gh.sourceRepo)}`,
    ],
    ['signerWorkflow', gh?.signer && formatWorkflow(gh.signer)],
    [
      'signerWorkflowUri',
      gh === undefined
        ? (c.buildSignerUri ?? (c.san?.kind === 'uri' ? c.san.value : undefined))
        : uri(gh.signer),
    ],
    ['signerDigest', c.buildSignerDigest],
    ['callerWorkflow', gh?.caller && formatWorkflow(gh.caller)],
    ['callerWorkflowUri', gh === undefined ? c.buildConfigUri : uri(gh.caller)],
    ['sourceRef', effectiveRef(c)],
    ['sourceDigest', effectiveCommit(c)],
    ['repositoryId', c.sourceRepositoryId],
    ['ownerId', c.sourceRepositoryOwnerId],
    ['runnerEnvironment', c.runnerEnvironment],
    ['trigger', effectiveTrigger(c)],
    ['runInvocation', c.runInvocationUri],
    ['visibility', c.sourceRepositoryVisibility],
  ];
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined));
}

/** Weak spots of an accepted policy, said out loud (never a reason to accept). */
export function warningsFor(policy: Policy, c: CertificateIdentity): string[] {
  const warnings: string[] = [];
  if (policy.sourceRepo === undefined && policy.owner === undefined) {
    warnings.push(
      'the policy pins only the certificate identity: any repository that can run that workflow passes; add --repo',
    );
  }
  if (policy.triggers === undefined && effectiveTrigger(c) === 'pull_request_target') {
    warnings.push(
      'built by a pull_request_target run; pass --trigger to allow only the events you release from',
    );
  }
  if (
    policy.sourceRepo !== undefined &&
    policy.repositoryId === undefined &&
    c.sourceRepositoryId !== undefined
  ) {
    warnings.push(
      `pin --repo-id ${c.sourceRepositoryId} to survive a rename or re-creation of ${formatRepo(policy.sourceRepo)}`,
    );
  }
  return warnings;
}
