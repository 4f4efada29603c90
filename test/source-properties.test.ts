// Properties of the network sources' parsers over arbitrary input: they return a bounded value
// or a typed VerifyError, never crash, never allocate past a cap, never leave the API origin.
import { X509Certificate } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLegacyEnvelope } from '../src/core/bundle/legacy-dsse.js';
import { bundleFromRekorEntry } from '../src/core/bundle/rekor-entry.js';
import { fixtureJson } from './support/verify-helpers.js';
import { VerifyError } from '../src/core/errors.js';
import type { JsonValue } from '../src/core/json/strict-json.js';
import { npmPurl, parsePackageSpec, sha512FromIntegrity } from '../src/core/npm/package.js';
import { readPypiProvenance } from '../src/core/pypi/provenance.js';
import { nextLink } from '../src/sources/github.js';
import { decodeSnappy, encodeSnappyLiterals } from '../src/sources/snappy.js';

const RUNS = 2000;

/** Runs `f`; any throw must be a VerifyError. */
function typedOrValue<T>(f: () => T): T | VerifyError {
  try {
    return f();
  } catch (err) {
    if (err instanceof VerifyError) return err;
    throw err;
  }
}

const json = fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<JsonValue>;

describe('source parsers on arbitrary input', () => {
  it('Snappy: arbitrary bytes decode within the cap or fail MALFORMED/LIMIT', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const out = typedOrValue(() => decodeSnappy(bytes, 256));
        if (out instanceof VerifyError) expect(['MALFORMED', 'LIMIT']).toContain(out.code);
        else expect(out.length).toBeLessThanOrEqual(256);
      }),
      { numRuns: RUNS },
    );
  });

  it('Snappy: literals round-trip', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
        expect(decodeSnappy(encodeSnappyLiterals(bytes), 1 << 20).equals(Buffer.from(bytes))).toBe(
          true,
        );
      }),
      { numRuns: 50 },
    );
  });

  it('Link headers: next is undefined, on the API origin, or refused', () => {
    const first = 'https://api.github.com/repos/a/b/attestations/sha256:00';
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl().map((u) => `<${u}>; rel="next"`),
          fc.constant('<//evil.example/x>; rel=next'),
        ),
        (header) => {
          const next = typedOrValue(() => nextLink(header, first));
          if (typeof next === 'string') expect(new URL(next).origin).toBe('https://api.github.com');
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('PEP 740 objects and Rekor entries: a value or a typed error, never a crash', () => {
    // A well-formed legacy envelope with a real certificate, so the entry is what varies.
    const fixture = fixtureJson<{ verificationMaterial: { certificate: { rawBytes: string } } }>(
      'bundles/in-repo-tag.sigstore.json',
    );
    const pem = new X509Certificate(
      Buffer.from(fixture.verificationMaterial.certificate.rawBytes, 'base64'),
    ).toString();
    const legacy = parseLegacyEnvelope({
      payload: 'e30=',
      payloadType: 'application/vnd.in-toto+json',
      signatures: [{ sig: 'AA==', cert: pem }],
    });
    fc.assert(
      fc.property(json, (value) => {
        typedOrValue(() => readPypiProvenance('p', value));
        typedOrValue(() =>
          readPypiProvenance('p', {
            version: 1,
            attestation_bundles: [{ publisher: value, attestations: [value] }],
          }),
        );
        typedOrValue(() => bundleFromRekorEntry(legacy, value));
      }),
      { numRuns: RUNS },
    );
  });

  it('npm specs: accepted ones are exact name@version and round-trip; integrity is exactly 64 bytes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (spec) => {
        const pkg = typedOrValue(() => parsePackageSpec(spec));
        if (pkg instanceof VerifyError) return;
        expect(`${pkg.name}@${pkg.version}`).toBe(spec);
        expect(npmPurl(pkg).startsWith('pkg:npm/')).toBe(true);
      }),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(fc.string(), (integrity) => {
        const hex = typedOrValue(() =>
          sha512FromIntegrity(integrity, { name: 'a', version: '1.0.0' }),
        );
        if (typeof hex === 'string') expect(hex).toMatch(/^[0-9a-f]{128}$/);
      }),
      { numRuns: RUNS },
    );
  });
});
