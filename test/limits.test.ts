// Every limit on untrusted input, at the limit (not refused for size) and one past it (LIMIT),
// checked before the heavy work; and the invariants no input may break.
import { describe, expect, it } from 'vitest';
import { parseBundle } from '../src/core/bundle/parse-bundle.js';
import { readAttestations } from '../src/core/input/read-attestations.js';
import { parseStrictJson, type JsonObject } from '../src/core/json/strict-json.js';
import { LIMITS } from '../src/core/limits.js';
import { parsePolicy } from '../src/core/policy/parse-policy.js';
import { resultFromArtifacts } from '../src/core/report.js';
import { parseStatement } from '../src/core/statement/statement.js';
import { verifyArtifacts } from '../src/core/verify.js';
import { readChunks, readInputFile } from '../src/sources/files.js';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  codeOf,
  failedCodesOf,
  fixtureBytes,
  fixtureJson,
  fixtureRoot,
  subjectOf,
  verifyWith,
} from './support/verify-helpers.js';

const TAG = 'bundles/in-repo-tag.sigstore.json';
const APP = 'artifacts/app-1.2.3.tgz';

const golden = (): JsonObject => fixtureJson<JsonObject>(TAG);
const material = (b: JsonObject): JsonObject => b.verificationMaterial as JsonObject;

function statementWith(subjects: unknown[]): Buffer {
  return Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v1',
      subject: subjects,
      predicateType: 'x',
      predicate: {},
    }),
  );
}

