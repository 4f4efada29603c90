// in-toto statements shaped like real GitHub Actions provenance:
// actions/attest (SLSA v1) and slsa-github-generator's generic generator (SLSA v0.2).
import { createHash } from 'node:crypto';
import { GITHUB_SERVER, buildSignerUri, workflowPath, type WorkflowClaims } from './claims.js';

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
export const STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
export const STATEMENT_V01 = 'https://in-toto.io/Statement/v0.1';
export const SLSA_V1 = 'https://slsa.dev/provenance/v1';
export const SLSA_V02 = 'https://slsa.dev/provenance/v0.2';
export const ACTIONS_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
export const GENERATOR_GENERIC_REF =
  'slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.1.0';
export const GENERATOR_BUILD_TYPE =
  'https://github.com/slsa-framework/slsa-github-generator/generic@v1';

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue | undefined;
}

export interface Subject {
  name: string;
  digest: Record<string, string>;
}

export interface Statement {
  _type: string;
  subject: Subject[];
  predicateType: string;
  predicate: JsonObject;
}

/**
 * A deep-merge patch: objects merge key by key, anything else (arrays included) replaces,
 * and a key set to `undefined` is deleted.
 */
export type Patch = { readonly [key: string]: unknown };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function deepMerge<T extends object>(base: T, patch: Patch | undefined): T {
  if (patch === undefined) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    if (value === undefined) delete out[key];
    else if (isPlainObject(value) && isPlainObject(current)) out[key] = deepMerge(current, value);
    else out[key] = value;
  }
  return out as T;
}

/** Bytes exactly as actions/attest would put them in the DSSE payload (compact JSON). */
export function statementBytes(statement: object): Buffer {
  return Buffer.from(JSON.stringify(statement), 'utf8');
}

export function sha256Subject(name: string, data: Buffer): Subject {
  return { name, digest: { sha256: createHash('sha256').update(data).digest('hex') } };
}

/** A Statement v1 with an arbitrary predicate (e.g. an SBOM), patched. */
export function inTotoStatement(
  subjects: Subject[],
  predicateType: string,
  predicate: JsonObject,
  overrides?: Patch,
): Statement {
  return deepMerge({ _type: STATEMENT_V1, subject: subjects, predicateType, predicate }, overrides);
}

/** actions/attest-style SLSA v1 provenance derived from the same claims as the certificate. */
export function slsaV1Statement(
  subjects: Subject[],
  claims: WorkflowClaims,
  overrides?: Patch,
): Statement {
  const repoUrl = `${GITHUB_SERVER}/${claims.repository}`;
  const github: JsonObject = {
    event_name: claims.eventName,
    repository_id: claims.repositoryId,
    repository_owner_id: claims.repositoryOwnerId,
    runner_environment: claims.runnerEnvironment,
  };
  const predicate: JsonObject = {
    buildDefinition: {
      buildType: ACTIONS_BUILD_TYPE,
      externalParameters: {
        workflow: { ref: claims.ref, repository: repoUrl, path: workflowPath(claims.workflowRef) },
      },
      internalParameters: { github },
      resolvedDependencies: [
        { uri: `git+${repoUrl}@${claims.ref}`, digest: { gitCommit: claims.sha } },
      ],
    },
    runDetails: {
      builder: { id: buildSignerUri(claims) },
      metadata: {
        invocationId:
          claims.runId === undefined
            ? undefined
            : `${repoUrl}/actions/runs/${claims.runId}/attempts/${claims.runAttempt ?? '1'}`,
      },
    },
  };
  return inTotoStatement(subjects, SLSA_V1, dropUndefined(predicate), overrides);
}

/** slsa-github-generator generic (v2.1.0) SLSA v0.2 provenance, same field names as the real one. */
export function slsaV02GeneratorStatement(
  subjects: Subject[],
  claims: WorkflowClaims,
  overrides?: Patch,
): Statement {
  const repoUrl = `${GITHUB_SERVER}/${claims.repository}`;
  const path = workflowPath(claims.workflowRef);
  const source = { uri: `git+${repoUrl}@${claims.ref}`, digest: { sha1: claims.sha } };
  const refType = claims.ref.startsWith('refs/tags/') ? 'tag' : 'branch';
  const environment: JsonObject = {
    github_actor: 'acme-release-bot',
    github_actor_id: '333',
    github_base_ref: '',
    github_event_name: claims.eventName,
    github_event_payload: eventPayload(claims, path),
    github_head_ref: '',
    github_ref: claims.ref,
    github_ref_type: refType,
    github_repository_id: claims.repositoryId,
    github_repository_owner: claims.repositoryOwner,
    github_repository_owner_id: claims.repositoryOwnerId,
    github_run_attempt: claims.runAttempt,
    github_run_id: claims.runId,
    github_run_number: '42',
    github_sha1: claims.sha,
  };
  const predicate: JsonObject = {
    builder: { id: buildSignerUri(claims) },
    buildType: GENERATOR_BUILD_TYPE,
    invocation: {
      configSource: { ...source, entryPoint: path },
      environment,
    },
    metadata: {
      buildInvocationID: `${claims.runId ?? '0'}-${claims.runAttempt ?? '1'}`,
      completeness: { parameters: true, environment: false, materials: false },
      reproducible: false,
    },
    materials: [source],
  };
  const statement: Statement = {
    _type: STATEMENT_V01,
    predicateType: SLSA_V02,
    subject: subjects,
    predicate: dropUndefined(predicate),
  };
  return deepMerge(statement, overrides);
}

/** A trimmed GitHub event payload (the real one is the full webhook body). */
function eventPayload(claims: WorkflowClaims, path: string): JsonObject {
  const [owner = '', name = ''] = claims.repository.split('/');
  return {
    ref: claims.ref,
    repository: {
      full_name: claims.repository,
      html_url: `${GITHUB_SERVER}/${claims.repository}`,
      id: Number(claims.repositoryId ?? 0),
      name,
      owner: { id: Number(claims.repositoryOwnerId ?? 0), login: owner, type: 'Organization' },
      private: claims.visibility === 'private',
      visibility: claims.visibility,
    },
    workflow: claims.eventName === 'workflow_dispatch' ? path : undefined,
  };
}

function dropUndefined<T extends JsonObject>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
