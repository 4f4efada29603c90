import { VerifyError } from '../errors.js';
import {
  formatRepo,
  isValidOwner,
  isValidRepo,
  isWorkflowPath,
  parseRepoPath,
} from '../github/names.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../json/strict-json.js';
import type { Statement } from '../statement/statement.js';
import {
  DELEGATOR_BUILD_TYPES,
  GENERATOR_BUILD_TYPES,
  GHA_WORKFLOW_BUILD_TYPES,
  NPM_FIRST_BUILD_TYPES,
  NPM_V02_BUILD_TYPES,
  SLSA_PROVENANCE_V02,
  SLSA_PROVENANCE_V1,
} from './build-types.js';

export type BuildFamily = 'github-workflow' | 'generator' | 'delegator' | 'npm';

/**
 * Facts a predicate states that the certificate also states. `repository` is
 * `HOST/OWNER/REPO` (from a URI), `repositoryPath` is `OWNER/REPO` (from `GITHUB_REPOSITORY`);
 * a value that does not follow its grammar is kept as written, so it can never agree.
 */
export type FactField =
  | 'repository'
  | 'repositoryPath'
  | 'ref'
  | 'commit'
  | 'workflowPath'
  | 'trigger'
  | 'repositoryId'
  | 'ownerId'
  | 'runnerEnvironment';

export type Fact = { readonly field: FactField; readonly value: string; readonly at: string };

/**
 * A git source a dependency list names: `HOST/OWNER/REPO` (or the URI as written when it does
 * not follow `git+https://HOST/OWNER/REPO[@REF]`), its ref and commit when given.
 */
export type SourceClaim = {
  readonly repository: string;
  readonly ref: string | undefined;
  readonly commit: string | undefined;
  readonly at: string;
};

/** What an SLSA provenance predicate claims. Workflow-written: it may only narrow, never decide. */
export type ProvenanceClaims = {
  readonly predicateType: string;
  readonly buildType: string;
  readonly family: BuildFamily;
  readonly builderId: string;
  readonly facts: readonly Fact[];
  /** Every git source in resolvedDependencies / materials. */
  readonly sources: readonly SourceClaim[];
  readonly inputs: Readonly<Record<string, JsonValue>> | undefined;
};

/** Parse an SLSA v1 or v0.2 predicate of a known build type; anything else is rejected. */
export function readProvenance(statement: Statement): ProvenanceClaims {
  const p = statement.predicate;
  if (p === undefined) throw provError('the predicate is missing');
  if (statement.predicateType === SLSA_PROVENANCE_V1) return readV1(p);
  if (statement.predicateType === SLSA_PROVENANCE_V02) return readV02(p);
  throw provError(`predicate type ${statement.predicateType} is not SLSA provenance`);
}

function readV1(p: JsonObject): ProvenanceClaims {
  const bd = obj(p.buildDefinition, 'buildDefinition');
  const buildType = str(bd.buildType, 'buildDefinition.buildType');
  const builderId = str(
    obj(obj(p.runDetails, 'runDetails').builder, 'runDetails.builder').id,
    'runDetails.builder.id',
  );
  const ext = optObj(bd.externalParameters);
  const facts: Fact[] = [];
  const sources = gitDependencies(bd.resolvedDependencies, 'buildDefinition.resolvedDependencies');
  let family: BuildFamily;
  if (GHA_WORKFLOW_BUILD_TYPES.includes(buildType)) {
    family = 'github-workflow';
    const wf = optObj(ext?.workflow);
    const gh = optObj(optObj(bd.internalParameters)?.github);
    push(
      facts,
      'repository',
      repoFromUri(wf?.repository),
      'externalParameters.workflow.repository',
    );
    push(facts, 'workflowPath', wf?.path, 'externalParameters.workflow.path');
    push(facts, 'ref', wf?.ref, 'externalParameters.workflow.ref');
    push(facts, 'trigger', gh?.event_name, 'internalParameters.github.event_name');
    push(facts, 'repositoryId', gh?.repository_id, 'internalParameters.github.repository_id');
    push(
      facts,
      'ownerId',
      gh?.repository_owner_id,
      'internalParameters.github.repository_owner_id',
    );
    push(
      facts,
      'runnerEnvironment',
      gh?.runner_environment,
      'internalParameters.github.runner_environment',
    );
  } else if (
    GENERATOR_BUILD_TYPES.includes(buildType) ||
    DELEGATOR_BUILD_TYPES.includes(buildType)
  ) {
    family = DELEGATOR_BUILD_TYPES.includes(buildType) ? 'delegator' : 'generator';
    pushGithubEnv(facts, optObj(bd.internalParameters), 'internalParameters');
  } else {
    throw provError(
      `unknown SLSA v1 build type ${buildType}: its claims cannot be checked against the certificate`,
    );
  }
  return {
    predicateType: SLSA_PROVENANCE_V1,
    buildType,
    family,
    builderId,
    facts,
    sources,
    inputs: inputsOf(ext?.inputs),
  };
}

