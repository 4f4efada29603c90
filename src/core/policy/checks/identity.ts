import { effectiveIssuer } from '../../identity/certificate-identity.js';
import { formatRepo, sameName, sameRepo } from '../../github/names.js';
import { fail, pass, skipped, type Check } from '../../result.js';
import type { CheckContext } from '../context.js';

export function checkIssuer({ policy, cert }: CheckContext): Check {
  const actual = effectiveIssuer(cert);
  if (actual === policy.issuer) return pass('issuer', 'OIDC issuer matches', policy.issuer, actual);
  const enterprise = actual?.startsWith(`${policy.issuer}/`) === true;
  return fail('issuer', 'ID_ISSUER', 'OIDC issuer (certificate 1.3.6.1.4.1.57264.1.8) differs', {
    expected: policy.issuer,
    actual,
    hint: enterprise
      ? `this looks like a GitHub Enterprise issuer; if you trust it pass --cert-oidc-issuer ${actual}`
      : 'pass --cert-oidc-issuer with the issuer you trust',
  });
}

export function checkCertIdentity({ policy, cert }: CheckContext): Check {
  if (policy.certIdentity === undefined)
    return skipped('cert-identity', 'no exact certificate identity asked for');
  const actual = cert.san?.value;
  if (actual === policy.certIdentity)
    return pass(
      'cert-identity',
      'certificate identity (SAN) matches exactly',
      policy.certIdentity,
      actual,
    );
  return fail(
    'cert-identity',
    'ID_SAN',
    `certificate identity (SAN${cert.san === undefined ? '' : `, ${cert.san.kind}`}) differs (compared exactly, no patterns)`,
    { expected: policy.certIdentity, actual },
  );
}

export function checkSourceRepo(ctx: CheckContext): Check {
  const { policy, cert } = ctx;
  const expected = policy.sourceRepo;
  if (expected === undefined) return skipped('source-repo', 'no source repository asked for');
  const github = cert.github;
  const actual = github?.host === policy.githubHost ? github.sourceRepo : undefined;
  if (actual !== undefined && sameRepo(actual, expected)) {
    return pass(
      'source-repo',
      'source repository matches',
      formatRepo(expected),
      formatRepo(actual),
    );
  }
  return fail(
    'source-repo',
    'ID_REPO',
    withWhy('source repository (certificate 1.3.6.1.4.1.57264.1.12) differs', ctx),
    {
      expected: formatRepo(expected),
      // OWNER/REPO when the certificate is GitHub's on the policy's host; the URI as written otherwise.
      actual:
        actual === undefined
          ? (cert.sourceRepositoryUri ?? cert.legacy.repository)
          : formatRepo(actual),
      hint: 'the certificate names the repository whose workflow run signed; a renamed or transferred repository keeps its id (--repo-id) but not its name',
    },
  );
}

export function checkOwner(ctx: CheckContext): Check {
  const { policy, cert } = ctx;
  const expected = policy.owner ?? policy.sourceRepo?.owner;
  if (expected === undefined) return skipped('owner', 'no owner asked for');
  const github = cert.github;
  const actual = github?.host === policy.githubHost ? github.owner : undefined;
  if (actual !== undefined && sameName(actual, expected))
    return pass('owner', 'repository owner matches', expected, actual);
  return fail(
    'owner',
    'ID_OWNER',
    withWhy('source repository owner (certificate 1.3.6.1.4.1.57264.1.16) differs', ctx),
    {
      expected,
      actual: actual ?? cert.sourceRepositoryOwnerUri ?? cert.github?.sourceRepo?.owner,
    },
  );
}

export function checkRepositoryIds({ policy, cert }: CheckContext): Check[] {
  const checks: Check[] = [];
  const pairs = [
    ['repository-id', policy.repositoryId, cert.sourceRepositoryId, '1.15'],
    ['owner-id', policy.ownerId, cert.sourceRepositoryOwnerId, '1.17'],
  ] as const;
  for (const [id, expected, actual, oid] of pairs) {
    if (expected === undefined) continue;
    checks.push(
      actual === expected
        ? pass(id, `${id} matches`, expected, actual)
        : fail(id, 'ID_REPO_ID', `${id} (certificate 1.3.6.1.4.1.57264.${oid}) differs`, {
            expected,
            actual,
            hint: 'numeric ids survive renames and stop a re-created repository of the same name',
          }),
    );
  }
  return checks;
}

/** The message, with why the certificate has no GitHub identity on the policy's host when so. */
function withWhy(message: string, { policy, cert }: CheckContext): string {
  if (cert.github === undefined)
    return `${message}: not a GitHub Actions certificate (issuer ${effectiveIssuer(cert) ?? 'not recorded'})`;
  if (cert.github.host !== policy.githubHost)
    return `${message}: a certificate of ${cert.github.host}, not ${policy.githubHost}`;
  return message;
}
