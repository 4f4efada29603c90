// Single-field mutations of a valid bundle: every field of the bundle, the envelope, the
// certificate, the log entry and the timestamp is changed, deleted or retyped on its own, and
// each mutant must be rejected (never verified) by the core, with a typed reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedRoot } from '../src/core/crypto/trust.js';
import { loadTrustedRoot } from '../src/core/crypto/trust.js';
import { readAttestations } from '../src/core/input/read-attestations.js';
import type { JsonValue } from '../src/core/json/strict-json.js';
import { parsePolicy } from '../src/core/policy/parse-policy.js';
import { isReasonCode } from '../src/core/codes.js';
import { failedCodes } from '../src/core/result.js';
import { verifyArtifacts } from '../src/core/verify.js';
import {
  createTestInstance,
  githubClaims,
  sha256Subject,
  slsaV1Statement,
  statementBytes,
  type TestInstance,
} from './support/mint.js';
import { createHash } from 'node:crypto';
import { jsonPaths, valueAt, type JsonPath } from '../fuzz/mutate.js';

const ARTIFACT = Buffer.from('mutation target\n');
const POLICY = parsePolicy({ repo: 'acme/app' });

/**
 * Fields whose change cannot matter, each with the reason. Anything not listed here must be
 * rejected when changed.
 */
const IRRELEVANT: Record<string, string> = {
  'dsseEnvelope.signatures.0.keyid':
    'DSSE keyid is an unauthenticated hint (DSSE spec); the certificate is the key',
};

/** Removals (or emptied lists) that leave a still-complete bundle: the evidence they carried is redundant. */
const REDUNDANT_REMOVALS: Record<string, string> = {
  'verificationMaterial.timestampVerificationData':
    'the log entry SET is a signed time on its own; the bundle still proves its time',
  'verificationMaterial.timestampVerificationData.rfc3161Timestamps':
    'as above: the SET is a signed time',
  'verificationMaterial.timestampVerificationData.rfc3161Timestamps.0':
    'as above: the SET is a signed time',
  'verificationMaterial.tlogEntries.0.inclusionPromise':
    'the inclusion proof with its signed checkpoint proves inclusion, and the TSA token gives the signed time',
  'verificationMaterial.tlogEntries.0.inclusionPromise.signedEntryTimestamp': 'as above',
  'dsseEnvelope.signatures.0.keyid': 'an unauthenticated hint',
};

function set(root: unknown, path: JsonPath, value: unknown): void {
  const parent = valueAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1] as string | number;
  if (value === DELETE) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else parent[key] = value;
}

const DELETE = Symbol('delete');

/** Every way one field is changed: a flipped bit or character, a deletion, another type. */
function mutationsOf(value: unknown): [string, unknown][] {
  const out: [string, unknown][] = [[`deleted`, DELETE]];
  if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'base64');
    if (value.length >= 8 && bytes.length > 0 && bytes.toString('base64') === value) {
      const flipped = Buffer.from(bytes);
      flipped[flipped.length >> 1] = (flipped[flipped.length >> 1] ?? 0) ^ 0x01;
      out.push(['base64 bit flipped', flipped.toString('base64')]);
    }
    if (/^[0-9]+$/.test(value)) out.push(['number + 1', String(BigInt(value) + 1n)]);
    else if (value.length > 0) {
      const mid = value.length >> 1;
      const ch = value.charCodeAt(mid) ^ 0x01;
      out.push([
        'one character changed',
        `${value.slice(0, mid)}${String.fromCharCode(ch)}${value.slice(mid + 1)}`,
      ]);
    } else out.push(['empty string filled', 'x']);
    out.push(['retyped as a number', 1]);
  } else if (Array.isArray(value)) {
    out.push(['retyped as an object', {}]);
    out.push(['emptied', []]);
  } else if (value !== null && typeof value === 'object') {
    out.push(['retyped as a string', 'x']);
  } else {
    out.push(['retyped as a string', String(value)]);
  }
  return out;
}

let instance: TestInstance;
let root: LoadedRoot;
let golden: Record<string, unknown>;

beforeAll(async () => {
  instance = await createTestInstance();
  root = loadTrustedRoot(instance.trustedRoot as unknown as JsonValue, 'mutations');
  const claims = githubClaims();
  golden = await instance.signDsse(
    statementBytes(slsaV1Statement([sha256Subject('a.tgz', ARTIFACT)], claims)),
    claims,
  );
});

afterAll(() => instance.close());

function verdictOf(bundle: unknown): { verdict: string; codes: string[] } {
  const digests = {
    sha256: createHash('sha256').update(ARTIFACT).digest('hex'),
    sha512: createHash('sha512').update(ARTIFACT).digest('hex'),
  };
  let attestations;
  try {
    attestations = readAttestations('m.json', Buffer.from(JSON.stringify(bundle)));
  } catch (err) {
    const code = (err as { code?: string }).code ?? 'THROWN';
    return { verdict: 'failed', codes: [code] };
  }
  const [result] = verifyArtifacts({
    policy: POLICY,
    roots: [root],
    artifacts: [{ name: 'a.tgz', digests }],
    attestations,
  });
  return {
    verdict: result?.verdict ?? 'none',
    codes: (result?.attestations ?? []).flatMap((a) => failedCodes(a.checks)),
  };
}

describe('single-field mutations of a valid bundle', () => {
  it('the golden bundle verifies (control)', () => {
    expect(verdictOf(golden)).toEqual({ verdict: 'verified', codes: [] });
  });

  it('every field changed, deleted or retyped is rejected with a reason code', () => {
    const paths = jsonPaths(golden).filter((p) => p.length > 0);
    const survivors: string[] = [];
    let mutants = 0;
    for (const path of paths) {
      const name = path.join('.');
      for (const [how, value] of mutationsOf(valueAt(golden, path))) {
        const removal = how === 'deleted' || how === 'emptied';
        const allowed = removal ? (REDUNDANT_REMOVALS[name] ?? IRRELEVANT[name]) : IRRELEVANT[name];
        const mutant = structuredClone(golden);
        set(mutant, path, value);
        mutants++;
        const { verdict, codes } = verdictOf(mutant);
        if (verdict === 'verified') {
          if (allowed === undefined) survivors.push(`${name} (${how})`);
          continue;
        }
        expect(codes.length, `${name} (${how})`).toBeGreaterThan(0);
        for (const code of codes)
          expect(isReasonCode(code), `${name} (${how}): ${code}`).toBe(true);
      }
    }
    expect(survivors).toEqual([]);
    expect(mutants).toBeGreaterThan(60);
  });
});
