import { VerifyError } from '../errors.js';
import { formatRepo, parseRepoPath, parseWorkflowUri, sameRepo } from '../github/names.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../json/strict-json.js';
import type { AttestationCandidate } from '../input/read-attestations.js';
import { LIMITS } from '../limits.js';
import { fail, pass, type AttestationResult, type Check } from '../result.js';

export const PYPI_PUBLISH_PREDICATE = 'https://docs.pypi.org/attestations/publish/v1';
const BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const IN_TOTO = 'application/vnd.in-toto+json';

/** What PyPI says published the file (its Trusted Publisher record), GitHub kind only. */
export type Publisher = {
  readonly kind: string;
  readonly repository: string | undefined;
  readonly workflow: string | undefined;
  readonly environment: string | undefined;
};

/** One PEP 740 attestation as a candidate, with the publisher PyPI recorded for it. */
export type PypiCandidate = {
  readonly candidate: AttestationCandidate;
  readonly publisher: Publisher;
};

/**
 * A PEP 740 provenance object (`{version: 1, attestation_bundles: [{publisher, attestations}]}`)
 * → candidates. Each attestation becomes the Sigstore bundle v0.3 it stands for (certificate,
 * its one log entry, DSSE over the statement), as pypi-attestations converts it; anything
 * not of that exact shape is a failed candidate, never skipped.
 */
export function readPypiProvenance(origin: string, json: JsonValue): PypiCandidate[] {
  if (!isJsonObject(json) || json.version !== 1 || !Array.isArray(json.attestation_bundles))
    throw new VerifyError('MALFORMED', `${origin}: not a PEP 740 provenance object (version 1)`);
  const found: PypiCandidate[] = [];
  json.attestation_bundles.forEach((group, g) => {
    const publisher = readPublisher(isJsonObject(group) ? group.publisher : undefined);
    const list = isJsonObject(group) ? group.attestations : undefined;
    if (!Array.isArray(list)) {
      found.push({
        publisher,
        candidate: invalid(`${origin}#${g + 1}`, 'attestation bundle has no attestations list'),
      });
      return;
    }
    list.forEach((attestation, i) => {
      const at = `${origin}#${g + 1}.${i + 1}`;
      try {
        found.push({
          publisher,
          candidate: { origin: at, kind: 'bundle', json: bundleOf(attestation) },
        });
      } catch (err) {
        if (!(err instanceof VerifyError)) throw err;
        found.push({ publisher, candidate: { origin: at, kind: 'invalid', error: err } });
      }
    });
  });
  if (found.length > LIMITS.maxAttestations)
    throw new VerifyError(
      'LIMIT',
      `${origin}: ${found.length} attestations (limit ${LIMITS.maxAttestations})`,
    );
  return found;
}

function invalid(origin: string, message: string): AttestationCandidate {
  return { origin, kind: 'invalid', error: new VerifyError('BUNDLE_SHAPE', message) };
}

function only(obj: JsonObject, keys: readonly string[], what: string): void {
  const extra = Object.keys(obj).filter((k) => !keys.includes(k));
  if (extra.length > 0)
    throw new VerifyError('BUNDLE_SHAPE', `${what}: unknown field ${JSON.stringify(extra[0])}`);
}

function bundleOf(attestation: JsonValue): JsonValue {
  if (!isJsonObject(attestation) || attestation.version !== 1)
    throw new VerifyError('BUNDLE_SHAPE', 'PEP 740 attestation must be an object with version 1');
  only(attestation, ['version', 'verification_material', 'envelope'], 'attestation');
  const material = attestation.verification_material;
  const envelope = attestation.envelope;
  if (!isJsonObject(material) || !isJsonObject(envelope))
    throw new VerifyError('BUNDLE_SHAPE', 'attestation needs verification_material and envelope');
  only(material, ['certificate', 'transparency_entries'], 'verification_material');
  only(envelope, ['statement', 'signature'], 'envelope');
  const entries = material.transparency_entries;
  if (typeof material.certificate !== 'string' || !Array.isArray(entries) || entries.length !== 1)
    throw new VerifyError(
      'BUNDLE_SHAPE',
      'verification_material needs a certificate and exactly one transparency entry',
    );
  if (typeof envelope.statement !== 'string' || typeof envelope.signature !== 'string')
    throw new VerifyError('BUNDLE_SHAPE', 'envelope needs statement and signature (base64)');
  return {
    mediaType: BUNDLE_V03,
    verificationMaterial: { certificate: { rawBytes: material.certificate }, tlogEntries: entries },
    dsseEnvelope: {
      payload: envelope.statement,
      payloadType: IN_TOTO,
      signatures: [{ sig: envelope.signature }],
    },
  };
}