function readV02(p: JsonObject): ProvenanceClaims {
  const buildType = str(p.buildType, 'buildType');
  const builderId = str(obj(p.builder, 'builder').id, 'builder.id');
  const invocation = obj(p.invocation, 'invocation');
  const source = obj(invocation.configSource, 'invocation.configSource');
  let family: BuildFamily;
  const npmFirst = NPM_FIRST_BUILD_TYPES.includes(buildType);
  if (npmFirst || NPM_V02_BUILD_TYPES.includes(buildType)) family = 'npm';
  else if (DELEGATOR_BUILD_TYPES.includes(buildType)) family = 'delegator';
  else if (GENERATOR_BUILD_TYPES.includes(buildType)) family = 'generator';
  else
    throw provError(
      `unknown SLSA v0.2 build type ${buildType}: its claims cannot be checked against the certificate`,
    );
  const facts: Fact[] = [];
  const uri = str(source.uri, 'invocation.configSource.uri');
  const git = parseGitUri(uri);
  push(facts, 'repository', git.repository, 'invocation.configSource.uri');
  push(facts, 'ref', git.ref, 'invocation.configSource.uri');
  push(facts, 'commit', optObj(source.digest)?.sha1, 'invocation.configSource.digest.sha1');
  if (npmFirst) pushWorkflowRef(facts, source.entryPoint, 'invocation.configSource.entryPoint');
  else push(facts, 'workflowPath', source.entryPoint, 'invocation.configSource.entryPoint');
  pushGithubEnv(facts, optObj(invocation.environment), 'invocation.environment');
  const sources = gitDependencies(p.materials, 'materials');
  const params = optObj(invocation.parameters);
  return {
    predicateType: SLSA_PROVENANCE_V02,
    buildType,
    family,
    builderId,
    facts,
    sources,
    inputs: inputsOf(params?.event_inputs ?? params?.inputs),
  };
}

/** `GITHUB_*` (BYOB, npm) or `github_*` (generator) environment captured in the predicate. */
function pushGithubEnv(facts: Fact[], env: JsonObject | undefined, at: string): void {
  if (env === undefined) return;
  const read = (name: string): [JsonValue | undefined, string] => {
    const upper = `GITHUB_${name.toUpperCase()}`;
    const lower = `github_${name}`;
    return env[upper] !== undefined
      ? [env[upper], `${at}.${upper}`]
      : [env[lower], `${at}.${lower}`];
  };
  push(facts, 'trigger', ...read('event_name'));
  push(facts, 'ref', ...read('ref'));
  const [repository, repositoryAt] = read('repository');
  push(facts, 'repositoryPath', repoPathOf(repository), repositoryAt);
  push(facts, 'repositoryId', ...read('repository_id'));
  push(facts, 'ownerId', ...read('repository_owner_id'));
  const [sha, shaAt] = read('sha');
  const [sha1, sha1At] = read('sha1');
  push(facts, 'commit', sha ?? sha1, sha === undefined ? sha1At : shaAt);
  pushWorkflowRef(facts, ...read('workflow_ref'));
}

/** A `GITHUB_WORKFLOW_REF`-shaped value: its repository and workflow path (as written when it does not parse). */
function pushWorkflowRef(facts: Fact[], workflowRef: JsonValue | undefined, at: string): void {
  if (workflowRef === undefined || workflowRef === null || workflowRef === '') return;
  if (typeof workflowRef !== 'string') throw provError(`${at} is not a string`);
  const wf = parseWorkflowRefEnv(workflowRef);
  push(facts, 'repositoryPath', wf?.repository ?? workflowRef, at);
  push(facts, 'workflowPath', wf?.path ?? workflowRef, at);
}

