import type { ReasonCode } from './codes.js';

export type CheckStatus = 'pass' | 'fail' | 'skipped';

/** One check, as a person and a script read it: which field, expected, found, how to fix. */
export type Check = {
  readonly id: string;
  readonly status: CheckStatus;
  readonly code?: ReasonCode;
  readonly message: string;
  readonly expected?: string;
  readonly actual?: string;
  readonly hint?: string;
};

export type Verdict = 'verified' | 'failed' | 'indeterminate';

/**
 * The identity the certificate states (never the predicate). For a GitHub Actions certificate
 * every value was parsed to its grammar: `host` names the GitHub host, `repository` is
 * `OWNER/REPO`, workflows are `HOST/OWNER/REPO/PATH@REF` (as the policy and the checks write
 * them), and each has its URI beside it (`...Uri`). For another issuer only the URIs are given,
 * as written.
 */
export type IdentitySummary = {
  readonly issuer?: string;
  readonly san?: string;
  readonly host?: string;
  readonly repository?: string;
  readonly repositoryUri?: string;
  readonly signerWorkflow?: string;
  readonly signerWorkflowUri?: string;
  readonly signerDigest?: string;
  readonly callerWorkflow?: string;
  readonly callerWorkflowUri?: string;
  readonly sourceRef?: string;
  readonly sourceDigest?: string;
  readonly repositoryId?: string;
  readonly ownerId?: string;
  readonly runnerEnvironment?: string;
  readonly trigger?: string;
  readonly runInvocation?: string;
  readonly visibility?: string;
};

export type AttestationResult = {
  /** Where it came from: `file`, `file:line` or `file#n`. */
  readonly origin: string;
  readonly verdict: Verdict;
  readonly checks: readonly Check[];
  readonly identity?: IdentitySummary;
  readonly predicateType?: string;
  readonly buildType?: string;
  /** The builder as verified: the certificate's signer or runner, or a trusted delegator's builder. */
  readonly builderId?: string;
  /** The predicate's own builder.id, when it is not the verified one (workflow-written: a claim). */
  readonly claimedBuilderId?: string;
  readonly trustRoot?: string;
  readonly signedTimes?: readonly { readonly source: string; readonly time: string }[];
  readonly logEntries?: readonly {
    readonly logIndex: string;
    readonly logId: string;
    readonly kind: string;
  }[];
  readonly warnings: readonly string[];
};

export type ArtifactResult = {
  readonly name: string;
  readonly digests: Readonly<Record<string, string>>;
  readonly verdict: Verdict;
  readonly attestations: readonly AttestationResult[];
  /** deps only: the lockfile entry this artifact is and what the policy made of it. */
  readonly package?: PackageReport;
};

/** What the deps policy decided for one package version (`verdict` stays what verification found). */
export type PackageOutcome =
  'verified' | 'failed' | 'indeterminate' | 'warned' | 'excepted' | 'not-from-registry';

export type PackageReport = {
  readonly ecosystem: 'npm' | 'pypi';
  readonly name: string;
  readonly version?: string;
  /** registry, workspace, file, link, directory, git, tarball, patch. */
  readonly source: string;
  readonly outcome: PackageOutcome;
  /** none < provenance < trusted-publisher, as verified (never as merely claimed). */
  readonly trustLevel?: string;
  /** Where the expected identity came from: the policy file, the pin file, or this first use. */
  readonly identityFrom?: 'policy' | 'pin' | 'first-use';
  /** Every lockfile line that declares it (an alias names the installed name). */
  readonly locations: readonly {
    readonly file: string;
    readonly line: number;
    readonly alias?: string;
  }[];
  /** The lockfile, identity, pin, no-downgrade, trust level and exception checks. */
  readonly checks: readonly Check[];
  /** The verification came from the cache (no attestation was fetched). */
  readonly cached?: boolean;
};

/**
 * What a renderer shows as found: the value, or `(not recorded)` for a failed comparison whose
 * value the evidence does not carry (the JSON leaves `actual` out then).
 */
export function foundText(check: Check): string | undefined {
  if (check.actual !== undefined) return check.actual;
  return check.status === 'fail' && check.expected !== undefined ? '(not recorded)' : undefined;
}

export function failedCodes(checks: readonly Check[]): ReasonCode[] {
  return checks.flatMap((c) => (c.status === 'fail' && c.code !== undefined ? [c.code] : []));
}

export function pass(id: string, message: string, expected?: string, actual?: string): Check {
  return {
    id,
    status: 'pass',
    message,
    ...(expected === undefined ? {} : { expected }),
    ...(actual === undefined ? {} : { actual }),
  };
}

export function fail(
  id: string,
  code: ReasonCode,
  message: string,
  detail: {
    expected?: string | undefined;
    actual?: string | undefined;
    hint?: string | undefined;
  } = {},
): Check {
  const check: { -readonly [K in keyof Check]: Check[K] } = { id, status: 'fail', code, message };
  if (detail.expected !== undefined) check.expected = detail.expected;
  if (detail.actual !== undefined) check.actual = detail.actual;
  if (detail.hint !== undefined) check.hint = detail.hint;
  return check;
}

export function skipped(id: string, message: string): Check {
  return { id, status: 'skipped', message };
}

/** An artifact a source found nothing for: failed, with one NO_ATTESTATION check saying why. */
export function missingAttestation(
  artifact: { readonly name: string; readonly digests: Readonly<Record<string, string>> },
  origin: string,
  message: string,
  hint: string,
): ArtifactResult {
  return {
    ...artifact,
    verdict: 'failed',
    attestations: [
      {
        origin,
        verdict: 'failed',
        checks: [fail('bundle', 'NO_ATTESTATION', message, { hint })],
        warnings: [],
      },
    ],
  };
}
