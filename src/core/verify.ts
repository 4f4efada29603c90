import { isIndeterminate } from './codes.js';
import { parseBundle } from './bundle/parse-bundle.js';
import { parseLegacyEnvelope } from './bundle/legacy-dsse.js';
import {
  evidenceFields,
  verifyBundleCrypto,
  type CryptoEvidence,
} from './crypto/verify-signature.js';
import type { LoadedRoot } from './crypto/trust.js';
import { VerifyError } from './errors.js';
import {
  readCertificateIdentity,
  type CertificateIdentity,
} from './identity/certificate-identity.js';
import type { AttestationCandidate } from './input/read-attestations.js';
import type { LeafCertificate } from './x509/leaf.js';
import { checkPredicateType, checkSubject, type ArtifactDigests } from './policy/checks/subject.js';
import type { Policy } from './policy/policy.js';
import { runPolicyChecks } from './policy/run-checks.js';
import { effectiveBuilder } from './policy/checks/workflow.js';
import type { CheckContext } from './policy/context.js';
import { readProvenance, type ProvenanceClaims } from './provenance/claims.js';
import { SLSA_PROVENANCE_TYPES } from './provenance/build-types.js';
import {
  fail,
  pass,
  type ArtifactResult,
  type AttestationResult,
  type Check,
  type Verdict,
} from './result.js';
import { parseStatement, type Statement } from './statement/statement.js';
import { summarizeIdentity, warningsFor } from './summary.js';

export type ArtifactSubject = { readonly name: string; readonly digests: ArtifactDigests };

export type VerifyRequest = {
  readonly policy: Policy;
  readonly roots: readonly LoadedRoot[];
  readonly artifacts: readonly ArtifactSubject[];
  readonly attestations: readonly AttestationCandidate[];
};

/** An attestation whose authenticity is settled (or whose failure is known). */
type Prepared =
  | {
      readonly ok: true;
      readonly origin: string;
      readonly proven: boolean;
      readonly crypto: CryptoEvidence | undefined;
      readonly cert: CertificateIdentity;
      readonly statement: Statement;
      readonly early: readonly Check[];
    }
  | {
      readonly ok: false;
      readonly origin: string;
      readonly checks: readonly Check[];
      readonly cert?: CertificateIdentity;
    };

/**
 * Verify every artifact against every attestation. Each attestation is verified end to end on
 * its own; an artifact passes when one attestation satisfies the whole policy; facts are never
 * combined across attestations. Pure: trust roots and inputs are passed in.
 */
export function verifyArtifacts(request: VerifyRequest): ArtifactResult[] {
  const prepared = request.attestations.map((c) => prepare(c, request.roots));
  return request.artifacts.map((artifact) => verifyArtifact(artifact, prepared, request.policy));
}

function verifyArtifact(
  artifact: ArtifactSubject,
  prepared: readonly Prepared[],
  policy: Policy,
): ArtifactResult {
  const attestations = prepared.map((p) => evaluate(p, artifact, policy));
  return {
    name: artifact.name,
    digests: artifact.digests,
    verdict: combineVerdicts(attestations.map((a) => a.verdict)),
    attestations,
  };
}

/** An artifact's verdict from its attestations': one verified is enough; else undecided beats failed. */
export function combineVerdicts(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes('verified')) return 'verified';
  if (verdicts.includes('indeterminate')) return 'indeterminate';
  return 'failed';
}

