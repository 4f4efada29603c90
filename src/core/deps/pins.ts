import { policyError } from '../errors.js';
import { asciiLower, formatRepo, parseRepoPath, parseWorkflowUri } from '../github/names.js';
import { isJsonObject, parseStrictJson } from '../json/strict-json.js';
import type { IdentitySummary } from '../result.js';
import type { Ecosystem } from './entries.js';
import { TRUST_LEVELS, type TrustLevel } from './policy-file.js';

/**
 * What was verified the first time a package was seen (trust on first use, like
 * `known_hosts`): its source repository with the numeric ids from the certificate (they
 * survive renames and catch a deleted-and-recreated repository), the workflow that signed
 * (without its ref, which changes every release) and the trust level.
 */
export type Pin = {
  readonly repo?: string;
  readonly 'repo-id'?: string;
  readonly 'owner-id'?: string;
  readonly 'signer-workflow'?: string;
  readonly trust: TrustLevel;
};

const PIN_FIELDS = ['repo', 'repo-id', 'owner-id', 'signer-workflow', 'trust'] as const;

/** Pins by key: `NAME` for npm, `pypi:NAME` for PyPI (the policy file's convention). */
export type Pins = ReadonlyMap<string, Pin>;

export function pinKey(ecosystem: Ecosystem, name: string): string {
  return ecosystem === 'pypi' ? `pypi:${name}` : name;
}

/** A pin file: strict JSON (`{"version": 1, "packages": {...}}`); anything unexpected is refused. */
export function parsePins(file: string, text: string): Pins {
  let json;
  try {
    json = parseStrictJson(text);
  } catch (err) {
    throw policyError(
      `${file}: not a pin file (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  if (!isJsonObject(json) || json.version !== 1 || !isJsonObject(json.packages))
    throw policyError(`${file}: not a pin file ({"version": 1, "packages": {...}})`);
  const pins = new Map<string, Pin>();
  for (const [key, value] of Object.entries(json.packages)) {
    if (!isJsonObject(value)) throw policyError(`${file}: pin ${key} is not an object`);
    const extra = Object.keys(value).find((k) => !(PIN_FIELDS as readonly string[]).includes(k));
    if (extra !== undefined)
      throw policyError(`${file}: pin ${key} has an unknown field ${JSON.stringify(extra)}`);
    const trust = value.trust;
    if (typeof trust !== 'string' || !(TRUST_LEVELS as readonly string[]).includes(trust))
      throw policyError(`${file}: pin ${key}: trust must be ${TRUST_LEVELS.join(', ')}`);
    const pin: Record<string, string> = { trust };
    for (const field of PIN_FIELDS) {
      const v = value[field];
      if (v === undefined || field === 'trust') continue;
      if (typeof v !== 'string' || v === '')
        throw policyError(`${file}: pin ${key}: ${field} must be a string`);
      if ((field === 'repo-id' || field === 'owner-id') && !/^[0-9]+$/.test(v))
        throw policyError(`${file}: pin ${key}: ${field} must be a number in a string`);
      pin[field] = v;
    }
    pins.set(key, pin as Pin);
  }
  return pins;
}

/**
 * The pin file's text: keys sorted, one field per line in a fixed order, a final newline, so a
 * change shows in a review as the lines of the packages that changed.
 */
export function serializePins(pins: Pins): string {
  const packages: Record<string, Record<string, string>> = {};
  for (const key of [...pins.keys()].sort()) {
    const pin = pins.get(key) as Pin;
    const out: Record<string, string> = {};
    for (const field of PIN_FIELDS) if (pin[field] !== undefined) out[field] = pin[field];
    packages[key] = out;
  }
  return `${JSON.stringify({ version: 1, packages }, null, 2)}\n`;
}

/** The pin for what a verified attestation's certificate says, at this trust level. */
export function pinFrom(identity: IdentitySummary | undefined, trust: TrustLevel): Pin {
  if (identity === undefined || trust === 'none') return { trust };
  // Only values parsed to their grammar from the certificate: `repository` is OWNER/REPO.
  const repo = parseRepoPath(identity.repository);
  const signer =
    identity.host === undefined
      ? undefined
      : parseWorkflowUri(identity.signerWorkflowUri, identity.host, { refRequired: true });
  return {
    ...(repo === undefined ? {} : { repo: formatRepo(repo) }),
    ...(identity.repositoryId === undefined ? {} : { 'repo-id': identity.repositoryId }),
    ...(identity.ownerId === undefined ? {} : { 'owner-id': identity.ownerId }),
    ...(signer === undefined ? {} : { 'signer-workflow': `${formatRepo(signer)}/${signer.path}` }),
    trust,
  };
}

/** Fields where what was found differs from the pin (owners and repositories compare ASCII case-insensitively). */
export function pinDifferences(
  pin: Pin,
  found: Pin,
): { field: string; pinned: string; found: string }[] {
  const out: { field: string; pinned: string; found: string }[] = [];
  for (const field of ['repo', 'repo-id', 'owner-id', 'signer-workflow'] as const) {
    const a = pin[field];
    if (a === undefined) continue;
    const b = found[field];
    const same =
      b !== undefined &&
      (field === 'repo-id' || field === 'owner-id'
        ? a === b
        : field === 'repo'
          ? asciiLower(a) === asciiLower(b)
          : sameWorkflowPath(a, b));
    if (!same) out.push({ field, pinned: a, found: b ?? '(none)' });
  }
  return out;
}

/** `owner/repo/path`: owner and repository ASCII case-insensitive, the path exact. */
function sameWorkflowPath(a: string, b: string): boolean {
  const split = (s: string): [string, string] => {
    const parts = s.split('/');
    return [asciiLower(parts.slice(0, 2).join('/')), parts.slice(2).join('/')];
  };
  const [ra, pa] = split(a);
  const [rb, pb] = split(b);
  return ra === rb && pa === pb;
}

/** A pin as a value: its fields as the pin file names them, `KEY=VALUE`, comma-separated. */
export function describePin(pin: Pin): string {
  return PIN_FIELDS.flatMap((field) =>
    pin[field] === undefined ? [] : [`${field}=${pin[field]}`],
  ).join(', ');
}
