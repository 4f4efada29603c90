import { policyError } from '../errors.js';
import {
  GITHUB_HOST,
  githubHostForIssuer,
  isValidOwner,
  isWorkflowPath,
  isValidRepo,
  asciiLower,
  type RepoName,
  type WorkflowRef,
} from '../github/names.js';
import { isFullRefOrSha, parseSemverTag } from '../github/refs.js';
import { SLSA_PROVENANCE_TYPES } from '../provenance/build-types.js';
import { GITHUB_ACTIONS_ISSUER, type Policy, type PolicyInput, type RefRule } from './policy.js';

/**
 * Validate and normalise a policy. Every value is a literal: nothing is ever used as a regular
 * expression. A policy that names no source identity (repo, owner or exact certificate
 * identity) is refused: "verify the signature only" is not a question this tool answers.
 */
export function parsePolicy(
  input: PolicyInput,
  options: { readonly defaultSigner?: Policy['defaultSigner'] } = {},
): Policy {
  const issuer = nonEmpty(input.certOidcIssuer, '--cert-oidc-issuer') ?? GITHUB_ACTIONS_ISSUER;
  const githubHost = githubHostForIssuer(issuer) ?? GITHUB_HOST;
  const sourceRepo =
    input.repo === undefined ? undefined : parseRepo(input.repo, '--repo', githubHost);
  const owner = input.owner === undefined ? undefined : parseOwner(input.owner);
  const certIdentity = nonEmpty(input.certIdentity, '--cert-identity');
  if (sourceRepo === undefined && owner === undefined && certIdentity === undefined) {
    throw policyError(
      'the policy names no source identity',
      'give --repo OWNER/REPO (or --owner OWNER, or --cert-identity SAN) so a signature from anyone else is rejected',
    );
  }
  if (
    sourceRepo !== undefined &&
    owner !== undefined &&
    asciiLower(sourceRepo.owner) !== asciiLower(owner)
  ) {
    throw policyError(`--owner ${owner} contradicts --repo ${sourceRepo.owner}/${sourceRepo.repo}`);
  }
  return {
    issuer,
    githubHost,
    sourceRepo,
    owner,
    certIdentity,
    signerWorkflow:
      input.signerWorkflow === undefined
        ? undefined
        : parseSignerWorkflow(input.signerWorkflow, githubHost),
    signerRepo:
      input.signerRepo === undefined
        ? undefined
        : parseRepo(input.signerRepo, '--signer-repo', githubHost),
    callerWorkflow:
      input.callerWorkflow === undefined
        ? undefined
        : parseCallerWorkflow(input.callerWorkflow, githubHost),
    refRules: parseRefRules(input),
    sourceDigest: input.sourceDigest === undefined ? undefined : parseCommit(input.sourceDigest),
    builderId: input.builderId === undefined ? undefined : parseBuilderId(input.builderId),
    workflowInputs: (input.workflowInputs ?? []).map(parseInput),
    triggers:
      input.triggers === undefined || input.triggers.length === 0
        ? undefined
        : input.triggers.map(parseTrigger),
    allowSelfHostedRunners: input.allowSelfHostedRunners ?? false,
    allowUnrecordedRunner: input.allowUnrecordedRunner ?? false,
    repositoryId:
      input.repoId === undefined ? undefined : parseNumericId(input.repoId, '--repo-id'),
    ownerId: input.ownerId === undefined ? undefined : parseNumericId(input.ownerId, '--owner-id'),
    subjectName: nonEmpty(input.subjectName, '--subject-name'),
    predicateTypes: parsePredicateType(input.predicateType),
    defaultSigner: options.defaultSigner ?? 'repo',
  };
}

/**
 * `owner/repo`, `HOST/owner/repo`, `https://HOST/owner/repo` (HOST: github.com, or the GHE.com
 * tenant of the issuer), with at most one trailing `.git` and one trailing `/`, optionally
 * prefixed `git+`. Anything else is refused.
 */
export function parseRepo(value: string, flag: string, host: string = GITHUB_HOST): RepoName {
  let v = value;
  if (v.startsWith('git+')) v = v.slice(4);
  if (v.startsWith('https://')) v = v.slice('https://'.length);
  else if (v.includes('://'))
    throw policyError(`${flag} ${value}: only https GitHub URLs are accepted`);
  if (v.endsWith('/')) v = v.slice(0, -1);
  if (v.endsWith('.git')) v = v.slice(0, -4);
  const parts = v.split('/');
  if (parts.length === 3) {
    if (asciiLower(parts[0] ?? '') !== host)
      throw policyError(`${flag} ${value}: host must be ${host}`);
    parts.shift();
  }
  const [owner, repo] = parts;
  if (
    parts.length !== 2 ||
    owner === undefined ||
    repo === undefined ||
    !isValidOwner(owner) ||
    !isValidRepo(repo)
  ) {
    throw policyError(
      `${flag} ${JSON.stringify(value)} is not OWNER/REPO`,
      'for example --repo acme/app',
    );
  }
  return { owner, repo };
}

function parseOwner(value: string): string {
  if (!isValidOwner(value))
    throw policyError(`--owner ${JSON.stringify(value)} is not a GitHub owner name`);
  return value;
}