describe('limits: at the limit passes the size check, one past it is LIMIT', () => {
  it(`attestation file bytes: ${LIMITS.maxInputBytes}`, async () => {
    const at = Buffer.alloc(LIMITS.maxInputBytes, 0x20);
    at.write('{"attestations":[]}', 0);
    expect(codeOf(() => readAttestations('at', at))).not.toBe('LIMIT');
    expect(
      codeOf(() => readAttestations('past', Buffer.alloc(LIMITS.maxInputBytes + 1, 0x20))),
    ).toBe('LIMIT');
    // The file reader refuses before reading the file into memory.
    const dir = mkdtempSync(join(tmpdir(), 'vp-limit-'));
    writeFileSync(join(dir, 'past.json'), Buffer.alloc(LIMITS.maxInputBytes + 1, 0x20));
    await expect(readInputFile(join(dir, 'past.json'))).rejects.toMatchObject({ code: 'LIMIT' });
    writeFileSync(join(dir, 'at.json'), at);
    expect((await readInputFile(join(dir, 'at.json'))).length).toBe(LIMITS.maxInputBytes);
  });

  it('a file is read whole whatever its size says: small, around a chunk, or sized 0 by stat', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vp-read-'));
    for (const size of [0, 1, 4096, (1 << 20) - 1, 1 << 20, (1 << 20) + 1, 3 << 20]) {
      const bytes = Buffer.alloc(size);
      for (let i = 0; i < size; i++) bytes[i] = (i * 7) & 0xff;
      writeFileSync(join(dir, `f${size}`), bytes);
      expect((await readInputFile(join(dir, `f${size}`))).equals(bytes)).toBe(true);
    }
    // Linux: /proc files say size 0 and have content; read to the end all the same.
    if (process.platform === 'linux') {
      const status = await readInputFile('/proc/self/status');
      expect(status.toString('utf8')).toMatch(/^Name:/);
      expect(status.length).toBeGreaterThan(100);
    }
  });

  it('chunks read ahead: a reader may stop after one; transient buffers never overwrite a chunk in use', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vp-read-'));
    const path = join(dir, 'big');
    const bytes = Buffer.alloc((5 << 20) + 12345);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7 + (i >> 20)) & 0xff;
    writeFileSync(path, bytes);
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      for (const transient of [false, true]) {
        const options = { directory: '', transient };
        for (let i = 0; i < 10; i++)
          for await (const chunk of readChunks(path, LIMITS.maxArtifactBytes, options)) {
            expect(chunk.equals(bytes.subarray(0, chunk.length))).toBe(true);
            break;
          }
        // Read whole: every chunk is the file's next bytes while it is in hand.
        let at = 0;
        for await (const chunk of readChunks(path, LIMITS.maxArtifactBytes, options)) {
          await new Promise((r) => setTimeout(r, 5)); // the read ahead has landed by now
          expect(chunk.equals(bytes.subarray(at, at + chunk.length))).toBe(true);
          at += chunk.length;
        }
        expect(at).toBe(bytes.length);
      }
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(unhandled).toEqual([]);
  });

  it(`JSON depth: ${LIMITS.maxJsonDepth}`, () => {
    const nest = (n: number): string => `${'['.repeat(n)}${']'.repeat(n)}`;
    expect(codeOf(() => parseStrictJson(nest(LIMITS.maxJsonDepth)))).toBe('ok');
    expect(codeOf(() => parseStrictJson(nest(LIMITS.maxJsonDepth + 1)))).toBe('LIMIT');
    // Far past it: refused without a stack overflow.
    expect(codeOf(() => parseStrictJson(nest(1_000_000)))).toBe('LIMIT');
  });

  it(`attestations per file: ${LIMITS.maxAttestations}`, () => {
    const line = JSON.stringify(golden());
    const lines = (n: number): Buffer =>
      Buffer.from(Array.from({ length: n }, () => line).join('\n'));
    expect(readAttestations('at.jsonl', lines(LIMITS.maxAttestations))).toHaveLength(
      LIMITS.maxAttestations,
    );
    expect(codeOf(() => readAttestations('past.jsonl', lines(LIMITS.maxAttestations + 1)))).toBe(
      'LIMIT',
    );
    const api = (n: number): Buffer =>
      Buffer.from(
        JSON.stringify({ attestations: Array.from({ length: n }, () => ({ bundle: golden() })) }),
      );
    expect(readAttestations('at.json', api(LIMITS.maxAttestations))).toHaveLength(
      LIMITS.maxAttestations,
    );
    expect(codeOf(() => readAttestations('past.json', api(LIMITS.maxAttestations + 1)))).toBe(
      'LIMIT',
    );
  });

  it(`transparency-log entries: ${LIMITS.maxTlogEntries}`, () => {
    const withEntries = (n: number): JsonObject => {
      const b = golden();
      const entries = material(b).tlogEntries as JsonObject[];
      material(b).tlogEntries = Array.from({ length: n }, () => entries[0] as JsonObject);
      return b;
    };
    expect(codeOf(() => parseBundle(withEntries(LIMITS.maxTlogEntries)))).toBe('ok');
    expect(codeOf(() => parseBundle(withEntries(LIMITS.maxTlogEntries + 1)))).toBe('LIMIT');
  });

  it(`RFC 3161 timestamps: ${LIMITS.maxTimestamps}`, () => {
    const withStamps = (n: number): JsonObject => {
      const b = golden();
      const data = material(b).timestampVerificationData as JsonObject;
      const one = (data.rfc3161Timestamps as JsonObject[])[0] as JsonObject;
      data.rfc3161Timestamps = Array.from({ length: n }, () => one);
      return b;
    };
    expect(codeOf(() => parseBundle(withStamps(LIMITS.maxTimestamps)))).toBe('ok');
    expect(codeOf(() => parseBundle(withStamps(LIMITS.maxTimestamps + 1)))).toBe('LIMIT');
  });

  it(`subjects: ${LIMITS.maxSubjects}`, () => {
    const subjects = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        name: `f${i}`,
        digest: { sha256: i.toString(16).padStart(64, '0') },
      }));
    expect(codeOf(() => parseStatement(statementWith(subjects(LIMITS.maxSubjects))))).toBe('ok');
    expect(codeOf(() => parseStatement(statementWith(subjects(LIMITS.maxSubjects + 1))))).toBe(
      'LIMIT',
    );
  });

  it(`digests per subject: ${LIMITS.maxDigestsPerSubject}`, () => {
    const digest = (n: number): Record<string, string> =>
      Object.fromEntries(
        Array.from({ length: n }, (_, i) => [i === 0 ? 'sha256' : `alg${i}`, 'ab'.repeat(32)]),
      );
    expect(
      codeOf(() =>
        parseStatement(statementWith([{ name: 'a', digest: digest(LIMITS.maxDigestsPerSubject) }])),
      ),
    ).toBe('ok');
    expect(
      codeOf(() =>
        parseStatement(
          statementWith([{ name: 'a', digest: digest(LIMITS.maxDigestsPerSubject + 1) }]),
        ),
      ),
    ).toBe('LIMIT');
  });

  it(`DSSE payload bytes: ${LIMITS.maxPayloadBytes}`, () => {
    const withPayload = (n: number): JsonObject => {
      const b = golden();
      (b.dsseEnvelope as JsonObject).payload = Buffer.alloc(n, 0x20).toString('base64');
      return b;
    };
    expect(codeOf(() => parseBundle(withPayload(LIMITS.maxPayloadBytes)))).toBe('ok');
    expect(codeOf(() => parseBundle(withPayload(LIMITS.maxPayloadBytes + 1)))).toBe('LIMIT');
  });
});

