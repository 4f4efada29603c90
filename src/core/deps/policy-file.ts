import { createHash } from 'node:crypto';
import { Ajv, type ErrorObject } from 'ajv';
import {
  isMap,
  isPair,
  isScalar,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
} from 'yaml';
import schema from '../../../schemas/deps-policy.schema.json' with { type: 'json' };
import { policyError } from '../errors.js';
import { POLICY_FIELDS } from '../policy/fields.js';
import type { PolicyInput } from '../policy/policy.js';
import { normalizePypiName, type Ecosystem } from './entries.js';

export const TRUST_LEVELS = ['none', 'provenance', 'trusted-publisher'] as const;
export type TrustLevel = (typeof TRUST_LEVELS)[number];

export function levelRank(level: TrustLevel): number {
  return TRUST_LEVELS.indexOf(level);
}

/** What the policy asks of a version, after defaults and the package's rule. */
export type Requirements = {
  readonly require: TrustLevel;
  readonly missing: 'fail' | 'warn';
  readonly noDowngrade: boolean;
  readonly notFromRegistry: 'list' | 'warn' | 'fail';
};

export const DEFAULT_REQUIREMENTS: Requirements = {
  require: 'provenance',
  missing: 'fail',
  noDowngrade: true,
  notFromRegistry: 'list',
};

/** A package rule: the identity policy (flag names → PolicyInput) and requirement overrides. */
export type PackageRule = {
  readonly pattern: string;
  readonly ecosystem: Ecosystem;
  /** Exact (normalised) name, or a scope prefix `@scope/` for `@scope/*`. */
  readonly name: string;
  readonly scope: boolean;
  readonly policy: PolicyInput;
  readonly requirements: Partial<Requirements>;
  readonly line: number;
};

export type PolicyException = {
  readonly package: string;
  readonly ecosystem: Ecosystem;
  readonly name: string;
  readonly version: string | undefined;
  readonly reason: string;
  /** The last day (UTC) it applies. */
  readonly until: string | undefined;
  readonly line: number;
};

export type DepsPolicy = {
  readonly file: string | undefined;
  readonly defaults: Requirements;
  readonly rules: readonly PackageRule[];
  readonly exceptions: readonly PolicyException[];
};

export const EMPTY_POLICY: DepsPolicy = {
  file: undefined,
  defaults: DEFAULT_REQUIREMENTS,
  rules: [],
  exceptions: [],
};

const REQUIREMENT_KEYS: Readonly<Record<string, keyof Requirements>> = {
  require: 'require',
  missing: 'missing',
  'no-downgrade': 'noDowngrade',
  'not-from-registry': 'notFromRegistry',
};

let validator: ReturnType<Ajv['compile']> | undefined;

/**
 * A policy file (YAML or JSON: JSON is read as the YAML it also is), validated against the
 * shipped JSON Schema with Ajv. Every error names the file and line; an unknown key is an
 * error, never ignored.
 */
export function parsePolicyFile(file: string, text: string): DepsPolicy {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const first = doc.errors[0];
  if (first !== undefined)
    throw policyError(
      `${file}:${lines.linePos(first.pos[0]).line}: not valid YAML or JSON (${first.code})`,
    );
  const value: unknown = doc.toJS({ maxAliasCount: 0 });
  validator ??= new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
  if (!validator(value)) {
    const errors = (validator.errors ?? [])
      .filter((e) => e.propertyName === undefined)
      .map((e) => describeError(file, e, doc, lines));
    throw policyError(errors.join('; '), 'the policy file format: schemas/deps-policy.schema.json');
  }
  const body = value as {
    defaults?: Record<string, unknown>;
    packages?: Record<string, Record<string, unknown>>;
    exceptions?: { package: string; reason: string; until?: string }[];
  };
  const lineOf = (path: (string | number)[]): number => nodeLine(doc, path, lines);
  const rules = Object.entries(body.packages ?? {}).map(([pattern, rule]): PackageRule => {
    const { ecosystem, name } = splitEcosystem(pattern);
    const scope = name.endsWith('/*');
    const policy: Record<string, unknown> = {};
    const requirements: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(rule)) {
      const field = POLICY_FIELDS.find((f) => f.flag === key);
      if (field !== undefined) policy[field.key] = typeof v === 'number' ? String(v) : v;
      else requirements[REQUIREMENT_KEYS[key] ?? key] = v;
    }
    return {
      pattern,
      ecosystem,
      name: scope ? name.slice(0, -1) : name,
      scope,
      policy: policy,
      requirements: requirements,
      line: lineOf(['packages', pattern]),
    };
  });
  const exceptions = (body.exceptions ?? []).map((e, i): PolicyException => {
    const { ecosystem, name: spec } = splitEcosystem(e.package);
    const at = spec.indexOf('@', 1);
    return {
      package: e.package,
      ecosystem,
      name:
        ecosystem === 'pypi'
          ? normalizePypiName(at > 0 ? spec.slice(0, at) : spec)
          : at > 0
            ? spec.slice(0, at)
            : spec,
      version: at > 0 ? spec.slice(at + 1) : undefined,
      reason: e.reason,
      until: e.until,
      line: lineOf(['exceptions', i]),
    };
  });
  for (const e of exceptions)
    if (e.until !== undefined && Number.isNaN(Date.parse(`${e.until}T00:00:00Z`)))
      throw policyError(`${file}:${e.line}: until ${e.until} is not a date`);
  const defaults: Record<string, unknown> = { ...DEFAULT_REQUIREMENTS };
  for (const [k, v] of Object.entries(body.defaults ?? {})) defaults[REQUIREMENT_KEYS[k] ?? k] = v;
  return { file, defaults: defaults as Requirements, rules, exceptions };
}

