import { parseBundle } from '../bundle/parse-bundle.js';
import type { LoadedRoot } from '../crypto/trust.js';
import { evidenceFields, verifyBundleCrypto } from '../crypto/verify-signature.js';
import { VerifyError } from '../errors.js';
import { sameName } from '../github/names.js';
import { readCertificateIdentity } from '../identity/certificate-identity.js';
import type { AttestationCandidate } from '../input/read-attestations.js';
import { fail, pass, type AttestationResult, type Check } from '../result.js';
import { parseStatement, type StatementSubject } from '../statement/statement.js';

/** The predicate of GitHub's immutable-release attestation (`gh release verify`). */
export const RELEASE_PREDICATE_TYPE = 'https://in-toto.io/attestation/release/v0.1';

/** What the release must be: its repository, its tag, and the git object the tag names. */
export type ReleaseExpectation = {
  readonly owner: string;
  readonly repo: string;
  readonly tag: string;
  /** The tag ref's object id, as `git/ref/tags/TAG` gives it: sha1 (40 hex) or sha256 (64). */
  readonly ref: { readonly algorithm: 'sha1' | 'sha256'; readonly hex: string };
  /** `dotcom` for github.com, a GHE.com tenant's trust domain otherwise. */
  readonly trustDomain: string;
};

export type ReleaseAsset = { readonly name: string | undefined; readonly sha256: string };

/** One release attestation checked: its result, and the assets it lists (when it verified). */
export type ReleaseFindings = {
  readonly result: AttestationResult;
  readonly assets: readonly ReleaseAsset[];
};

/** The certificate identity GitHub signs releases with: no workflow, the releases domain. */
export function releaseSigner(trustDomain: string): string {
  return `https://${trustDomain}.releases.github.com`;
}

/**
 * GitHub's release attestation, as `gh release verify` checks it and more exactly: a DSSE
 * bundle verified against the trusted roots given (GitHub's instance: Fulcio and a TSA), signed
 * by GitHub itself (SAN exactly `https://<trust domain>.releases.github.com`, not a workflow),
 * with the release predicate naming this repository and exactly this tag, and a subject whose
 * digest is the tag's git object. The other subjects are the release's assets (name, sha256).
 */
export function verifyReleaseAttestation(
  candidate: AttestationCandidate,
  roots: readonly LoadedRoot[],
  expected: ReleaseExpectation,
): ReleaseFindings {
  const origin = candidate.origin;
  const checks: Check[] = [];
  try {
    if (candidate.kind === 'invalid') throw candidate.error;
    if (candidate.kind !== 'bundle')
      throw new VerifyError('BUNDLE_SHAPE', 'a release attestation is a Sigstore bundle');
    const parsed = parseBundle(candidate.json);
    if (parsed.dsse === undefined || parsed.leaf === undefined)
      throw new VerifyError(
        'BUNDLE_SHAPE',
        'a release attestation is a DSSE bundle with a certificate',
      );
    const crypto = verifyBundleCrypto(parsed, roots);
    checks.push(pass('signature', `verified against ${crypto.rootLabel}`));
    const san = readCertificateIdentity(parsed.leaf).san;
    const signer = releaseSigner(expected.trustDomain);
    checks.push(
      san?.kind === 'uri' && san.value === signer
        ? pass('release-signer', 'signed by GitHub for releases', signer, san.value)
        : fail(
            'release-signer',
            'ID_SAN',
            `not signed by GitHub for releases${san !== undefined && san.kind !== 'uri' ? ` (the SAN is a ${san.kind})` : ''}`,
            {
              expected: signer,
              actual: san?.value,
              hint: 'release attestations are signed by GitHub itself, never by a workflow',
            },
          ),
    );
    const statement = parseStatement(parsed.dsse.payload);
    checks.push(...predicateChecks(statement.predicateType, statement.predicate, expected));
    const refSubject = statement.subjects.find(
      (s) => s.digest[expected.ref.algorithm]?.toLowerCase() === expected.ref.hex,
    );
    checks.push(
      refSubject !== undefined
        ? pass(
            'release-ref',
            `the attestation covers tag ${expected.tag}'s git object`,
            `${expected.ref.algorithm}:${expected.ref.hex}`,
          )
        : fail(
            'release-ref',
            'SUBJECT',
            `the attestation does not cover tag ${expected.tag}'s git object`,
            {
              expected: `${expected.ref.algorithm}:${expected.ref.hex}`,
              actual: statement.subjects.map(describeSubject).join(', ') || undefined,
              hint: 'the tag may have been moved after the release was published',
            },
          ),
    );
    const failed = checks.some((c) => c.status === 'fail');
    return {
      result: {
        origin,
        verdict: failed ? 'failed' : 'verified',
        checks,
        predicateType: statement.predicateType,
        ...evidenceFields(crypto),
        warnings: [],
      },
      assets: failed ? [] : assetsOf(statement.subjects, refSubject),
    };
  } catch (err) {
    if (!(err instanceof VerifyError)) throw err;
    checks.push(
      fail(checks.length === 0 ? 'signature' : 'release', err.code, err.message, {
        hint: err.hint,
      }),
    );
    return { result: { origin, verdict: 'failed', checks, warnings: [] }, assets: [] };
  }
}

