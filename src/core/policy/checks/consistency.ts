import {
  effectiveCommit,
  effectiveRef,
  effectiveRepoPath,
  effectiveTrigger,
} from '../../identity/certificate-identity.js';
import { parseWorkflowUri, sameName } from '../../github/names.js';
import { RUNNER_BUILDER_IDS } from '../../provenance/build-types.js';
import type { FactField } from '../../provenance/claims.js';
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
          `predicate ${fact.at} disagrees with the certificate ${fact.field}`,
          {
            expected: `${certValue} (certificate)`,
            actual: `${fact.value} (predicate)`,
            hint: 'the predicate is written by the build; the certificate is authoritative',
          },
        ),
      );
    }
  }
  const builder = checkBuilderClaim(ctx);
  if (builder !== undefined) checks.push(builder);
  if (checks.length === 0)
    checks.push(
      pass(
        'provenance',
        `predicate agrees with the certificate (${claims.facts.length} facts compared)`,
      ),
    );
  return checks;
}

function certificateFacts(ctx: CheckContext): Partial<Record<FactField, string>> {
  const c = ctx.cert;
  return {
    repository: effectiveRepoPath(c),
    ref: effectiveRef(c),
    commit: effectiveCommit(c),
    workflowPath: parseWorkflowUri(c.buildConfigUri)?.path,
    trigger: effectiveTrigger(c),
    repositoryId: c.sourceRepositoryId,
    ownerId: c.sourceRepositoryOwnerId,
    runnerEnvironment: c.runnerEnvironment,
  };
}

function agrees(field: FactField, claimed: string, cert: string): boolean {
  switch (field) {
    case 'repository': {
      const [a1, a2] = claimed.split('/');
      const [b1, b2] = cert.split('/');
      return (
        a1 !== undefined &&
        a2 !== undefined &&
        b1 !== undefined &&
        b2 !== undefined &&
        sameName(a1, b1) &&
        sameName(a2, b2)
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
    'predicate builder id is not the workflow that signed',
    {
      expected: `${san} (certificate SAN)`,
      actual: `${claims.builderId} (predicate)`,
    },
  );
}
