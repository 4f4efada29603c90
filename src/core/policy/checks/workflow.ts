import {
  formatRepo,
  formatWorkflow,
  GITHUB_HOST,
  parseWorkflowUri,
  sameName,
  sameRepo,
  type RepoName,
  type WorkflowRef,
} from '../../github/names.js';
import { isStrictReleaseRef } from '../../github/refs.js';
import {
  DELEGATOR_WORKFLOWS,
  GENERATOR_REPO,
  RUNNER_BUILDER_IDS,
  TRUSTED_GENERATOR_WORKFLOWS,
} from '../../provenance/build-types.js';
import { fail, pass, skipped, type Check } from '../../result.js';
import type { CheckContext } from '../context.js';
import type { Policy } from '../policy.js';

const GENERATOR_WORKFLOW_PREFIX =
  'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/';

/** The signer workflow: the certificate SAN (= Build Signer URI, 1.9), read strictly. */
export function signerOf(ctx: CheckContext): WorkflowRef | undefined {
  return onPolicyHost(ctx)?.signer;
}

/** The caller (top-level) workflow: Build Config URI, 1.18, read strictly. */
export function callerOf(ctx: CheckContext): WorkflowRef | undefined {
  return onPolicyHost(ctx)?.caller;
}

function onPolicyHost(ctx: CheckContext): CheckContext['cert']['github'] {
  const github = ctx.cert.github;
  return github?.host === ctx.policy.githubHost ? github : undefined;
}

/** A builder id of slsa-github-generator or another github.com builder, read strictly. */
function builderWorkflow(id: string | undefined): WorkflowRef | undefined {
  return parseWorkflowUri(id, GITHUB_HOST);
}

export function isTrustedGenerator(signer: WorkflowRef | undefined): boolean {
  return (
    signer !== undefined &&
    signer.host === 'github.com' &&
    sameRepo(signer, GENERATOR_REPO) &&
    TRUSTED_GENERATOR_WORKFLOWS.includes(signer.path) &&
    isStrictReleaseRef(signer.ref)
  );
}

export function checkSigner(ctx: CheckContext): Check[] {
  const { policy, cert } = ctx;
  const signer = signerOf(ctx);
  const checks: Check[] = [];
  if (cert.buildSignerUri !== undefined && cert.san?.value !== cert.buildSignerUri) {
    checks.push(
      fail(
        'signer-workflow',
        'ID_CONFLICT',
        'certificate SAN and Build Signer URI (1.9) disagree',
        { expected: cert.buildSignerUri, actual: cert.san?.value },
      ),
    );
  }
  if (policy.signerWorkflow !== undefined)
    checks.push(matchSignerWorkflow(policy.signerWorkflow, signer, ctx));
  if (policy.signerRepo !== undefined) checks.push(matchSignerRepo(policy.signerRepo, signer, ctx));
  const explicit =
    policy.signerWorkflow ?? policy.signerRepo ?? policy.certIdentity ?? policy.builderId;
  if (explicit === undefined) checks.push(defaultSigner(ctx, signer));
  return checks;
}

function matchSignerWorkflow(
  expected: WorkflowRef,
  signer: WorkflowRef | undefined,
  ctx: CheckContext,
): Check {
  const ok =
    signer !== undefined &&
    signer.host === expected.host &&
    sameRepo(signer, expected) &&
    signer.path === expected.path &&
    (expected.ref === undefined || signer.ref === expected.ref);
  if (ok)
    return pass(
      'signer-workflow',
      'signer workflow matches',
      formatWorkflow(expected),
      formatWorkflow(signer),
    );
  return fail(
    'signer-workflow',
    'ID_SIGNER',
    'signer workflow (certificate SAN / Build Signer URI) differs',
    {
      expected: formatWorkflow(expected),
      actual: signer === undefined ? ctx.cert.san?.value : formatWorkflow(signer),
      hint: callerSignerHint(ctx, signer),
    },
  );
}

function matchSignerRepo(
  expected: RepoName,
  signer: WorkflowRef | undefined,
  ctx: CheckContext,
): Check {
  if (signer !== undefined && signer.host === 'github.com' && sameRepo(signer, expected)) {
    return pass(
      'signer-repo',
      'signer workflow lives in the expected repository',
      formatRepo(expected),
      formatWorkflow(signer),
    );
  }
  return fail('signer-repo', 'ID_SIGNER', 'signer workflow is not in the expected repository', {
    expected: formatRepo(expected),
    actual: signer === undefined ? ctx.cert.san?.value : formatWorkflow(signer),
    hint: callerSignerHint(ctx, signer),
  });
}