/** `[HOST/]OWNER/REPO/PATH[@REF]`; REF, when given, is a full ref or a commit SHA. */
export function parseSignerWorkflow(value: string, githubHost: string = GITHUB_HOST): WorkflowRef {
  let v = value.startsWith('https://') ? value.slice('https://'.length) : value;
  const at = v.indexOf('@');
  const ref = at >= 0 ? v.slice(at + 1) : undefined;
  if (at >= 0) v = v.slice(0, at);
  const parts = v.split('/');
  let host = GITHUB_HOST;
  if (parts[0]?.includes('.')) host = asciiLower(parts.shift() ?? '');
  const [owner, repo, ...rest] = parts;
  const path = rest.join('/');
  if (
    owner === undefined ||
    repo === undefined ||
    !isValidOwner(owner) ||
    !isValidRepo(repo) ||
    !isSafePath(path)
  ) {
    throw policyError(
      `--signer-workflow ${JSON.stringify(value)} is not [HOST/]OWNER/REPO/PATH[@REF]`,
      'for example --signer-workflow acme/shared/.github/workflows/build.yml@refs/tags/v1.0.0',
    );
  }
  if (host !== githubHost) throw policyError(`--signer-workflow host must be ${githubHost}`);
  if (ref !== undefined && !isFullRefOrSha(ref)) {
    throw policyError(
      `--signer-workflow ref "${ref}" must be a full ref or a commit SHA`,
      `use @refs/tags/${ref} or @refs/heads/${ref}`,
    );
  }
  return { host, owner, repo, path, ref };
}

/** `.github/workflows/x.yml` (in the source repository) or `OWNER/REPO/PATH[@REF]`. */
function parseCallerWorkflow(value: string, host: string): NonNullable<Policy['callerWorkflow']> {
  if (value.startsWith('.github/')) {
    if (!isSafePath(value))
      throw policyError(`--caller-workflow ${JSON.stringify(value)} is not a workflow path`);
    return { repo: undefined, path: value, ref: undefined };
  }
  const w = parseSignerWorkflow(value, host);
  return { repo: { owner: w.owner, repo: w.repo }, path: w.path, ref: w.ref };
}

function isSafePath(path: string): boolean {
  return path.length > 0 && isWorkflowPath(path);
}

function parseRefRules(input: PolicyInput): RefRule[] {
  const rules: RefRule[] = [];
  if (input.sourceRef !== undefined) {
    if (!input.sourceRef.startsWith('refs/')) {
      throw policyError(
        `--source-ref ${JSON.stringify(input.sourceRef)} is not a full ref`,
        'use refs/tags/NAME or refs/heads/NAME, or --source-tag / --source-branch',
      );
    }
    rules.push({ kind: 'ref', ref: input.sourceRef });
  }
  if (input.sourceBranch !== undefined)
    rules.push({ kind: 'branch', name: shortRef(input.sourceBranch, '--source-branch') });
  if (input.sourceTag !== undefined && input.sourceVersionedTag !== undefined) {
    throw policyError('--source-tag and --source-versioned-tag cannot be combined');
  }
  if (input.sourceTag !== undefined)
    rules.push({ kind: 'tag', name: shortRef(input.sourceTag, '--source-tag') });
  if (input.sourceVersionedTag !== undefined) {
    const semver = parseSemverTag(input.sourceVersionedTag);
    if (semver === undefined) {
      throw policyError(
        `--source-versioned-tag ${JSON.stringify(input.sourceVersionedTag)} is not vMAJOR[.MINOR[.PATCH]]`,
      );
    }
    rules.push({ kind: 'versioned-tag', tag: input.sourceVersionedTag, semver });
  }
  return rules;
}

function shortRef(value: string, flag: string): string {
  if (value.length === 0 || value.startsWith('refs/') || /\s/.test(value)) {
    throw policyError(
      `${flag} takes a short name such as main or v1.2.3, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

function parseCommit(value: string): string {
  if (!/^[0-9a-fA-F]{40}$|^[0-9a-fA-F]{64}$/.test(value)) {
    throw policyError(`--source-digest ${JSON.stringify(value)} is not a full commit SHA`);
  }
  return value.toLowerCase();
}

/** `NAME[@VERSION]`: at most one `@`. */
function parseBuilderId(value: string): NonNullable<Policy['builderId']> {
  const parts = value.split('@');
  const name = parts[0];
  if (parts.length > 2 || name === undefined || !name.startsWith('https://')) {
    throw policyError(
      `--builder-id ${JSON.stringify(value)} is not an https URI with an optional @VERSION`,
    );
  }
  return { name, version: parts[1] };
}

function parseInput(value: string): readonly [string, string] {
  const eq = value.indexOf('=');
  if (eq <= 0) throw policyError(`--workflow-input ${JSON.stringify(value)} is not KEY=VALUE`);
  return [value.slice(0, eq), value.slice(eq + 1)];
}

function parseTrigger(value: string): string {
  if (!/^[a-z_]+$/.test(value))
    throw policyError(`--trigger ${JSON.stringify(value)} is not a GitHub event name`);
  return value;
}

function parseNumericId(value: string, flag: string): string {
  if (!/^[1-9]\d*$/.test(value))
    throw policyError(`${flag} ${JSON.stringify(value)} is not a numeric id`);
  return value;
}

function parsePredicateType(value: string | undefined): Policy['predicateTypes'] {
  if (value === undefined) return SLSA_PROVENANCE_TYPES;
  if (value === 'any') return 'any';
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(value))
    throw policyError(`--predicate-type ${JSON.stringify(value)} is not a URI or "any"`);
  return [value];
}

function nonEmpty(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (value.length === 0) throw policyError(`${flag} is empty`);
  return value;
}