/** `GITHUB_WORKFLOW_REF`: exactly `OWNER/REPO/PATH@REF`. */
function parseWorkflowRefEnv(value: string): { repository: string; path: string } | undefined {
  const at = value.indexOf('@');
  const parts = (at < 0 ? '' : value.slice(0, at)).split('/');
  const [owner = '', repo = '', ...rest] = parts;
  const path = rest.join('/');
  if (!isValidOwner(owner) || !isValidRepo(repo) || rest.length === 0 || !isWorkflowPath(path))
    return undefined;
  return { repository: `${owner}/${repo}`, path };
}

/**
 * Every git source a dependency list names (not only the first: a non-git entry must not hide
 * a later git one). Each must be the certificate's source repository, at its ref and commit.
 */
function gitDependencies(value: JsonValue | undefined, at: string): SourceClaim[] {
  if (!Array.isArray(value)) return [];
  const sources: SourceClaim[] = [];
  value.forEach((dep, i) => {
    if (!isJsonObject(dep) || typeof dep.uri !== 'string' || !/^git[+:]/i.test(dep.uri)) return;
    const git = parseGitUri(dep.uri);
    const digest = optObj(dep.digest);
    const commit = digest?.gitCommit ?? digest?.sha1;
    if (commit !== undefined && typeof commit !== 'string')
      throw provError(`${at}[${i}].digest is not a string`);
    sources.push({ ...git, commit, at: `${at}[${i}]` });
  });
  return sources;
}

const HOST = /^[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?$/;

/** `HOST/OWNER/REPO` from exactly `https://HOST/OWNER/REPO`; the value as written otherwise. */
function hostRepo(uri: string, scheme: string): string | undefined {
  if (!uri.startsWith(scheme)) return undefined;
  const [host = '', owner = '', repo = '', ...extra] = uri.slice(scheme.length).split('/');
  if (extra.length > 0 || !HOST.test(host) || !isValidOwner(owner) || !isValidRepo(repo))
    return undefined;
  return `${host}/${owner}/${repo}`;
}

/**
 * Exactly `git+https://HOST/OWNER/REPO[@REF]` → `HOST/OWNER/REPO` and the ref. Anything else
 * (another scheme, a port, userinfo, an extra segment, `.git`) is kept as written, so it
 * disagrees with the certificate (PROVENANCE_MISMATCH) rather than being read loosely.
 */
function parseGitUri(uri: string): { repository: string; ref: string | undefined } {
  const at = uri.indexOf('@');
  const repository = hostRepo(at < 0 ? uri : uri.slice(0, at), 'git+https://');
  if (repository === undefined) return { repository: uri, ref: undefined };
  return { repository, ref: at < 0 ? undefined : uri.slice(at + 1) };
}

function repoFromUri(value: JsonValue | undefined): JsonValue | undefined {
  if (typeof value !== 'string') return value;
  return hostRepo(value, 'https://') ?? value;
}

function repoPathOf(value: JsonValue | undefined): JsonValue | undefined {
  if (typeof value !== 'string') return value;
  const repo = parseRepoPath(value);
  return repo === undefined ? value : formatRepo(repo);
}

function push(facts: Fact[], field: FactField, value: JsonValue | undefined, at: string): void {
  if (value === undefined || value === null || value === '') return;
  if (typeof value !== 'string' && typeof value !== 'number')
    throw provError(`${at} is not a string`);
  facts.push({ field, value: String(value), at });
}

function inputsOf(value: JsonValue | undefined): Record<string, JsonValue> | undefined {
  return isJsonObject(value) ? value : undefined;
}

function obj(value: JsonValue | undefined, at: string): JsonObject {
  if (!isJsonObject(value)) throw provError(`${at} is missing or not an object`);
  return value;
}

function optObj(value: JsonValue | undefined): JsonObject | undefined {
  return isJsonObject(value) ? value : undefined;
}

function str(value: JsonValue | undefined, at: string): string {
  if (typeof value !== 'string' || value.length === 0)
    throw provError(`${at} is missing or not a string`);
  return value;
}

function provError(message: string): VerifyError {
  return new VerifyError('STATEMENT', `SLSA provenance: ${message}`);
}
