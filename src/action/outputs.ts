import { formatWorkflow, parseWorkflowUri } from '../core/github/names.js';
import type { VerificationResult } from '../core/report.js';
import type { AttestationResult } from '../core/result.js';

export const ACTION_OUTPUTS = [
  'verified',
  'result-path',
  'failed-checks',
  'source-repo',
  'source-ref',
  'source-digest',
  'signer-workflow',
  'builder-id',
] as const;

export type ActionOutputs = Record<(typeof ACTION_OUTPUTS)[number], string>;

/**
 * Outputs of one run. Every name is always written, so no stale or missing value can read as
 * a pass: `verified` is `true` only for a full accept, and the identity outputs are set only
 * then (from the attestation that verified each artifact; distinct values comma-separated),
 * and only from a GitHub identity parsed to its grammar (never a raw or predicate value).
 * They may still hold characters a shell treats specially (a branch name): pass them to
 * scripts through `env:`, never inline in `run:`.
 */
export function actionOutputs(
  result: VerificationResult | undefined,
  resultPath: string,
): ActionOutputs {
  const accepted = result !== undefined && result.verdict === 'verified' && result.exitCode === 0;
  // A lockfile's hundreds of packages have no one identity: those outputs stay empty for deps.
  const winners =
    accepted && result.deps === undefined
      ? result.artifacts.flatMap((a) =>
          a.attestations
            .filter((t) => t.verdict === 'verified' && t.identity?.host !== undefined)
            .slice(0, 1),
        )
      : [];
  const distinct = (pick: (a: AttestationResult) => string | undefined): string =>
    [...new Set(winners.map(pick).filter((v): v is string => v !== undefined && v !== ''))].join(
      ',',
    );
  return {
    verified: accepted ? 'true' : 'false',
    'result-path': resultPath,
    'failed-checks': result === undefined ? 'INTERNAL' : result.failedChecks.join(','),
    'source-repo': distinct((a) => a.identity?.repository),
    'source-ref': distinct((a) => a.identity?.sourceRef),
    'source-digest': distinct((a) => a.identity?.sourceDigest),
    'signer-workflow': distinct((a) => {
      const host = a.identity?.host;
      const parsed =
        host === undefined
          ? undefined
          : parseWorkflowUri(a.identity?.signerWorkflowUri, host, { refRequired: true });
      return parsed && formatWorkflow(parsed);
    }),
    'builder-id': distinct((a) => a.builderId),
  };
}
