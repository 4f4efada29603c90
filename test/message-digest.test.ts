// Message-signature bundles checked from the artifact's digest (sigstore-conformance passes
// `sha256:HEX`): prehashed ECDSA with @noble/curves, differentially against node:crypto.
import { execFile } from 'node:child_process';
import { createHash, generateKeyPairSync, sign, verify } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBundle } from '../src/core/bundle/parse-bundle.js';
import {
  loadPrehashCurves,
  messageSignatureContent,
} from '../src/core/crypto/message-signature.js';
import { loadTrustedRoot } from '../src/core/crypto/trust.js';
import { verifyBundleCrypto } from '../src/core/crypto/verify-signature.js';
import { VerifyError } from '../src/core/errors.js';
import type { JsonValue } from '../src/core/json/strict-json.js';
import {
  createTestInstance,
  githubClaims,
  type SerializedBundle,
  type SigningKeyType,
  type TestInstance,
} from './support/mint.js';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '..', 'dist', 'cli', 'index.js');

async function cli(argv: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...argv]);
    return { code: 0, out: stdout + stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

let instance: TestInstance;
let dir: string;
const artifact = Buffer.from('the artifact a message signature covers\n');
const minted: Partial<Record<SigningKeyType, SerializedBundle>> = {};

beforeAll(async () => {
  await loadPrehashCurves();
  instance = await createTestInstance();
  dir = mkdtempSync(join(tmpdir(), 'vp-msgdigest-'));
  writeFileSync(join(dir, 'artifact.bin'), artifact);
  writeFileSync(join(dir, 'root.json'), JSON.stringify(instance.trustedRoot));
  writeFileSync(join(dir, 'root-noct.json'), JSON.stringify(instance.trustedRootWithoutCt));
  for (const keyType of ['P-256', 'P-384', 'Ed25519'] as const) {
    minted[keyType] = await instance.signMessage(artifact, githubClaims(), { keyType });
    writeFileSync(join(dir, `${keyType}.json`), JSON.stringify(minted[keyType]));
  }
}, 60_000);

afterAll(() => {
  instance.close();
  rmSync(dir, { recursive: true, force: true });
});

const identity = (): string[] => {
  const claims = githubClaims();
  return [
    '--certificate-identity',
    `https://github.com/${claims.jobWorkflowRef}`,
    '--certificate-oidc-issuer',
    'https://token.actions.githubusercontent.com',
  ];
};

function args(keyType: SigningKeyType, target: string): string[] {
  const root = keyType === 'P-256' ? 'root.json' : 'root-noct.json';
  return [
    'verify-bundle',
    '--bundle',
    join(dir, `${keyType}.json`),
    ...identity(),
    '--trusted-root',
    join(dir, root),
    target,
  ];
}

describe('verify-bundle: a message signature from the file or from its digest (built CLI)', () => {
  it.each(['P-256', 'P-384'] as const)('%s: the file and sha256:HEX both verify', async (k) => {
    const byFile = await cli(args(k, join(dir, 'artifact.bin')));
    const byDigest = await cli(args(k, `sha256:${sha256(artifact)}`));
    expect(byFile.code, byFile.out).toBe(0);
    expect(byDigest.code, byDigest.out).toBe(0);
  });

  it.each(['P-256', 'P-384', 'Ed25519'] as const)(
    '%s: another digest is refused (SUBJECT), as another file is',
    async (k) => {
      const other = Buffer.from('other bytes');
      writeFileSync(join(dir, 'other.bin'), other);
      const byFile = await cli(args(k, join(dir, 'other.bin')));
      const byDigest = await cli(args(k, `sha256:${sha256(other)}`));
      expect(byFile.code, byFile.out).toBe(1);
      expect(byDigest.code, byDigest.out).toBe(1);
      expect(byDigest.out).toContain('SUBJECT');
    },
  );

  it('Ed25519: the file verifies; a digest is refused with the reason (Ed25519 signs the bytes)', async () => {
    const byFile = await cli(args('Ed25519', join(dir, 'artifact.bin')));
    expect(byFile.code, byFile.out).toBe(0);
    const byDigest = await cli(args('Ed25519', `sha256:${sha256(artifact)}`));
    expect(byDigest.code, byDigest.out).toBe(2);
    expect(byDigest.out).toMatch(/Ed25519, which signs the artifact bytes themselves/);
  });

  it('a sha512 digest of a bundle that signed SHA-256 is refused with the algorithm named', async () => {
    const digest = createHash('sha512').update(artifact).digest('hex');
    const r = await cli(args('P-256', `sha512:${digest}`));
    expect(r.code, r.out).toBe(2);
    expect(r.out).toContain('signs the SHA256 digest');
  });
});

describe('differential: prehashed ECDSA (@noble/curves) against node:crypto on the file', () => {
  const mutate = (sig: Buffer, i: number): Buffer => {
    const copy = Buffer.from(sig);
    copy[i % copy.length] = (copy[i % copy.length] ?? 0) ^ (1 << (i % 8));
    return copy;
  };

  it.each([
    ['P-256', 'prime256v1', 'sha256'],
    ['P-384', 'secp384r1', 'sha256'],
    ['P-384', 'secp384r1', 'sha384'],
    ['P-521', 'secp521r1', 'sha512'],
  ] as const)(
    '%s over %s digests: same answer for valid, mutated and foreign signatures',
    (_n, curve, hash) => {
      const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: curve });
      const other = generateKeyPairSync('ec', { namedCurve: curve });
      let agreedTrue = 0;
      for (let i = 0; i < 30; i++) {
        const message = Buffer.from(`message ${i} ${'x'.repeat(i)}`);
        const digest = createHash(hash).update(message).digest();
        const good = sign(hash, message, privateKey);
        const candidates = [
          good,
          mutate(good, i),
          sign(hash, message, other.privateKey),
          sign(hash, Buffer.from(`another ${i}`), privateKey),
        ];
        for (const sig of candidates) {
          const node = verify(hash, message, publicKey, sig);
          const content = messageSignatureContent(
            { messageDigest: { algorithm: algorithmEnum(hash), digest }, signature: sig },
            { kind: 'digest', algorithm: hash, digest },
          );
          expect(content.verifySignature(publicKey)).toBe(node);
          if (node) agreedTrue++;
        }
      }
      expect(agreedTrue).toBeGreaterThanOrEqual(30);
    },
  );

  it('minted bundles: file and digest forms agree through the whole crypto check', () => {
    const root = loadTrustedRoot(instance.trustedRoot as unknown as JsonValue, 'test');
    const noCt = loadTrustedRoot(instance.trustedRootWithoutCt as unknown as JsonValue, 'test');
    const outcome = (fn: () => unknown): string => {
      try {
        fn();
        return 'ok';
      } catch (err) {
        return err instanceof VerifyError ? err.code : 'THROW';
      }
    };
    for (const k of ['P-256', 'P-384'] as const) {
      const json = minted[k] as unknown as Record<string, any>;
      const roots = [k === 'P-256' ? root : noCt];
      const variants: Record<string, any>[] = [json];
      const tampered = structuredClone(json);
      const sig = Buffer.from(tampered.messageSignature.signature, 'base64');
      tampered.messageSignature.signature = mutate(sig, 7).toString('base64');
      variants.push(tampered);
      for (const v of variants) {
        const parsed = parseBundle(v as JsonValue);
        const byFile = outcome(() => verifyBundleCrypto(parsed, roots, { artifact }));
        const byDigest = outcome(() =>
          verifyBundleCrypto(parsed, roots, {
            artifactDigest: {
              algorithm: 'sha256',
              digest: createHash('sha256').update(artifact).digest(),
            },
          }),
        );
        expect(byDigest).toBe(byFile);
      }
    }
    expect(
      outcome(() =>
        verifyBundleCrypto(parseBundle(minted['P-256'] as unknown as JsonValue), [root], {
          artifact,
        }),
      ),
    ).toBe('ok');
  });
});

function algorithmEnum(hash: 'sha256' | 'sha384' | 'sha512'): number {
  return { sha256: 1, sha384: 2, sha512: 3 }[hash];
}
