import { EXIT, type ExitCode, type ReasonCode } from './codes.js';
import type { LoadedRoot } from './crypto/trust.js';
import { formatRepo, formatWorkflow } from './github/names.js';
import type { Policy } from './policy/policy.js';
import {
  failedCodes,
  type ArtifactResult,
  type AttestationResult,
  type PackageOutcome,
  type Verdict,
} from './result.js';

export const SCHEMA_VERSION = 1;

/** The one result every entry renders: versioned, stable keys, every check with its code. */
export type VerificationResult = {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly tool: { readonly name: 'verify-provenance'; readonly version: string };
  readonly command: string;
  readonly verdict: Verdict | 'error';
  readonly exitCode: ExitCode;
  readonly failedChecks: readonly ReasonCode[];
  readonly policy?: Readonly<Record<string, unknown>>;
  readonly trustRoots?: readonly { readonly label: string; readonly newestKeyStart?: string }[];
  readonly artifacts: readonly ArtifactResult[];
  readonly warnings: readonly string[];
  readonly error?: { readonly code: ReasonCode; readonly message: string; readonly hint?: string };
  /** deps only: counts by outcome, the lockfiles read, the pins written. */
  readonly deps?: DepsSummary;
};

export type DepsSummary = {
  readonly counts: Readonly<Record<PackageOutcome, number>>;
  /** With a base: entries the same as in the base, not checked. */
  readonly unchanged?: number;
  readonly lockfiles: readonly {
    readonly path: string;
    readonly format: string;
    readonly entries: number;
  }[];
  readonly policyFile?: string;
  readonly pins?: {
    readonly file: string;
    readonly written: boolean;
    readonly added: readonly string[];
    readonly changed: readonly string[];
    readonly removed: readonly string[];
  };
  readonly cache?: { readonly dir: string; readonly hits: number; readonly stored: number };
  /** Lines not followed, exceptions expired or unused: said once each. */
  readonly notes: readonly string[];
};

export function resultFromArtifacts(args: {
  version: string;
  command: string;
  policy: Policy;
  roots: readonly LoadedRoot[];
  artifacts: ArtifactResult[];
  warnings?: string[];
}): VerificationResult {
  const verdict = overall(args.artifacts);
  const codes = new Set<ReasonCode>();
  for (const a of args.artifacts) {
    if (a.verdict === 'verified') continue;
    if (a.attestations.length === 0 || a.attestations.every(hasOtherPredicateType))
      codes.add('NO_ATTESTATION');
    for (const att of a.attestations) failedCodes(att.checks).forEach((c) => codes.add(c));
  }
  return {
    ...decidedHead(args.version, args.command, verdict, [...codes]),
    policy: describePolicy(args.policy),
    trustRoots: trustRootsOf(args.roots),
    artifacts: args.artifacts,
    warnings: args.warnings ?? [],
  };
}

/** The fields every decided result starts with: version, tool, command, verdict and its exit code. */
export function decidedHead(
  version: string,
  command: string,
  verdict: Verdict,
  failedChecks: readonly ReasonCode[],
): Pick<
  VerificationResult,
  'schemaVersion' | 'tool' | 'command' | 'verdict' | 'exitCode' | 'failedChecks'
> {
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'verify-provenance', version },
    command,
    verdict,
    exitCode: exitOfVerdict(verdict),
    failedChecks,
  };
}

/** A run's exit code from its verdict: only a full accept is 0. */
export function exitOfVerdict(verdict: Verdict): ExitCode {
  return verdict === 'verified'
    ? EXIT.VERIFIED
    : verdict === 'indeterminate'
      ? EXIT.INDETERMINATE
      : EXIT.FAILED;
}

/** The trusted roots a result names. */
export function trustRootsOf(
  roots: readonly Pick<LoadedRoot, 'label' | 'newestKeyStart'>[],
): VerificationResult['trustRoots'] {
  return roots.map((r) => ({
    label: r.label,
    ...(r.newestKeyStart === undefined ? {} : { newestKeyStart: r.newestKeyStart.toISOString() }),
  }));
}

/** Attestations exist, but none is of a type the policy asks for: nothing was checked. */
function hasOtherPredicateType(att: AttestationResult): boolean {
  return att.checks.some((c) => c.id === 'predicate-type' && c.status === 'fail');
}

/** Zero artifacts is never a pass; an artifact with no attestation fails. */
function overall(artifacts: readonly ArtifactResult[]): Verdict {
  if (artifacts.length === 0) return 'failed';
  if (artifacts.every((a) => a.verdict === 'verified')) return 'verified';
  if (artifacts.some((a) => a.verdict === 'failed')) return 'failed';
  return 'indeterminate';
}

export function errorResult(
  version: string,
  command: string,
  code: ReasonCode,
  message: string,
  exitCode: ExitCode,
  hint?: string,
): VerificationResult {
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'verify-provenance', version },
    command,
    verdict: 'error',
    exitCode,
    failedChecks: [code],
    artifacts: [],
    warnings: [],
    error: { code, message, ...(hint === undefined ? {} : { hint }) },
  };
}

/** The normalised policy, with the names the flags use. */
export function describePolicy(p: Policy): Record<string, unknown> {
  const out: Record<string, unknown> = {
    certOidcIssuer: p.issuer,
    repo: p.sourceRepo && formatRepo(p.sourceRepo),
    owner: p.owner,
    certIdentity: p.certIdentity,
    signerWorkflow: p.signerWorkflow && formatWorkflow(p.signerWorkflow),
    signerRepo: p.signerRepo && formatRepo(p.signerRepo),
    callerWorkflow:
      p.callerWorkflow &&
      `${p.callerWorkflow.repo ? `${formatRepo(p.callerWorkflow.repo)}/` : ''}${p.callerWorkflow.path}${p.callerWorkflow.ref ? `@${p.callerWorkflow.ref}` : ''}`,
    sourceRefs:
      p.refRules.length > 0
        ? p.refRules.map((r) => `${r.kind}:${'ref' in r ? r.ref : 'name' in r ? r.name : r.tag}`)
        : undefined,
    sourceDigest: p.sourceDigest,
    builderId:
      p.builderId && `${p.builderId.name}${p.builderId.version ? `@${p.builderId.version}` : ''}`,
    workflowInput: p.workflowInputs.length > 0 ? Object.fromEntries(p.workflowInputs) : undefined,
    trigger: p.triggers,
    allowSelfHostedRunners: p.allowSelfHostedRunners,
    allowUnrecordedRunner: p.allowUnrecordedRunner || undefined,
    repoId: p.repositoryId,
    ownerId: p.ownerId,
    subjectName: p.subjectName,
    predicateType: p.predicateTypes === 'any' ? 'any' : p.predicateTypes,
    defaultSigner: p.defaultSigner === 'caller' ? 'caller' : undefined,
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}
