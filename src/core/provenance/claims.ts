import { VerifyError } from '../errors.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../json/strict-json.js';
import type { Statement } from '../statement/statement.js';
import {
  DELEGATOR_BUILD_TYPES,
  GENERATOR_BUILD_TYPES,
  GHA_WORKFLOW_BUILD_TYPES,
  NPM_V02_BUILD_TYPES,
  SLSA_PROVENANCE_V02,
  SLSA_PROVENANCE_V1,
} from './build-types.js';

export type BuildFamily = 'github-workflow' | 'generator' | 'delegator' | 'npm';

/** Facts a predicate states that the certificate also states. */
export type FactField =
  | 'repository'
  | 'ref'
  | 'commit'
  | 'workflowPath'
  | 'trigger'
  | 'repositoryId'
  | 'ownerId'
  | 'runnerEnvironment';

export type Fact = { readonly field: FactField; readonly value: string; readonly at: string };

/** What an SLSA provenance predicate claims. Workflow-written: it may only narrow, never decide. */
export type ProvenanceClaims = {
  readonly predicateType: string;
  readonly buildType: string;
  readonly family: BuildFamily;
  readonly builderId: string;
  readonly facts: readonly Fact[];
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
  const dep = firstDependency(bd.resolvedDependencies, 'buildDefinition.resolvedDependencies');
  const facts: Fact[] = [...dep];
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
    push(facts, 'ref', wf?.ref, 'externalParameters.workflow.ref');
    push(facts, 'workflowPath', wf?.path, 'externalParameters.workflow.path');
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
    inputs: inputsOf(ext?.inputs),
  };
}

function readV02(p: JsonObject): ProvenanceClaims {
  const buildType = str(p.buildType, 'buildType');
  const builderId = str(obj(p.builder, 'builder').id, 'builder.id');
  const invocation = obj(p.invocation, 'invocation');
  const source = obj(invocation.configSource, 'invocation.configSource');
  let family: BuildFamily;
  if (NPM_V02_BUILD_TYPES.includes(buildType)) family = 'npm';
  else if (DELEGATOR_BUILD_TYPES.includes(buildType)) family = 'delegator';
  else if (GENERATOR_BUILD_TYPES.includes(buildType)) family = 'generator';
  else
    throw provError(
      `unknown SLSA v0.2 build type ${buildType}: its claims cannot be checked against the certificate`,
    );
  const facts: Fact[] = [];
  const uri = str(source.uri, 'invocation.configSource.uri');
  const git = parseGitUri(uri, 'invocation.configSource.uri');
  push(facts, 'repository', git.repository, 'invocation.configSource.uri');
  push(facts, 'ref', git.ref, 'invocation.configSource.uri');
  push(facts, 'commit', optObj(source.digest)?.sha1, 'invocation.configSource.digest.sha1');
  push(facts, 'workflowPath', source.entryPoint, 'invocation.configSource.entryPoint');
  pushGithubEnv(facts, optObj(invocation.environment), 'invocation.environment');
  facts.push(...firstDependency(p.materials, 'materials'));
  const params = optObj(invocation.parameters);
  return {
    predicateType: SLSA_PROVENANCE_V02,
    buildType,
    family,
    builderId,
    facts,
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
  push(facts, 'repository', ...read('repository'));
  push(facts, 'repositoryId', ...read('repository_id'));
  push(facts, 'ownerId', ...read('repository_owner_id'));
  const [sha, shaAt] = read('sha');
  const [sha1, sha1At] = read('sha1');
  push(facts, 'commit', sha ?? sha1, sha === undefined ? sha1At : shaAt);
  const [workflowRef, wfAt] = read('workflow_ref');
  if (typeof workflowRef === 'string') {
    push(facts, 'workflowPath', /^[^/]+\/[^/]+\/([^@]+)@/.exec(workflowRef)?.[1], wfAt);
  }
}

function firstDependency(value: JsonValue | undefined, at: string): Fact[] {
  if (!Array.isArray(value) || value.length === 0) return [];
  const dep = value[0];
  if (!isJsonObject(dep) || typeof dep.uri !== 'string' || !dep.uri.startsWith('git+')) return [];
  const git = parseGitUri(dep.uri, `${at}[0].uri`);
  const facts: Fact[] = [];
  push(facts, 'repository', git.repository, `${at}[0].uri`);
  push(facts, 'ref', git.ref, `${at}[0].uri`);
  const digest = optObj(dep.digest);
  push(facts, 'commit', digest?.gitCommit ?? digest?.sha1, `${at}[0].digest`);
  return facts;
}

/** `git+https://HOST/OWNER/REPO[.git]@REF` → `OWNER/REPO` and the ref. */
function parseGitUri(uri: string, at: string): { repository: string; ref: string | undefined } {
  const m = /^git\+https:\/\/[^/@]+\/([^/@]+\/[^/@]+?)(?:\.git)?(?:@(.+))?$/.exec(uri);
  if (!m || m[1] === undefined) throw provError(`${at} is not a git+https repository URI: ${uri}`);
  return { repository: m[1], ref: m[2] };
}

function repoFromUri(value: JsonValue | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  return /^https:\/\/[^/@]+\/([^/@]+\/[^/@]+)$/.exec(value)?.[1] ?? value;
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
