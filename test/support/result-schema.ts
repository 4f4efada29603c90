// The shipped JSON Schema of the result (schemas/verification-result.v1.schema.json), compiled
// with the same Ajv setup as the deps policy schema, and the "one format" rules for facts that a
// schema cannot say. Tests call these on real outputs of the built CLI and action.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { REPO_ROOT } from './verify-helpers.js';

export const RESULT_SCHEMA_PATH = join(REPO_ROOT, 'schemas', 'verification-result.v1.schema.json');

export const RESULT_SCHEMA = JSON.parse(readFileSync(RESULT_SCHEMA_PATH, 'utf8')) as {
  $id: string;
  definitions: { reasonCode: { enum: string[] } };
};

let validate: ReturnType<Ajv['compile']> | undefined;

/** The schema's errors for `doc` (empty when it validates). */
export function resultSchemaErrors(doc: unknown): string[] {
  validate ??= new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(
    RESULT_SCHEMA,
  );
  if (validate(doc)) return [];
  return (validate.errors ?? []).map(
    (e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  );
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Facts in one format: digests in full, repositories as OWNER/REPO where the field is one, no
 * annotations in parentheses or placeholders where a value belongs. Returns what breaks a rule.
 */
export function oneFormatViolations(doc: unknown): string[] {
  const out: string[] = [];
  const checks: { path: string; check: Record<string, Json> }[] = [];
  const identities: { path: string; identity: Record<string, Json> }[] = [];
  const collect = (v: Json, path: string): void => {
    if (Array.isArray(v)) v.forEach((x, i) => collect(x, `${path}/${i}`));
    else if (v !== null && typeof v === 'object') {
      if (typeof v.status === 'string' && typeof v.id === 'string') checks.push({ path, check: v });
      for (const [k, x] of Object.entries(v)) {
        if (k === 'identity' && x !== null && typeof x === 'object' && !Array.isArray(x))
          identities.push({ path: `${path}/identity`, identity: x });
        collect(x, `${path}/${k}`);
      }
    }
  };
  collect(doc as Json, '');
  for (const { path, check } of checks)
    for (const key of ['expected', 'actual'] as const) {
      const value = check[key];
      if (typeof value !== 'string') continue;
      const where = `${path}/${key} (${String(check.id)}): ${JSON.stringify(value)}`;
      if (value === '') out.push(`${where} is empty`);
      // Prose or a placeholder where a value belongs.
      if (/\((certificate|predicate|none|not recorded|unnamed|no [a-z ]+)[^)]*\)|…/.test(value))
        out.push(`${where} carries an annotation or placeholder`);
      // Every ALG:HEX digest in full.
      for (const m of value.matchAll(/\b(sha1|sha256|sha384|sha512):([0-9a-f]*)/g)) {
        const want = { sha1: 40, sha256: 64, sha384: 96, sha512: 128 }[m[1] as 'sha1'];
        if (m[2]?.length !== want) out.push(`${where} has a digest not in full: ${m[0]}`);
      }
      // Digests are ALG:HEX, never SRI (sha512-BASE64).
      if (/\bsha(1|256|384|512)-[A-Za-z0-9+/]/.test(value))
        out.push(`${where} has a digest as SRI, not ALG:HEX`);
      if (
        ['source-repo', 'signer-repo', 'publisher-repo', 'release-repo'].includes(
          String(check.id),
        ) &&
        key === 'expected' &&
        !/^[^/\s]+\/[^/\s]+$/.test(value)
      )
        out.push(`${where} is not OWNER/REPO`);
    }
  for (const { path, identity } of identities) {
    const repo = identity.repository;
    if (repo !== undefined && !(typeof repo === 'string' && /^[^/\s]+\/[^/\s]+$/.test(repo)))
      out.push(`${path}/repository is not OWNER/REPO: ${JSON.stringify(repo)}`);
    if (repo !== undefined && identity.repositoryUri === undefined)
      out.push(`${path}: repository without repositoryUri`);
    for (const k of ['repositoryUri', 'signerWorkflowUri', 'callerWorkflowUri'])
      if (identity[k] !== undefined && !/^https:\/\//.test(String(identity[k])))
        out.push(`${path}/${k} is not an https URI: ${JSON.stringify(identity[k])}`);
    for (const k of ['signerWorkflow', 'callerWorkflow'])
      if (identity[k] !== undefined && /^[a-z]+:\/\//.test(String(identity[k])))
        out.push(`${path}/${k} is a URI, not HOST/OWNER/REPO/PATH@REF: ${String(identity[k])}`);
  }
  return out;
}

/** Throws with every schema error and every format violation of `doc`. */
export function assertValidResult(doc: unknown, context = ''): void {
  const errors = [...resultSchemaErrors(doc), ...oneFormatViolations(doc)];
  if (errors.length > 0)
    throw new Error(
      `result does not follow ${RESULT_SCHEMA.$id}${context ? ` (${context})` : ''}:\n${errors.slice(0, 20).join('\n')}`,
    );
}
