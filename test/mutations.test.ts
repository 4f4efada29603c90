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
import { bothPaths } from './support/both-paths.js';
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
import {
  extension as derExtension,
  extensionOid,
  tlv,
  type Node as DerNode,
} from './support/der.js';

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

/** The verdict and codes of one bundle, the same on the fast and the plain path. */
function verdictOf(bundle: unknown): { verdict: string; codes: string[] } {
  return bothPaths(() => plainVerdictOf(bundle), JSON.stringify(bundle).slice(0, 200));
}

function plainVerdictOf(bundle: unknown): { verdict: string; codes: string[] } {
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

// ------------------------------------------------------------------------------------------
// The same discipline inside the certificate: each Fulcio extension of a freshly issued leaf is
// changed, removed, duplicated, moved to a longer OID (a sub-arc alias), made critical or
// re-encoded with another string type, and the leaf re-signed by the CA. Under a policy that
// pins everything it can, each mutant is rejected unless the change is semantically null.

const FULCIO = '1.3.6.1.4.1.57264.1.';

/** Mutants allowed to verify, by `arc:how`, each with why the change means nothing. */
const NULL_CERT_CHANGES: Record<string, string> = {
  '1:removed': 'the issuer is also in 1.8, which the check reads first',
  '1:aliased': 'as removed: the alias is an unknown extension, ignored',
  '8:removed': 'the deprecated 1.1 states the same issuer',
  '8:aliased': 'as removed',
  '2:removed': 'the trigger is also in 1.20',
  '2:aliased': 'as removed',
  '20:removed': 'the deprecated 1.2 states the same trigger',
  '20:aliased': 'as removed',
  '3:removed': 'the commit is also in 1.13',
  '3:aliased': 'as removed',
  '13:removed': 'the deprecated 1.3 states the same commit',
  '13:aliased': 'as removed',
  '5:removed': 'the repository is also in 1.12',
  '5:aliased': 'as removed',
  '12:removed': 'the deprecated 1.5 states the same repository',
  '12:aliased': 'as removed',
  '6:removed': 'the ref is also in 1.14',
  '6:aliased': 'as removed',
  '14:removed': 'the deprecated 1.6 states the same ref',
  '14:aliased': 'as removed',
  '9:removed': 'the SAN states the signer; 1.9 only has to agree with it when present',
  '9:aliased': 'as removed',
  '16:removed': 'the owner is read from the source repository',
  '16:aliased': 'as removed',
  '10:changed': 'the signer workflow digest is informational: no policy here reads it',
  '10:removed': 'as changed',
  '10:aliased': 'as changed',
  '19:changed': 'the caller workflow digest is informational',
  '19:removed': 'as changed',
  '19:aliased': 'as changed',
  '21:changed': 'the run link is informational (its grammar is still checked)',
  '21:removed': 'as changed',
  '21:aliased': 'as changed',
  '22:changed': 'repository visibility is informational',
  '22:removed': 'as changed',
  '22:aliased': 'as changed',
};

type CertMutation = readonly [how: string, apply: (exts: DerNode[], oid: string) => DerNode[]];

function valueOf(ext: DerNode): Buffer {
  return ext.children?.[ext.children.length - 1]?.value ?? Buffer.alloc(0);
}

function flipMiddle(bytes: Buffer): Buffer {
  const out = Buffer.from(bytes);
  const at = out.length - 1 - (out.length >> 2);
  out[at] = (out[at] ?? 0) ^ 0x01;
  return out;
}

const CERT_MUTATIONS: readonly CertMutation[] = [
  [
    'changed',
    (exts, oid) =>
      exts.map((e) => (extensionOid(e) === oid ? derExtension(oid, flipMiddle(valueOf(e))) : e)),
  ],
  ['removed', (exts, oid) => exts.filter((e) => extensionOid(e) !== oid)],
  ['duplicated', (exts, oid) => [...exts, ...exts.filter((e) => extensionOid(e) === oid)]],
  [
    'aliased',
    (exts, oid) =>
      exts.map((e) => (extensionOid(e) === oid ? derExtension(`${oid}.0`, valueOf(e)) : e)),
  ],
  [
    'critical',
    (exts, oid) =>
      exts.map((e) => (extensionOid(e) === oid ? derExtension(oid, valueOf(e), true) : e)),
  ],
  [
    're-encoded',
    (exts, oid) =>
      exts.map((e) => {
        if (extensionOid(e) !== oid) return e;
        const v = valueOf(e);
        // v2 fields are DER UTF8Strings: re-encode as IA5String; legacy raw values: DER-wrap them.
        return derExtension(oid, v[0] === 0x0c ? tlv(0x16, v.subarray(2)) : tlv(0x0c, v));
      }),
  ],
];

describe('single-extension mutations of the re-signed certificate', () => {
  const pinned = parsePolicy({
    repo: 'acme/app',
    signerWorkflow: 'acme/app/.github/workflows/release.yml@refs/tags/v1.2.3',
    callerWorkflow: 'acme/app/.github/workflows/release.yml@refs/tags/v1.2.3',
    sourceTag: 'v1.2.3',
    sourceDigest: githubClaims().sha,
    repoId: '111',
    ownerId: '222',
    triggers: ['push'],
  });

  async function verdictOfCert(
    transform: (exts: DerNode[]) => DerNode[],
  ): Promise<{ verdict: string; codes: string[] }> {
    const claims = githubClaims({ certTransform: transform });
    const bundle = await instance.signDsse(
      statementBytes(slsaV1Statement([sha256Subject('a.tgz', ARTIFACT)], claims)),
      claims,
    );
    const noCt = loadTrustedRoot(instance.trustedRootWithoutCt as unknown as JsonValue, 'no-ct');
    const digests = { sha256: createHash('sha256').update(ARTIFACT).digest('hex') };
    return bothPaths(() => {
      const [result] = verifyArtifacts({
        policy: pinned,
        roots: [noCt],
        artifacts: [{ name: 'a.tgz', digests }],
        attestations: readAttestations('m.json', Buffer.from(JSON.stringify(bundle))),
      });
      return {
        verdict: result?.verdict ?? 'none',
        codes: (result?.attestations ?? []).flatMap((a) => failedCodes(a.checks)),
      };
    });
  }

  it('the re-signed, unchanged leaf verifies (control)', async () => {
    expect(await verdictOfCert((e) => e)).toEqual({ verdict: 'verified', codes: [] });
  });

  it('every Fulcio extension changed, removed, duplicated, aliased, made critical or re-encoded is rejected unless null', async () => {
    let fulcio: string[] = [];
    await verdictOfCert((exts) => {
      fulcio = exts.map(extensionOid).filter((o) => o.startsWith(FULCIO));
      return exts;
    });
    expect(fulcio.length).toBeGreaterThan(15);
    const survivors: string[] = [];
    const allowedSeen = new Set<string>();
    let mutants = 0;
    for (const oid of fulcio) {
      const arc = oid.slice(FULCIO.length);
      for (const [how, apply] of CERT_MUTATIONS) {
        mutants++;
        const { verdict, codes } = await verdictOfCert((exts) => apply(exts, oid));
        const key = `${arc}:${how}`;
        if (verdict === 'verified') {
          if (NULL_CERT_CHANGES[key] === undefined) survivors.push(key);
          else allowedSeen.add(key);
          continue;
        }
        expect(codes.length, key).toBeGreaterThan(0);
        for (const code of codes) expect(isReasonCode(code), `${key}: ${code}`).toBe(true);
      }
    }
    expect(survivors).toEqual([]);
    // The allowlist holds no stale entry: each listed change was made and did verify.
    expect(Object.keys(NULL_CERT_CHANGES).filter((k) => !allowedSeen.has(k))).toEqual([]);
    expect(mutants).toBeGreaterThan(90);
  }, 240_000);
});