function splitEcosystem(spec: string): { ecosystem: Ecosystem; name: string } {
  if (spec.startsWith('pypi:'))
    return { ecosystem: 'pypi', name: normalizePypiName(spec.slice(5)) };
  return { ecosystem: 'npm', name: spec.startsWith('npm:') ? spec.slice(4) : spec };
}

/** The rule for a package: its exact name first, then its scope's `@scope/*`. */
export function ruleFor(
  policy: DepsPolicy,
  ecosystem: Ecosystem,
  name: string,
): PackageRule | undefined {
  const rules = policy.rules.filter((r) => r.ecosystem === ecosystem);
  return (
    rules.find((r) => !r.scope && r.name === name) ??
    rules.find((r) => r.scope && name.startsWith(r.name))
  );
}

/** The requirements for a package: defaults, overridden by its rule. */
export function requirementsFor(policy: DepsPolicy, rule: PackageRule | undefined): Requirements {
  return { ...policy.defaults, ...(rule?.requirements ?? {}) };
}

/** Exceptions naming this package (version-exact ones, and name-only ones for every version). */
export function exceptionsFor(
  policy: DepsPolicy,
  ecosystem: Ecosystem,
  name: string,
  version: string | undefined,
): PolicyException[] {
  return policy.exceptions.filter(
    (e) =>
      e.ecosystem === ecosystem &&
      e.name === name &&
      (e.version === undefined || e.version === version),
  );
}

/** Expired once the `until` day (UTC) has passed. */
export function isExpired(exception: PolicyException, now: Date): boolean {
  if (exception.until === undefined) return false;
  return now.getTime() >= Date.parse(`${exception.until}T00:00:00Z`) + 86_400_000;
}

/** A stable digest of what decides a package's verdict (the cache keys on it). */
export function digestOf(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

function describeError(
  file: string,
  e: ErrorObject,
  doc: Document.Parsed,
  lines: LineCounter,
): string {
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const extra =
    e.keyword === 'additionalProperties'
      ? String(e.params.additionalProperty)
      : e.keyword === 'propertyNames'
        ? String(e.params.propertyName)
        : undefined;
  const where = extra === undefined ? path : [...path, extra];
  const line = nodeLine(doc, where, lines, extra !== undefined);
  const at = (extra === undefined ? where : path).join('.') || 'the document';
  const what =
    e.keyword === 'propertyNames'
      ? `${JSON.stringify(extra)} is not a package name, @scope/* or pypi:NAME`
      : extra !== undefined
        ? `unknown key ${JSON.stringify(extra)}${path[0] === 'packages' && path.length === 2 ? ' (package rules take the policy flag names, e.g. repo, owner, signer-workflow)' : ''}`
        : e.keyword === 'enum'
          ? `${e.message ?? 'invalid'}: ${(e.params.allowedValues as unknown[]).map(String).join(', ')}`
          : e.keyword === 'const'
            ? `must be ${JSON.stringify(e.params.allowedValue)}`
            : (e.message ?? 'invalid');
  return `${file}:${line}: ${at}: ${what}`;
}

/** The line of the node at a path (of its key, when `key` is set or the node is a map entry). */
function nodeLine(
  doc: Document.Parsed,
  path: (string | number)[],
  lines: LineCounter,
  key = true,
): number {
  let node: unknown = doc.contents;
  let keyNode: Node | undefined;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg),
      );
      if (pair === undefined) break;
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (node !== null && typeof node === 'object' && 'items' in node) {
      const item = (node as { items: unknown[] }).items[Number(seg)];
      if (item === undefined) break;
      keyNode = undefined;
      node = item;
    } else break;
  }
  const target = (key ? keyNode : undefined) ?? (node as Node | null | undefined);
  const offset = target?.range?.[0] ?? 0;
  return lines.linePos(offset).line;
}
