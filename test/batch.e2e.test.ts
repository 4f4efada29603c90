// Many artifacts, each with its own bundle, in one run of the built CLI: attestations are
// matched to artifacts through their subject digests (never artifact x attestation), every
// attestation is still verified and reported, and the verdicts are what one run per artifact
// would give.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VerificationResult } from '../src/core/report.js';
import { DIST_CLI, runCli } from './support/cli-targets.js';
import {
  createTestInstance,
  githubClaims,
  sha256Subject,
  slsaV1Statement,
  statementBytes,
  type TestInstance,
} from './support/mint.js';

const COUNT = 12;
let instance: TestInstance;
let dir: string;
let root: string;
const artifacts: string[] = [];
const bundles: string[] = [];

function artifactBytes(i: number): Buffer {
  return Buffer.from(`batch artifact ${i}\n`);
}

beforeAll(async () => {
  instance = await createTestInstance();
  dir = mkdtempSync(join(tmpdir(), 'vp-batch-'));
  mkdirSync(join(dir, 'a'));
  mkdirSync(join(dir, 'b'));
  root = join(dir, 'trusted_root.json');
  writeFileSync(root, JSON.stringify(instance.trustedRoot));
  const claims = githubClaims();
  // COUNT artifacts with a bundle each, one more artifact without, one bundle for no artifact.
  for (let i = 0; i <= COUNT; i++) {
    const path = join(dir, 'a', `app-${String(i).padStart(2, '0')}.tgz`);
    writeFileSync(path, artifactBytes(i));
    artifacts.push(path);
  }
  for (let i = 0; i < COUNT; i++) {
    const subject = sha256Subject(`app-${i}.tgz`, artifactBytes(i));
    const bundle = await instance.signDsse(
      statementBytes(slsaV1Statement([subject], claims)),
      claims,
    );
    const path = join(dir, 'b', `app-${String(i).padStart(2, '0')}.sigstore.json`);
    writeFileSync(path, JSON.stringify(bundle));
    bundles.push(path);
  }
  const stray = sha256Subject('elsewhere.tgz', Buffer.from('not given'));
  const strayBundle = await instance.signDsse(
    statementBytes(slsaV1Statement([stray], claims)),
    claims,
  );
  writeFileSync(join(dir, 'b', 'zz-stray.sigstore.json'), JSON.stringify(strayBundle));
}, 120_000);

afterAll(() => instance.close());

async function verify(extra: string[]): Promise<{ code: number; result: VerificationResult }> {
  const { code, stdout } = await runCli(DIST_CLI, [
    'verify',
    ...extra,
    '--repo',
    'acme/app',
    '--trusted-root',
    root,
    '--format',
    'json',
  ]);
  return { code, result: JSON.parse(stdout) as VerificationResult };
}

describe('many artifacts, each with its own bundle, through the built CLI', () => {
  it('each artifact lists only the attestation that names it, and verifies', async () => {
    const { code, result } = await verify([
      ...artifacts.slice(0, COUNT),
      '--bundle',
      join(dir, 'b'),
    ]);
    expect(code).toBe(0);
    expect(result.artifacts).toHaveLength(COUNT);
    result.artifacts.forEach((a, i) => {
      expect(a.verdict).toBe('verified');
      expect(a.attestations.map((t) => t.origin)).toEqual([bundles[i]]);
    });
    // The bundle about no given artifact was verified and is reported, once.
    expect(result.warnings.join('\n')).toContain(
      '1 attestation(s) name none of the artifacts given',
    );
    expect(result.warnings.join('\n')).toContain('zz-stray.sigstore.json');
  }, 120_000);

  it('an artifact no attestation names fails (SUBJECT), shown against the first few', async () => {
    const { code, result } = await verify([...artifacts, '--bundle', join(dir, 'b')]);
    expect(code).toBe(1);
    const last = result.artifacts[COUNT];
    expect(last?.verdict).toBe('failed');
    expect(last?.attestations.length).toBeLessThanOrEqual(9);
    expect(last?.attestations.every((t) => t.verdict === 'failed')).toBe(true);
    expect(last?.attestations.at(-1)?.checks[0]?.message).toContain(
      `none of the other ${COUNT + 1 - 8} attestation(s) names this artifact's digest`,
    );
    expect(result.failedChecks).toEqual(['SUBJECT']);
    expect(result.artifacts.slice(0, COUNT).every((a) => a.verdict === 'verified')).toBe(true);
  }, 120_000);

  it('an unreadable bundle is reported under every artifact and fails each', async () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"mediaType": 1}');
    const { code, result } = await verify([
      ...artifacts.slice(0, COUNT),
      '--bundle',
      join(dir, 'b'),
      '--bundle',
      broken,
    ]);
    expect(code).toBe(0); // each artifact has a verified attestation; the broken one is listed
    for (const a of result.artifacts) {
      expect(a.attestations.map((t) => t.origin)).toContain(broken);
      expect(a.attestations.find((t) => t.origin === broken)?.verdict).toBe('failed');
    }
  }, 120_000);

  it('the same verdicts as one run per artifact', async () => {
    const one = await Promise.all(
      [0, 5, COUNT].map(
        async (i) => (await verify([artifacts[i] as string, '--bundle', join(dir, 'b')])).code,
      ),
    );
    expect(one).toEqual([0, 0, 1]);
  }, 120_000);
});
