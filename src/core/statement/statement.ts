import { VerifyError } from '../errors.js';
import { isJsonObject, parseStrictJson, type JsonObject } from '../json/strict-json.js';
import { LIMITS } from '../limits.js';

export const STATEMENT_TYPES = [
  'https://in-toto.io/Statement/v1',
  'https://in-toto.io/Statement/v0.1',
] as const;

export type StatementSubject = {
  readonly name: string | undefined;
  readonly digest: Readonly<Record<string, string>>;
};

export type Statement = {
  readonly type: string;
  readonly subjects: readonly StatementSubject[];
  readonly predicateType: string;
  readonly predicate: JsonObject | undefined;
};

const KNOWN_KEYS = ['_type', 'subject', 'predicateType', 'predicate'];
/** Spellings other parsers treat as a known field (protojson, case-insensitive decoders). */
const ALIASES = new Set(['predicate_type', 'type']);
/** Fixed-length hex digests, so a malformed value is an error rather than a silent miss. */
const HEX_LENGTHS: Record<string, number> = {
  sha256: 64,
  sha384: 96,
  sha512: 128,
  sha1: 40,
  md5: 32,
};

/**
 * Parse the signed payload bytes as an in-toto Statement, strictly: duplicate keys, keys that
 * case-collide with or alias a known field, a missing predicate type or malformed subjects are
 * rejected. These are the same bytes the signature covered.
 */
export function parseStatement(payload: Buffer): Statement {
  const json = parseStrictJson(decodeUtf8Payload(payload));
  if (!isJsonObject(json)) throw statementError('payload is not a JSON object');
  for (const key of Object.keys(json)) {
    const collides = KNOWN_KEYS.some((k) => k !== key && k.toLowerCase() === key.toLowerCase());
    if (collides || ALIASES.has(key))
      throw statementError(`field "${key}" collides with a statement field`);
  }
  const type = json._type;
  if (typeof type !== 'string' || !(STATEMENT_TYPES as readonly string[]).includes(type)) {
    throw statementError(
      `_type ${JSON.stringify(type ?? null)} is not an in-toto Statement v1 or v0.1`,
    );
  }
  const predicateType = json.predicateType;
  if (typeof predicateType !== 'string' || predicateType.length === 0) {
    throw statementError('predicateType is missing');
  }
  // `null` is "no predicate", as PyPI's publish attestations write it.
  const predicate = json.predicate === null ? undefined : json.predicate;
  if (predicate !== undefined && !isJsonObject(predicate))
    throw statementError('predicate is not an object');
  return { type, subjects: parseSubjects(json.subject), predicateType, predicate };
}

function parseSubjects(value: unknown): StatementSubject[] {
  if (!Array.isArray(value) || value.length === 0)
    throw statementError('subject must be a non-empty list');
  if (value.length > LIMITS.maxSubjects) {
    throw new VerifyError('LIMIT', `${value.length} subjects (limit ${LIMITS.maxSubjects})`);
  }
  return value.map((s, i) => {
    if (!isJsonObject(s) || !isJsonObject(s.digest))
      throw statementError(`subject ${i} has no digest`);
    if (s.name !== undefined && typeof s.name !== 'string')
      throw statementError(`subject ${i} name is not a string`);
    const entries = Object.entries(s.digest);
    if (entries.length === 0) throw statementError(`subject ${i} digest is empty`);
    if (entries.length > LIMITS.maxDigestsPerSubject) {
      throw new VerifyError(
        'LIMIT',
        `subject ${i} has ${entries.length} digests (limit ${LIMITS.maxDigestsPerSubject})`,
      );
    }
    const digest: Record<string, string> = {};
    for (const [alg, hex] of entries) {
      if (typeof hex !== 'string')
        throw statementError(`subject ${i} digest ${alg} is not a string`);
      const length = HEX_LENGTHS[alg];
      if (length !== undefined) {
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length) {
          throw statementError(`subject ${i} ${alg} digest is not ${length} hex characters`);
        }
        digest[alg] = hex.toLowerCase();
      } else {
        digest[alg] = hex;
      }
    }
    return { name: s.name, digest };
  });
}

function statementError(message: string): VerifyError {
  return new VerifyError('STATEMENT', `in-toto statement: ${message}`);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8Payload(payload: Buffer): string {
  try {
    return UTF8.decode(payload);
  } catch {
    throw new VerifyError('MALFORMED', 'DSSE payload is not valid UTF-8');
  }
}