function predicateChecks(
  predicateType: string,
  predicate: Readonly<Record<string, unknown>> | undefined,
  expected: ReleaseExpectation,
): Check[] {
  if (predicateType !== RELEASE_PREDICATE_TYPE)
    return [
      fail('predicate-type', 'PREDICATE_TYPE', 'not a GitHub release attestation', {
        expected: RELEASE_PREDICATE_TYPE,
        actual: predicateType,
      }),
    ];
  const text = (key: string): string | undefined =>
    typeof predicate?.[key] === 'string' ? predicate[key] : undefined;
  const want = `${expected.owner}/${expected.repo}`;
  const repository = text('repository');
  const [owner = '', repo = '', ...extra] = (repository ?? '').split('/');
  const sameRepository =
    extra.length === 0 && sameName(owner, expected.owner) && sameName(repo, expected.repo);
  const tag = text('tag');
  return [
    pass('predicate-type', 'GitHub release attestation', RELEASE_PREDICATE_TYPE),
    sameRepository
      ? pass('release-repo', 'the release is of this repository', want, repository)
      : fail('release-repo', 'ID_REPO', 'the release attestation names another repository', {
          expected: want,
          actual: repository,
        }),
    tag === expected.tag
      ? pass('release-tag', 'the release is of this tag', expected.tag, tag)
      : fail('release-tag', 'ID_REF', 'the release attestation names another tag', {
          expected: expected.tag,
          actual: tag,
        }),
  ];
}

function assetsOf(
  subjects: readonly StatementSubject[],
  ref: StatementSubject | undefined,
): ReleaseAsset[] {
  return subjects.flatMap((s) => {
    const sha256 = s.digest.sha256?.toLowerCase();
    return s === ref || sha256 === undefined ? [] : [{ name: s.name, sha256 }];
  });
}

/** A subject's digests, in full: `ALG:HEX`, comma-separated. */
function describeSubject(s: StatementSubject): string {
  return Object.entries(s.digest)
    .map(([alg, hex]) => `${alg}:${hex}`)
    .join(', ');
}

/** Whether an asset digest is listed by a verified release attestation: the membership check. */
export function assetMembership(
  release: ReleaseFindings | undefined,
  sha256: string,
  tag: string,
): AttestationResult {
  const origin = release?.result.origin ?? `release ${tag}`;
  const listed = release?.assets.find((a) => a.sha256 === sha256);
  const check: Check =
    release?.result.verdict !== 'verified'
      ? fail(
          'release-asset',
          'NO_ATTESTATION',
          `release ${tag} has no verified release attestation`,
        )
      : listed !== undefined
        ? pass(
            'release-asset',
            `asset ${JSON.stringify(listed.name ?? '')} of release ${tag}`,
            `sha256:${sha256}`,
            `sha256:${listed.sha256}`,
          )
        : fail(
            'release-asset',
            'SUBJECT',
            `not an asset of release ${tag} (${release.assets.length} asset(s): ${release.assets.map((a) => JSON.stringify(a.name ?? '')).join(', ')})`,
            {
              expected: release.assets.map((a) => `sha256:${a.sha256}`).join(' | ') || undefined,
              actual: `sha256:${sha256}`,
            },
          );
  return {
    origin,
    verdict: check.status === 'pass' ? 'verified' : 'failed',
    checks: [check],
    warnings: [],
  };
}