function readPublisher(json: JsonValue | undefined): Publisher {
  const str = (v: JsonValue | undefined): string | undefined =>
    typeof v === 'string' ? v : undefined;
  if (!isJsonObject(json))
    return { kind: '(none)', repository: undefined, workflow: undefined, environment: undefined };
  return {
    kind: str(json.kind) ?? '(none)',
    repository: str(json.repository),
    workflow: str(json.workflow),
    environment: str(json.environment),
  };
}

/**
 * PyPI's Trusted Publisher record must agree with the certificate: the same source repository
 * and, as the caller (top-level) workflow, the publisher's workflow file. The record is PyPI's
 * claim; the certificate stays the identity.
 */
export function checkPublisher(
  publisher: Publisher,
  result: AttestationResult,
  /** The policy pins the certificate identity and issuer exactly (--cert-identity, --cert-oidc-issuer). */
  identityPinned = false,
): Check[] {
  if (publisher.kind !== 'GitHub') {
    // GitLab, Google, ActiveState: their certificates carry no GitHub workflow identity, so the
    // repository rules cannot apply; an exactly pinned identity and issuer decide instead.
    if (identityPinned)
      return [
        pass(
          'publisher',
          `PyPI's Trusted Publisher is ${publisher.kind}: the certificate identity and issuer are pinned exactly (--cert-identity, --cert-oidc-issuer); PyPI's record is its claim and is not compared`,
          undefined,
          publisher.kind,
        ),
      ];
    return [
      fail(
        'publisher',
        'ID_PUBLISHER',
        `PyPI's Trusted Publisher is ${JSON.stringify(publisher.kind)}, not GitHub: --repo and --owner check GitHub workflow identities only (another publisher needs an identity pinned with --cert-identity and --cert-oidc-issuer)`,
        {
          expected: 'GitHub',
          actual: publisher.kind,
          hint: "pin this publisher's identity exactly: --cert-identity SAN --cert-oidc-issuer ISSUER (GitLab: https://gitlab.com; Google: https://accounts.google.com)",
        },
      ),
    ];
  }
  const checks: Check[] = [];
  const host = result.identity?.host;
  const certRepo = parseRepoPath(result.identity?.repository);
  const publisherRepo = parseRepoPath(publisher.repository);
  const sameRepository =
    certRepo !== undefined && publisherRepo !== undefined && sameRepo(certRepo, publisherRepo);
  checks.push(
    sameRepository
      ? pass(
          'publisher-repo',
          'Trusted Publisher repository matches the certificate',
          publisher.repository,
          certRepo && formatRepo(certRepo),
        )
      : fail(
          'publisher-repo',
          'ID_REPO',
          'PyPI names another repository as the Trusted Publisher than the certificate',
          {
            expected: publisher.repository,
            actual: certRepo && formatRepo(certRepo),
          },
        ),
  );
  const caller =
    host === undefined ? undefined : parseWorkflowUri(result.identity?.callerWorkflowUri, host);
  const want = `.github/workflows/${publisher.workflow ?? ''}`;
  checks.push(
    publisher.workflow !== undefined && caller?.path === want
      ? pass(
          'publisher-workflow',
          'Trusted Publisher workflow is the caller workflow',
          want,
          caller?.path,
        )
      : fail(
          'publisher-workflow',
          'ID_CALLER',
          "PyPI's Trusted Publisher workflow is not the certificate's caller workflow",
          {
            expected: want,
            actual: caller === undefined ? result.identity?.callerWorkflowUri : caller.path,
            hint: 'the publisher is the top-level workflow; a reusable workflow it calls signs, and that is fine',
          },
        ),
  );
  return checks;
}
