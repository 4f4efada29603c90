import { describe, expect, it } from 'vitest';
import { expectVerdict, failedCodesOf, fixtureJson, verifyWith } from './support/verify-helpers.js';

const ARTIFACT = 'artifacts/app-1.2.3.tgz';
const BUNDLE = 'bundles/in-repo-tag.sigstore.json';

type Bundle = {
  dsseEnvelope: {
    payloadType: string;
    payload: string;
    signatures: { sig: string; keyid?: string }[];
  };
  verificationMaterial: { certificate: { rawBytes: string } };
};

/** The same signed envelope as slsa-github-generator wrote it before bundles: cert beside the signature, no log material. */
function legacyEnvelope(): unknown {
  const b = fixtureJson<Bundle>(BUNDLE);
  const der = b.verificationMaterial.certificate.rawBytes;
  const pem = `-----BEGIN CERTIFICATE-----\n${der.match(/.{1,64}/g)?.join('\n') ?? ''}\n-----END CERTIFICATE-----\n`;
  const sig = b.dsseEnvelope.signatures[0]?.sig ?? '';
  return { ...b.dsseEnvelope, signatures: [{ keyid: '', sig, cert: pem }] };
}

describe('trust edges', () => {
  it('SCT: a certificate whose SCT is from a CT log absent from the trusted root is rejected', () => {
    const root = fixtureJson<{ ctlogs: { logId: { keyId: string } }[] }>('trusted_root.json');
    const ctlog = root.ctlogs[0];
    if (ctlog === undefined) throw new Error('fixture root has no CT log');
    ctlog.logId.keyId = Buffer.alloc(32, 7).toString('base64');
    const result = verifyWith({
      bundles: [BUNDLE],
      artifact: ARTIFACT,
      policy: { repo: 'acme/app' },
      rootJson: root,
    });
    expectVerdict(result, { fails: ['SCT'] });
  });

  it('TLOG_LOOKUP_NEEDED: a legacy envelope that satisfies the policy is indeterminate, never verified', () => {
    const result = verifyWith({
      bundles: [{ json: legacyEnvelope() }],
      artifact: ARTIFACT,
      policy: { repo: 'acme/app' },
    });
    expectVerdict(result, { fails: ['TLOG_LOOKUP_NEEDED'], verdict: 'indeterminate' });
  });

  it('a legacy envelope whose unproven identity already fails the policy is rejected outright', () => {
    const result = verifyWith({
      bundles: [{ json: legacyEnvelope() }],
      artifact: ARTIFACT,
      policy: { repo: 'acme/other' },
    });
    expect(result.verdict).toBe('failed');
    expect(failedCodesOf(result)).toContain('ID_REPO');
  });
});

describe('signed time outside the certificate', () => {
  it('CERT_TIME: a TSA timestamp an hour after signing is outside the 10-minute leaf certificate', async () => {
    const { createTestInstance, githubClaims, slsaV1Statement, statementBytes, sha256Subject } =
      await import('./support/mint.js');
    const instance = await createTestInstance({ tsaOffsetMs: 60 * 60 * 1000 });
    try {
      const artifact = Buffer.from('late artifact');
      const claims = githubClaims();
      const bundle = await instance.signDsse(
        statementBytes(slsaV1Statement([sha256Subject('late', artifact)], claims)),
        claims,
      );
      const result = verifyWith({
        bundles: [{ json: bundle }],
        artifact,
        policy: { repo: 'acme/app' },
        rootJson: instance.trustedRoot,
      });
      expectVerdict(result, { fails: ['CERT_TIME'] });
    } finally {
      instance.close();
    }
  });
});
