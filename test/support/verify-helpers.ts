// Helpers to run the pure core (readAttestations -> verifyArtifacts) from tests.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { expect } from 'vitest';
import type { ReasonCode } from '../../src/core/codes.js';
import { VerifyError } from '../../src/core/errors.js';
import { loadTrustedRoot, type LoadedRoot } from '../../src/core/crypto/trust.js';
import {
  readAttestations,
  type AttestationCandidate,
} from '../../src/core/input/read-attestations.js';
import type { JsonValue } from '../../src/core/json/strict-json.js';
import type { ArtifactDigests } from '../../src/core/policy/checks/subject.js';
import { parsePolicy } from '../../src/core/policy/parse-policy.js';
import type { PolicyInput } from '../../src/core/policy/policy.js';
import { failedCodes, type ArtifactResult } from '../../src/core/result.js';
import { verifyArtifacts, type ArtifactSubject } from '../../src/core/verify.js';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURES = join(REPO_ROOT, 'fixtures');

/** Absolute path of a file under fixtures/ (absolute paths pass through). */
export function fixturePath(rel: string): string {
  return isAbsolute(rel) ? rel : join(FIXTURES, rel);
}

export function fixtureBytes(rel: string): Buffer {
  return readFileSync(fixturePath(rel));
}

/** A fixture parsed with plain JSON.parse, for tests that mutate it. */
export function fixtureJson<T = Record<string, unknown>>(rel: string): T {
  return JSON.parse(fixtureBytes(rel).toString('utf8')) as T;
}

/** The committed throwaway root, loaded once per call site. */
export function fixtureRoot(): LoadedRoot {
  return loadTrustedRoot(fixtureJson<JsonValue>('trusted_root.json'), 'fixtures/trusted_root.json');
}

/** An attestation input: a fixture path (string), raw bytes, or a JSON value to stringify. */
export type BundleInput = string | Buffer | { readonly json: unknown; readonly name?: string };

export function candidatesOf(input: BundleInput, index = 0): AttestationCandidate[] {
  if (typeof input === 'string') return readAttestations(input, fixtureBytes(input));
  if (Buffer.isBuffer(input)) return readAttestations(`input-${index}`, input);
  return readAttestations(
    input.name ?? `json-${index}`,
    Buffer.from(JSON.stringify(input.json), 'utf8'),
  );
}

/** An artifact: a fixture path, its bytes, or known digests. */
export type ArtifactInput =
  string | Buffer | { readonly name?: string; readonly sha256?: string; readonly sha512?: string };

export function subjectOf(artifact: ArtifactInput): ArtifactSubject {
  if (typeof artifact === 'string' || Buffer.isBuffer(artifact)) {
    const bytes = typeof artifact === 'string' ? fixtureBytes(artifact) : artifact;
    const name = typeof artifact === 'string' ? artifact : 'artifact';
    return {
      name,
      digests: {
        sha256: createHash('sha256').update(bytes).digest('hex'),
        sha512: createHash('sha512').update(bytes).digest('hex'),
      },
    };
  }
  const digests: { -readonly [K in keyof ArtifactDigests]: ArtifactDigests[K] } = {};
  if (artifact.sha256 !== undefined) digests.sha256 = artifact.sha256;
  if (artifact.sha512 !== undefined) digests.sha512 = artifact.sha512;
  return { name: artifact.name ?? 'artifact', digests };
}

export type VerifyWithArgs = {
  readonly bundles: readonly BundleInput[];
  readonly policy: PolicyInput;
  /** A trusted_root.json document; defaults to fixtures/trusted_root.json. */
  readonly rootJson?: unknown;
  /** Already loaded roots; wins over rootJson. */
  readonly roots?: readonly LoadedRoot[];
};

function rootsOf(args: VerifyWithArgs): readonly LoadedRoot[] {
  if (args.roots !== undefined) return args.roots;
  if (args.rootJson !== undefined) return [loadTrustedRoot(args.rootJson as JsonValue, 'test')];
  return [fixtureRoot()];
}

/** Verify several artifacts at once; one result per artifact, in order. */
export function verifyAll(
  args: VerifyWithArgs & { readonly artifacts: readonly ArtifactInput[] },
): ArtifactResult[] {
  const attestations = args.bundles.flatMap((b, i) => candidatesOf(b, i));
  return verifyArtifacts({
    policy: parsePolicy(args.policy),
    roots: rootsOf(args),
    artifacts: args.artifacts.map(subjectOf),
    attestations,
  });
}

/** Verify one artifact; returns its ArtifactResult. */
export function verifyWith(
  args: VerifyWithArgs & { readonly artifact: ArtifactInput },
): ArtifactResult {
  const [result] = verifyAll({ ...args, artifacts: [args.artifact] });
  if (result === undefined) throw new Error('verifyArtifacts returned no result');
  return result;
}

/** Sorted unique failing codes across every attestation of the artifact. */
export function failedCodesOf(result: ArtifactResult): ReasonCode[] {
  const codes = new Set<ReasonCode>();
  for (const att of result.attestations) failedCodes(att.checks).forEach((c) => codes.add(c));
  return [...codes].sort();
}

/**
 * `'verified'`: verdict verified and no failing code at all.
 * `{ fails }`: verdict failed (or the given verdict) and the failing codes are exactly `fails`.
 */
export function expectVerdict(
  result: ArtifactResult,
  expected:
    | 'verified'
    | { readonly fails: readonly ReasonCode[]; readonly verdict?: 'failed' | 'indeterminate' },
): void {
  const codes = failedCodesOf(result);
  const detail = JSON.stringify(
    result.attestations.map((a) => ({
      origin: a.origin,
      verdict: a.verdict,
      failed: a.checks.filter((c) => c.status === 'fail'),
    })),
    null,
    1,
  );
  if (expected === 'verified') {
    expect(result.verdict, detail).toBe('verified');
    return;
  }
  expect(result.verdict, detail).toBe(expected.verdict ?? 'failed');
  expect(codes, detail).toEqual([...new Set(expected.fails)].sort());
}

/** The reason code a call ends with, or 'ok'; anything but a VerifyError is rethrown. */
export function codeOf(fn: () => unknown): string {
  try {
    fn();
    return 'ok';
  } catch (err) {
    if (err instanceof VerifyError) return err.code;
    throw err;
  }
}

/** The reason code a promise rejects with, or 'ok'; anything but a VerifyError is rethrown. */
export async function rejectionCodeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (err) {
    if (err instanceof VerifyError) return err.code;
    throw err;
  }
}
