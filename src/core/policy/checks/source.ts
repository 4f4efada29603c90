import {
  effectiveCommit,
  effectiveRef,
  effectiveTrigger,
  isWorkflowIdentity,
} from '../../identity/certificate-identity.js';
import { branchOf, matchesVersionedTag, tagOf } from '../../github/refs.js';
import { fail, pass, skipped, type Check } from '../../result.js';
import type { CheckContext } from '../context.js';
import type { RefRule } from '../policy.js';
import { isTrustedGenerator, signerOf } from './workflow.js';

export function checkRefs({ policy, cert }: CheckContext): Check[] {
  const ref = effectiveRef(cert);
  return policy.refRules.map((rule) => {
    const [ok, expected] = matchRef(rule, ref);
    const semver = rule.kind === 'versioned-tag' ? ' (a semver-compatible tag)' : '';
    if (ok) return pass('source-ref', `source ref matches${semver}`, expected, ref);
    const trigger = effectiveTrigger(cert);
    const message = `source ref (certificate 1.3.6.1.4.1.57264.1.14) differs${semver}`;
    return fail('source-ref', 'ID_REF', message, {
      expected,
      actual: ref,
      hint: refHint(rule, ref, trigger),
    });
  });
}

function matchRef(rule: RefRule, ref: string | undefined): [boolean, string] {
  switch (rule.kind) {
    case 'ref':
      return [ref === rule.ref, rule.ref];
    case 'branch':
      return [branchOf(ref) === rule.name, `refs/heads/${rule.name}`];
    case 'tag':
      return [tagOf(ref) === rule.name, `refs/tags/${rule.name}`];
    case 'versioned-tag': {
      const tag = tagOf(ref);
      return [tag !== undefined && matchesVersionedTag(rule.semver, tag), `refs/tags/${rule.tag}`];
    }
  }
}

function refHint(
  rule: RefRule,
  ref: string | undefined,
  trigger: string | undefined,
): string | undefined {
  if ((rule.kind === 'tag' || rule.kind === 'versioned-tag') && branchOf(ref) !== undefined) {
    return `this was built from a branch${trigger ? ` (${trigger})` : ''}, not a tag; a tag policy only accepts tag builds`;
  }
  if (rule.kind === 'branch' && tagOf(ref) !== undefined) {
    return 'this was built from a tag, so it has no branch; use --source-tag or --source-versioned-tag';
  }
  return undefined;
}

export function checkCommit({ policy, cert }: CheckContext): Check {
  if (policy.sourceDigest === undefined)
    return skipped('source-digest', 'no source commit asked for');
  const actual = effectiveCommit(cert);
  if (actual?.toLowerCase() === policy.sourceDigest)
    return pass('source-digest', 'source commit matches', policy.sourceDigest, actual);
  return fail(
    'source-digest',
    'ID_COMMIT',
    'source commit (certificate 1.3.6.1.4.1.57264.1.13) differs',
    {
      expected: policy.sourceDigest,
      actual,
    },
  );
}

export function checkTrigger({ policy, cert }: CheckContext): Check {
  if (policy.triggers === undefined) return skipped('trigger', 'no trigger allowlist given');
  const actual = effectiveTrigger(cert);
  if (actual !== undefined && policy.triggers.includes(actual))
    return pass('trigger', 'trigger event allowed', policy.triggers.join(' | '), actual);
  return fail(
    'trigger',
    'ID_TRIGGER',
    'trigger event (certificate 1.3.6.1.4.1.57264.1.20) is not allowed',
    {
      expected: policy.triggers.join(' | '),
      actual,
      hint:
        actual === 'pull_request_target'
          ? 'pull_request_target runs with the base repository identity on behalf of a pull request'
          : undefined,
    },
  );
}

export function checkRunner(ctx: CheckContext): Check {
  const { policy, cert } = ctx;
  if (!isWorkflowIdentity(cert))
    return skipped('runner', 'not a CI workflow identity: no runner to check');
  const actual = cert.runnerEnvironment;
  if (actual === 'github-hosted')
    return pass('runner', 'built on a GitHub-hosted runner', 'github-hosted', actual);
  if (policy.allowSelfHostedRunners) {
    return pass('runner', 'any runner allowed (--allow-self-hosted-runners)', 'any', actual);
  }
  if (actual === undefined && isTrustedGenerator(signerOf(ctx))) {
    return pass(
      'runner',
      'slsa-github-generator builders run their build jobs on GitHub-hosted runners',
      'github-hosted',
    );
  }
  if (actual === undefined && policy.allowUnrecordedRunner) {
    return pass(
      'runner',
      'the certificate does not record its runner (issued before late 2023); accepted (--allow-unrecorded-runner)',
      'github-hosted',
    );
  }
  if (actual === undefined) {
    return fail(
      'runner',
      'ID_RUNNER',
      'the certificate does not record the runner environment (certificates issued before late 2023): the build cannot be shown to have run on a GitHub-hosted runner',
      {
        expected: 'github-hosted',
        hint: 'pass --allow-unrecorded-runner to accept a certificate that predates the runner field (self-hosted runners stay refused where the field is present)',
      },
    );
  }
  return fail(
    'runner',
    'ID_RUNNER',
    'runner environment (certificate 1.3.6.1.4.1.57264.1.11) is not GitHub-hosted',
    {
      expected: 'github-hosted',
      actual,
      hint: "self-hosted runners are outside GitHub's isolation; pass --allow-self-hosted-runners only if you trust them",
    },
  );
}

export function checkInputs({ policy, claims }: CheckContext): Check[] {
  return policy.workflowInputs.map(([key, expected]) => {
    const value = claims?.inputs?.[key];
    const actual =
      value === undefined ? undefined : typeof value === 'string' ? value : JSON.stringify(value);
    if (actual === expected)
      return pass(
        'workflow-input',
        `workflow input ${key} matches`,
        `${key}=${expected}`,
        `${key}=${actual}`,
      );
    const why =
      actual !== undefined
        ? 'differs'
        : claims?.inputs === undefined
          ? 'is not recorded: the provenance records no inputs'
          : 'is not recorded';
    return fail('workflow-input', 'ID_INPUTS', `workflow input ${key} ${why}`, {
      expected: `${key}=${expected}`,
      actual: actual === undefined ? undefined : `${key}=${actual}`,
    });
  });
}
