import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleFromJSON, type SerializedBundle } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestInstance,
  githubClaims,
  sha256Subject,
  signerUri,
  sigstoreVerify,
  slsaV1Statement,
  statementBytes,
  type TestInstance,
  type WorkflowClaims,
} from './support/mint.js';

const fixture = (rel: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../fixtures/${rel}`, import.meta.url)), 'utf8'));

const OID = (n: number): string => `1.3.6.1.4.1.57264.1.${n}`;

function leaf(bundle: SerializedBundle): X509Certificate {
  const raw = bundle.verificationMaterial.certificate?.rawBytes;
  if (raw === undefined) throw new Error('bundle has no single certificate');
  return X509Certificate.parse(Buffer.from(raw, 'base64'));
}

function ext(cert: X509Certificate, n: number): string | undefined {
  return cert.extension(OID(n))?.valueObj.subs[0]?.value.toString('utf8');
}

function payloadOf(bundle: SerializedBundle): Buffer {
  const payload = bundle.dsseEnvelope?.payload;
  if (payload === undefined) throw new Error('not a DSSE bundle');
  return Buffer.from(payload, 'base64');
}

const artifact = Buffer.from('app 1.2.3 release bytes\n');

async function mintProvenance(instance: TestInstance, claims: WorkflowClaims) {
  const statement = slsaV1Statement([sha256Subject('app-1.2.3.tgz', artifact)], claims);
  return instance.signDsse(statementBytes(statement), claims);
}

describe('createTestInstance', () => {
  let instance: TestInstance;
  beforeAll(async () => {
    instance = await createTestInstance();
  });
  afterAll(() => instance.close());

  it('mints a v0.3 DSSE bundle that @sigstore/verify accepts against its trusted root', async () => {
    const claims = githubClaims();
    const json = await mintProvenance(instance, claims);

    expect(json.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(json.verificationMaterial.tlogEntries).toHaveLength(1);
    expect(json.verificationMaterial.tlogEntries[0]?.kindVersion).toEqual({
      kind: 'intoto',
      version: '0.0.2',
    });
    expect(json.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1);
    expect(json.dsseEnvelope?.payloadType).toBe('application/vnd.in-toto+json');

    const entity = toSignedEntity(bundleFromJSON(json));
    const trust = toTrustMaterial(TrustedRoot.fromJSON(instance.trustedRoot));
    const verifier = new Verifier(trust, {
      tlogThreshold: 1,
      ctlogThreshold: 1,
      timestampThreshold: 1,
    });
    const signer = verifier.verify(entity);
    expect(signer.identity?.subjectAlternativeName).toBe(signerUri(claims));
    // Both the Rekor SET time and the RFC 3161 token count as verified timestamps.
    expect(() =>
      sigstoreVerify(json, instance.trustedRoot, { timestampThreshold: 2 }),
    ).not.toThrow();
  });

  it('rejects the bundle after a one-byte payload change', async () => {
    const json = await mintProvenance(instance, githubClaims());
    const payload = payloadOf(json);
    payload[10] = (payload[10] ?? 0) ^ 0x01;
    const tampered: SerializedBundle = structuredClone(json);
    if (tampered.dsseEnvelope) tampered.dsseEnvelope.payload = payload.toString('base64');
    expect(() => sigstoreVerify(tampered, instance.trustedRoot)).toThrow();
  });

  it('puts the claims into the leaf certificate like Fulcio does', async () => {
    const claims = githubClaims({
      jobWorkflowRef: 'acme/shared-workflows/.github/workflows/build.yml@refs/tags/v1.0.0',
      runnerEnvironment: 'self-hosted',
    });
    const cert = leaf(await mintProvenance(instance, claims));

    expect(cert.subjectAltName).toBe(
      'https://github.com/acme/shared-workflows/.github/workflows/build.yml@refs/tags/v1.0.0',
    );
    expect(ext(cert, 9)).toBe(cert.subjectAltName);
    expect(ext(cert, 8)).toBe(claims.issuer);
    expect(ext(cert, 11)).toBe(claims.runnerEnvironment);
    expect(ext(cert, 12)).toBe(`https://github.com/${claims.repository}`);
    expect(ext(cert, 13)).toBe(claims.sha);
    expect(ext(cert, 14)).toBe(claims.ref);
    expect(ext(cert, 15)).toBe(claims.repositoryId);
    expect(ext(cert, 17)).toBe(claims.repositoryOwnerId);
    expect(ext(cert, 18)).toBe(`https://github.com/${claims.workflowRef}`);
    expect(ext(cert, 20)).toBe(claims.eventName);
    expect(ext(cert, 21)).toBe('https://github.com/acme/app/actions/runs/9876543210/attempts/1');
    expect(ext(cert, 22)).toBe('public');
  });

  it('leaves out the extension of an omitted claim', async () => {
    const claims = githubClaims({ runnerEnvironment: undefined });
    expect('runnerEnvironment' in claims).toBe(false);
    const cert = leaf(await mintProvenance(instance, claims));
    expect(cert.extension(OID(11))).toBeUndefined();
    expect(ext(cert, 12)).toBe('https://github.com/acme/app');
  });

  it('can mint a certificate whose SAN disagrees with 1.9 (adversarial)', async () => {
    const claims = githubClaims({
      san: 'https://github.com/evil/app/.github/workflows/x.yml@refs/heads/x',
    });
    const json = await mintProvenance(instance, claims);
    const cert = leaf(json);
    expect(cert.subjectAltName).toBe(claims.san);
    expect(ext(cert, 9)).toBe(`https://github.com/${claims.workflowRef}`);
    expect(() => sigstoreVerify(json, instance.trustedRoot)).not.toThrow();
  });

  it('signs any payloadType and non-JSON payload bytes', async () => {
    const garbage = Buffer.from([0xff, 0x00, 0x7b, 0x22]);
    const json = await instance.signDsse(garbage, githubClaims(), { payloadType: 'text/plain' });
    expect(json.dsseEnvelope?.payloadType).toBe('text/plain');
    expect(payloadOf(json).equals(garbage)).toBe(true);
    expect(() => sigstoreVerify(json, instance.trustedRoot)).not.toThrow();
  });

  it('mints message-signature bundles bound to the artifact', async () => {
    const json = await instance.signMessage(artifact, githubClaims());
    expect(json.messageSignature).toBeDefined();
    expect(() => sigstoreVerify(json, instance.trustedRoot, { artifact })).not.toThrow();
    const other = Buffer.from('some other bytes');
    expect(() => sigstoreVerify(json, instance.trustedRoot, { artifact: other })).toThrow();
  });

  it('keeps instances apart: a bundle does not verify against another instance root', async () => {
    const second = await createTestInstance();
    try {
      const fromSecond = await mintProvenance(second, githubClaims());
      expect(() => sigstoreVerify(fromSecond, second.trustedRoot)).not.toThrow();
      expect(() => sigstoreVerify(fromSecond, instance.trustedRoot)).toThrow();
    } finally {
      second.close();
    }
    // The first instance still works after the second closed.
    const again = await mintProvenance(instance, githubClaims());
    expect(() => sigstoreVerify(again, instance.trustedRoot)).not.toThrow();
  });
});

describe('committed fixtures', () => {
  const root = fixture('trusted_root.json');

  it('fixtures/trusted_root.json verifies bundles/in-repo-tag.sigstore.json', () => {
    const signer = sigstoreVerify(fixture('bundles/in-repo-tag.sigstore.json'), root);
    expect(signer.identity?.subjectAlternativeName).toBe(
      'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.2.3',
    );
  });

  it('every bundle listed in fixtures/index.json verifies', () => {
    const index = fixture('index.json') as {
      bundles: Record<string, { file: string; kind: string; artifacts: string[] }>;
    };
    const entries = Object.entries(index.bundles);
    expect(entries.length).toBeGreaterThanOrEqual(12);
    for (const [, entry] of entries) {
      const first = entry.artifacts[0] ?? '';
      const artifactBytes =
        entry.kind === 'messageSignature'
          ? readFileSync(fileURLToPath(new URL(`../fixtures/${first}`, import.meta.url)))
          : undefined;
      expect(() =>
        sigstoreVerify(fixture(entry.file), root, { artifact: artifactBytes }),
      ).not.toThrow();
    }
  });
});