describe('invariants', () => {
  const policy = { repo: 'acme/app' };

  it('the verdict does not change with JSON whitespace or key order outside the signed bytes', () => {
    const reverse = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reverse)
        : v !== null && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reverse(x)]),
            )
          : v;
    const forms = [
      fixtureBytes(TAG),
      Buffer.from(JSON.stringify(golden())),
      Buffer.from(JSON.stringify(golden(), null, 7)),
      Buffer.from(JSON.stringify(reverse(golden()))),
      Buffer.from(`\n\t ${JSON.stringify(reverse(golden()), null, '\t')} \r\n`),
    ];
    for (const wrongRepo of [false, true]) {
      const results = forms.map((bytes) =>
        verifyWith({
          bundles: [bytes],
          artifact: APP,
          policy: wrongRepo ? { repo: 'acme/other' } : policy,
        }),
      );
      const shapes = results.map((r) => ({
        verdict: r.verdict,
        codes: failedCodesOf(r),
        checks: r.attestations[0]?.checks.map((c) => [c.id, c.status, c.code]),
      }));
      for (const s of shapes) expect(s).toEqual(shapes[0]);
      expect(shapes[0]?.verdict).toBe(wrongRepo ? 'failed' : 'verified');
    }
  });

  it('zero artifacts is a failure, never a pass', () => {
    const result = resultFromArtifacts({
      version: 't',
      command: 'verify',
      policy: parsePolicy(policy),
      roots: [fixtureRoot()],
      artifacts: [],
    });
    expect(result.verdict).toBe('failed');
    expect(result.exitCode).toBe(1);
  });

  it('zero attestations is NO_ATTESTATION, a failure', () => {
    const [artifact] = verifyArtifacts({
      policy: parsePolicy(policy),
      roots: [fixtureRoot()],
      artifacts: [subjectOf(APP)],
      attestations: [],
    });
    expect(artifact?.verdict).toBe('failed');
    const result = resultFromArtifacts({
      version: 't',
      command: 'verify',
      policy: parsePolicy(policy),
      roots: [fixtureRoot()],
      artifacts: artifact ? [artifact] : [],
    });
    expect(result).toMatchObject({
      verdict: 'failed',
      exitCode: 1,
      failedChecks: ['NO_ATTESTATION'],
    });
  });

  it('zero matching predicate types is NO_ATTESTATION, a failure', () => {
    const artifact = verifyWith({
      bundles: ['bundles/sbom-predicate.sigstore.json'],
      artifact: APP,
      policy,
    });
    const result = resultFromArtifacts({
      version: 't',
      command: 'verify',
      policy: parsePolicy(policy),
      roots: [fixtureRoot()],
      artifacts: [artifact],
    });
    expect(result.verdict).toBe('failed');
    expect(result.failedChecks).toContain('NO_ATTESTATION');
  });
});