/** A github.com workflow in the policy's source repository (or, with only --owner, its owner). */
function inSourceScope(workflow: WorkflowRef | undefined, policy: Policy): workflow is WorkflowRef {
  return (
    workflow !== undefined &&
    workflow.host === 'github.com' &&
    (policy.sourceRepo !== undefined
      ? sameRepo(workflow, policy.sourceRepo)
      : policy.owner !== undefined && sameName(workflow.owner, policy.owner))
  );
}

/**
 * With only --repo / --owner: the signer must live in that repository (or owner), as gh
 * requires, or be one of the slsa-github-generator builders at a vX.Y.Z release, which
 * slsa-verifier trusts by default. Any other reusable workflow must be named explicitly.
 */
function defaultSigner(ctx: CheckContext, signer: WorkflowRef | undefined): Check {
  const { policy } = ctx;
  // The repository (or owner) whose workflows may sign, as OWNER/REPO (or OWNER).
  const expected =
    policy.sourceRepo !== undefined ? formatRepo(policy.sourceRepo) : (policy.owner ?? '');
  if (inSourceScope(signer, policy))
    return pass(
      'signer-workflow',
      'signed by a workflow of the source repository',
      expected,
      formatWorkflow(signer),
    );
  const caller = callerOf(ctx);
  if (policy.defaultSigner === 'caller' && inSourceScope(caller, policy) && signer !== undefined)
    return pass(
      'signer-workflow',
      `the Trusted Publisher (caller workflow ${formatWorkflow(caller)}) is in the source repository; any workflow it calls may sign`,
      expected,
      formatWorkflow(signer),
    );
  if (signer !== undefined && isTrustedGenerator(signer)) {
    const delegated = checkDelegatedBuilder(ctx, signer);
    if (delegated !== undefined) return delegated;
    return pass(
      'signer-workflow',
      'signed by a trusted slsa-github-generator builder at a vX.Y.Z release',
      `${expected} | ${formatRepo(GENERATOR_REPO)}`,
      formatWorkflow(signer),
    );
  }
  return fail(
    'signer-workflow',
    'ID_SIGNER',
    `signed by a workflow outside the source repository that the policy does not name (by default a workflow of ${expected} or an slsa-github-generator builder at a vX.Y.Z release may sign)`,
    {
      expected: `${expected} | ${formatRepo(GENERATOR_REPO)}`,
      actual: signer === undefined ? ctx.cert.san?.value : formatWorkflow(signer),
      hint: callerSignerHint(ctx, signer),
    },
  );
}

/** BYOB: the delegator signs, the predicate names the builder it ran for (slsa-verifier's rule). */
function checkDelegatedBuilder(
  ctx: CheckContext,
  signer: WorkflowRef | undefined,
): Check | undefined {
  if (signer === undefined || !DELEGATOR_WORKFLOWS.includes(signer.path)) return undefined;
  const inner = ctx.claims?.builderId;
  const parsed = builderWorkflow(inner);
  if (
    parsed !== undefined &&
    sameRepo(parsed, GENERATOR_REPO) &&
    parsed.path.startsWith('.github/workflows/') &&
    isStrictReleaseRef(parsed.ref)
  )
    return undefined;
  return fail(
    'signer-workflow',
    'ID_BUILDER',
    'the slsa-github-generator delegator built for a builder outside slsa-github-generator (a workflow of it at a vX.Y.Z release tag)',
    {
      expected: GENERATOR_WORKFLOW_PREFIX,
      actual: inner,
      hint: `if you trust that builder pass --builder-id ${inner?.split('@')[0] ?? 'URI'}`,
    },
  );
}

/** The reusable-workflow explanation people need: who signed, who called, which flag to add. */
function callerSignerHint(ctx: CheckContext, signer: WorkflowRef | undefined): string | undefined {
  if (signer === undefined) return undefined;
  const caller = callerOf(ctx);
  const reusable =
    caller !== undefined && (caller.path !== signer.path || !sameRepo(caller, signer));
  const who = `signed by ${reusable ? 'reusable workflow' : 'workflow'} ${formatWorkflow(signer)}`;
  const called = reusable ? `, called from ${formatWorkflow(caller)}` : '';
  return `${who}${called}; if you trust it, add --signer-workflow ${signer.owner}/${signer.repo}/${signer.path} (or --signer-repo ${signer.owner}/${signer.repo})`;
}

