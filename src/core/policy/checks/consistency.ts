import {
  effectiveCommit,
  effectiveRef,
  effectiveTrigger,
} from '../../identity/certificate-identity.js';
import { formatRepo, sameName } from '../../github/names.js';
import { RUNNER_BUILDER_IDS } from '../../provenance/build-types.js';
import type { FactField, SourceClaim } from '../../provenance/claims.js';
import { fail, pass, skipped, type Check } from '../../result.js';
import type { CheckContext } from '../context.js';

/**
 * The predicate is written by the workflow; the certificate by Fulcio from GitHub's token.
 * Wherever both state a fact they must agree, so a forged predicate cannot tell a different story.
 */
export function checkConsistency(ctx: CheckContext): Check[] {
  const claims = ctx.claims;
  if (claims === undefined)
    return [skipped('provenance', 'no SLSA provenance to compare with the certificate')];
  const certFacts = certificateFacts(ctx);
  const checks: Check[] = [];
  for (const fact of claims.facts) {
    const certValue = certFacts[fact.field];
    if (certValue === undefined) continue;
    if (!agrees(fact.field, fact.value, certValue)) {
      checks.push(
        fail(
          'provenance',
          'PROVENANCE_MISMATCH',
          `predicate ${fact.at} disagrees with the certificate ${fact.field} (expected: the certificate's; found: the predicate's)`,
          {
            expected: certValue,
            actual: fact.value,
            hint: 'the predicate is written by the build; the certificate is authoritative',
          },
        ),
      );
    }
  }
  checks.push(...checkSources(ctx));
  const builder = checkBuilderClaim(ctx);
  if (builder !== undefined) checks.push(builder);
  if (checks.length === 0)
    checks.push(
      pass(
        'provenance',
        `predicate agrees with the certificate (${counted(claims.facts.length, 'fact')} and ${counted(claims.sources.length, 'source')} compared)`,
      ),
    );
  return checks;
}

function certificateFacts(ctx: CheckContext): Partial<Record<FactField, string>> {
  const c = ctx.cert;
  const repo = c.github?.sourceRepo;
  return {
    repository: repo && `${c.github?.host ?? ''}/${formatRepo(repo)}`,
    repositoryPath: repo && formatRepo(repo),
    ref: effectiveRef(c),
    commit: effectiveCommit(c),
    workflowPath: c.github?.caller?.path,
    trigger: effectiveTrigger(c),
    repositoryId: c.sourceRepositoryId,
    ownerId: c.sourceRepositoryOwnerId,
    runnerEnvironment: c.runnerEnvironment,
  };
}

function agrees(field: FactField, claimed: string, cert: string): boolean {
  switch (field) {
    case 'repository':
    case 'repositoryPath': {
      // Hosts compare exactly, owner and repository names ASCII case-insensitively.
      const a = claimed.split('/');
      const b = cert.split('/');
      return (
        a.length === b.length &&
        a.every((part, i) =>
          i === 0 && field === 'repository' ? part === b[i] : sameName(part, b[i] ?? ''),
        )
      );
    }
    case 'commit':
      return claimed.toLowerCase() === cert.toLowerCase();
    case 'ref':
    case 'workflowPath':
    case 'trigger':
    case 'repositoryId':
    case 'ownerId':
    case 'runnerEnvironment':
      return claimed === cert;
  }
}

/**
 * Every git source the predicate names is the certificate's source repository (at its ref and
 * commit, where the predicate gives them), or the signer workflow's own repository at the
 * signer's ref and commit (a builder listing its own code, as slsa-github-generator's
 * delegators do). Anything else is a source the certificate does not vouch for.
 */
function checkSources(ctx: CheckContext): Check[] {
  const github = ctx.cert.github;
  const sources = ctx.claims?.sources ?? [];
  if (github === undefined) return [];
  const repo = github.sourceRepo;
  const signer = github.signer;
  const source = repo && {
    repository: `${github.host}/${formatRepo(repo)}`,
    ref: effectiveRef(ctx.cert),
    commit: effectiveCommit(ctx.cert),
  };
  const builder = signer && {
    repository: `${signer.host}/${formatRepo(signer)}`,
    ref: signer.ref,
    commit: ctx.cert.buildSignerDigest,
  };
  return sources.flatMap((claim) => {
    if ([source, builder].some((known) => known !== undefined && sameSource(claim, known)))
      return [];
    // HOST/OWNER/REPO@REF: the certificate's source, or the signer's own code (a reusable workflow).
    const describe = (k: { repository: string; ref?: string | undefined }): string =>
      `${k.repository}${k.ref === undefined ? '' : `@${k.ref}`}`;
    const known = [
      ...new Set([source, builder].flatMap((k) => (k === undefined ? [] : [describe(k)]))),
    ];
    return [
      fail(
        'provenance',
        'PROVENANCE_MISMATCH',
        `predicate ${claim.at} names a source the certificate does not${claim.commit === undefined ? '' : ` (commit ${claim.commit})`}; expected the certificate's source repository or the signer's own`,
        {
          expected: known.join(' | ') || undefined,
          actual: describe(claim),
          hint: 'every git source in resolvedDependencies / materials must be the repository the certificate names',
        },
      ),
    ];
  });
}

function sameSource(
  claim: SourceClaim,
  known: { repository: string; ref: string | undefined; commit: string | undefined },
): boolean {
  return (
    agrees('repository', claim.repository, known.repository) &&
    (claim.ref === undefined || claim.ref === known.ref) &&
    (claim.commit === undefined ||
      (known.commit !== undefined && claim.commit.toLowerCase() === known.commit.toLowerCase()))
  );
}

/** Generators and in-repo workflows: the predicate builder must be the signer itself. */
function checkBuilderClaim(ctx: CheckContext): Check | undefined {
  const claims = ctx.claims;
  const san = ctx.cert.san?.kind === 'uri' ? ctx.cert.san.value : undefined;
  if (
    claims === undefined ||
    san === undefined ||
    claims.family === 'delegator' ||
    claims.family === 'npm'
  )
    return undefined;
  if (RUNNER_BUILDER_IDS.includes(claims.builderId)) {
    const runner = claims.builderId.split('/').pop();
    const env = ctx.cert.runnerEnvironment;
    if (env === undefined || runner === 'runner' || runner === env) return undefined;
    return fail(
      'provenance',
      'PROVENANCE_MISMATCH',
      'predicate builder id names another runner than the certificate',
      { expected: env, actual: claims.builderId },
    );
  }
  if (claims.builderId === san) return undefined;
  return fail(
    'provenance',
    'PROVENANCE_MISMATCH',
    'predicate builder id is not the workflow that signed (the certificate SAN)',
    {
      expected: san,
      actual: claims.builderId,
    },
  );
}

function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