function prepare(candidate: AttestationCandidate, roots: readonly LoadedRoot[]): Prepared {
  const origin = candidate.origin;
  if (candidate.kind === 'invalid')
    return { ok: false, origin, checks: [errorCheck('bundle', candidate.error)] };
  const checks: Check[] = [];
  try {
    let leaf: LeafCertificate;
    let payload: Buffer;
    let crypto: CryptoEvidence | undefined;
    if (candidate.kind === 'legacy-dsse') {
      const envelope = parseLegacyEnvelope(candidate.json);
      checks.push(pass('bundle', 'legacy DSSE envelope with certificate'));
      checks.push(
        fail(
          'transparency-log',
          'TLOG_LOOKUP_NEEDED',
          'this envelope carries no transparency-log entry or timestamp: its signature time and certificate cannot be proven offline',
          {
            hint: 'look it up in the transparency log: --rekor-url https://rekor.sigstore.dev (the default when online, without --trusted-root or --offline); or ask the builder for a Sigstore bundle (slsa-github-generator >= v2.1.0 writes them)',
          },
        ),
      );
      ({ leaf, payload } = envelope);
    } else {
      const parsed = parseBundle(candidate.json);
      checks.push(pass('bundle', `Sigstore bundle v${parsed.version}`));
      if (parsed.dsse === undefined) {
        throw new VerifyError(
          'BUNDLE_SHAPE',
          'this bundle is a message signature, not an attestation',
          { hint: 'use verify-bundle for plain signatures' },
        );
      }
      crypto = verifyBundleCrypto(parsed, roots);
      checks.push(
        pass(
          'signature',
          `signature, certificate chain, timestamps and log entries verified against ${crypto.rootLabel}`,
        ),
      );
      if (parsed.leaf === undefined)
        throw new VerifyError(
          'KEY_MATERIAL',
          'attestation is key-signed: verify needs a Fulcio certificate',
        );
      leaf = parsed.leaf;
      payload = parsed.dsse.payload;
    }
    let cert: CertificateIdentity;
    try {
      cert = readCertificateIdentity(leaf);
    } catch (err) {
      return { ok: false, origin, checks: [...checks, errorCheck('identity', err)] };
    }
    try {
      const statement = parseStatement(payload);
      return {
        ok: true,
        origin,
        proven: crypto !== undefined,
        crypto,
        cert,
        statement,
        early: checks,
      };
    } catch (err) {
      return { ok: false, origin, cert, checks: [...checks, errorCheck('statement', err)] };
    }
  } catch (err) {
    return {
      ok: false,
      origin,
      checks: [...checks, errorCheck(checks.length === 0 ? 'bundle' : 'signature', err)],
    };
  }
}

function evaluate(p: Prepared, artifact: ArtifactSubject, policy: Policy): AttestationResult {
  if (!p.ok) {
    return {
      origin: p.origin,
      verdict: verdictOf(p.checks),
      checks: p.checks,
      ...(p.cert === undefined ? {} : { identity: summarizeIdentity(p.cert) }),
      warnings: [],
    };
  }
  const checks: Check[] = [...p.early];
  checks.push(checkPredicateType(policy, p.statement));
  checks.push(checkSubject(p.statement, artifact.digests, policy.subjectName));
  let claims: ProvenanceClaims | undefined;
  if (SLSA_PROVENANCE_TYPES.includes(p.statement.predicateType)) {
    try {
      claims = readProvenance(p.statement);
    } catch (err) {
      checks.push(errorCheck('provenance', err));
    }
  }
  const ctx: CheckContext = { policy, cert: p.cert, statement: p.statement, claims };
  checks.push(...runPolicyChecks(ctx));
  return {
    origin: p.origin,
    verdict: verdictOf(checks),
    checks,
    identity: summarizeIdentity(p.cert),
    predicateType: p.statement.predicateType,
    ...(claims === undefined ? {} : { buildType: claims.buildType, ...builderFields(ctx) }),
    ...(p.crypto === undefined ? {} : evidenceFields(p.crypto)),
    warnings: warningsFor(policy, p.cert),
  };
}

/**
 * The verified builder (what --builder-id is matched against: from the certificate, or from a
 * trusted delegator), and the predicate's own claim beside it when they differ.
 */
function builderFields(
  ctx: CheckContext,
): Pick<AttestationResult, 'builderId' | 'claimedBuilderId'> {
  const builder = effectiveBuilder(ctx);
  const builderId = builder.name === '' ? undefined : builder.display;
  const claimed = ctx.claims?.builderId;
  return {
    ...(builderId === undefined ? {} : { builderId }),
    ...(claimed === undefined || claimed === builderId ? {} : { claimedBuilderId: claimed }),
  };
}

function verdictOf(checks: readonly Check[]): Verdict {
  const failed = checks.filter((c) => c.status === 'fail');
  if (failed.length === 0) return 'verified';
  return failed.every((c) => c.code !== undefined && isIndeterminate(c.code))
    ? 'indeterminate'
    : 'failed';
}

/**
 * A failure while reading one attestation is that attestation's rejection, whatever threw: a
 * library meeting hostile bytes it cannot decode must not abort the verdicts of the others.
 */
function errorCheck(id: string, err: unknown): Check {
  if (err instanceof VerifyError) return fail(id, err.code, err.message, { hint: err.hint });
  const what = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return fail(id, 'MALFORMED', `cannot be read (${what})`);
}