export function checkCaller(ctx: CheckContext): Check {
  const expected = ctx.policy.callerWorkflow;
  if (expected === undefined) return skipped('caller-workflow', 'no caller workflow asked for');
  const caller = callerOf(ctx);
  const want = `${expected.repo === undefined ? '' : `${formatRepo(expected.repo)}/`}${expected.path}${expected.ref === undefined ? '' : `@${expected.ref}`}`;
  if (caller === undefined) {
    return fail(
      'caller-workflow',
      'ID_CALLER',
      'the certificate does not record the caller workflow (Build Config URI, 1.18)',
      { expected: want },
    );
  }
  const repoOk = expected.repo === undefined || sameRepo(caller, expected.repo);
  const ok =
    repoOk &&
    caller.path === expected.path &&
    (expected.ref === undefined || caller.ref === expected.ref);
  if (ok) return pass('caller-workflow', 'caller workflow matches', want, formatWorkflow(caller));
  return fail('caller-workflow', 'ID_CALLER', 'caller workflow (Build Config URI, 1.18) differs', {
    expected: want,
    actual: formatWorkflow(caller),
    hint: 'the caller is the top-level workflow of the source repository; the signer (SAN) is the reusable workflow it called',
  });
}

export function checkBuilder(ctx: CheckContext): Check {
  const expected = ctx.policy.builderId;
  if (expected === undefined) return skipped('builder-id', 'no builder id asked for');
  const builder = effectiveBuilder(ctx);
  const want =
    expected.version === undefined ? expected.name : `${expected.name}@${expected.version}`;
  const nameOk = builder.name === expected.name;
  const versionOk =
    expected.version === undefined ||
    builder.ref === expected.version ||
    builder.ref === `refs/tags/${expected.version}`;
  const refOk = builder.ref === undefined || isStrictReleaseRef(builder.ref);
  if (nameOk && versionOk && refOk)
    return pass('builder-id', 'builder id matches', want, builder.display);
  return fail(
    'builder-id',
    'ID_BUILDER',
    refOk ? 'builder id differs' : 'builder is not at a vX.Y.Z release tag',
    {
      expected: want,
      actual: builder.display,
      hint: refOk
        ? builder.note
        : 'builders are trusted only at release tags refs/tags/vX.Y.Z, never at a branch or SHA',
    },
  );
}

type EffectiveBuilder = {
  name: string;
  ref: string | undefined;
  /** The builder id as shown: a value, or undefined when none is recorded. */
  display: string | undefined;
  note?: string;
};

/**
 * Which builder ran, as slsa-verifier decides it: the signer workflow (certificate) for
 * generators and in-repo workflows; the predicate's builder for BYOB delegators (the delegator
 * signs for it); the runner for npm CLI provenance, read from the certificate.
 */
export function effectiveBuilder(ctx: CheckContext): EffectiveBuilder {
  const signer = signerOf(ctx);
  const claimed = ctx.claims?.builderId;
  if (
    ctx.claims?.family === 'delegator' &&
    signer !== undefined &&
    DELEGATOR_WORKFLOWS.includes(signer.path) &&
    isTrustedGenerator(signer)
  ) {
    const inner = builderWorkflow(claimed);
    if (inner === undefined)
      return {
        name: '',
        ref: undefined,
        display: claimed,
        note: `delegated by ${formatWorkflow(signer)}; the predicate's builder id is ${claimed === undefined ? 'not recorded' : 'not a builder workflow URI'}`,
      };
    return {
      name: `https://${inner.host}/${inner.owner}/${inner.repo}/${inner.path}`,
      ref: inner.ref,
      display: `https://${formatWorkflow(inner)}`,
      note: `delegated by ${formatWorkflow(signer)}`,
    };
  }
  if (claimed !== undefined && RUNNER_BUILDER_IDS.includes(claimed)) {
    const env = ctx.cert.runnerEnvironment;
    const name = env === undefined ? '' : `https://github.com/actions/runner/${env}`;
    return {
      name,
      ref: undefined,
      display: env === undefined ? undefined : name,
      note: `the builder is the runner the certificate records (1.11)${env === undefined ? ', and it records none' : ''}`,
    };
  }
  if (signer === undefined)
    return {
      name: '',
      ref: undefined,
      display: ctx.cert.san?.value,
      note: 'the certificate identity is not a GitHub workflow',
    };
  return {
    name: `https://${signer.host}/${signer.owner}/${signer.repo}/${signer.path}`,
    ref: signer.ref,
    display: `https://${formatWorkflow(signer)}`,
  };
}
