import { RFC3161Timestamp } from '@sigstore/core';
import { parseLegacyEnvelope } from './bundle/legacy-dsse.js';
import { parseBundle } from './bundle/parse-bundle.js';
import { VerifyError } from './errors.js';
import { formatRepo, formatWorkflow, sameRepo } from './github/names.js';
import { branchOf, tagOf } from './github/refs.js';
import {
  effectiveCommit,
  effectiveIssuer,
  effectiveRef,
  readCertificateIdentity,
  type CertificateIdentity,
} from './identity/certificate-identity.js';
import type { AttestationCandidate } from './input/read-attestations.js';
import { GITHUB_ACTIONS_ISSUER } from './policy/policy.js';
import { SLSA_PROVENANCE_TYPES } from './provenance/build-types.js';
import { readProvenance } from './provenance/claims.js';
import type { IdentitySummary } from './result.js';
import { parseStatement } from './statement/statement.js';
import { summarizeIdentity } from './summary.js';
import type { LeafCertificate } from './x509/leaf.js';

/** What one attestation claims, read but not judged: nothing here is verified. */
export type InspectedAttestation = {
  readonly origin: string;
  readonly format?: string;
  readonly identity?: IdentitySummary;
  readonly certificate?: { readonly notBefore: string; readonly notAfter: string };
  readonly logEntries?: readonly {
    readonly logIndex: string;
    readonly kind: string;
    readonly integratedTime?: string;
    readonly inclusionProof: boolean;
    readonly inclusionPromise: boolean;
  }[];
  readonly timestamps?: readonly string[];
  readonly statement?: {
    readonly type: string;
    readonly predicateType: string;
    readonly subjects: readonly {
      readonly name?: string | undefined;
      readonly digest: Readonly<Record<string, string>>;
    }[];
  };
  readonly provenance?: {
    readonly buildType: string;
    readonly builderId: string;
    readonly facts: Readonly<Record<string, string>>;
  };
  /**
   * Policy flags that would accept this attestation's identity, derived from what it claims:
   * a starting point to check against what you expect, never something to trust as is.
   */
  readonly suggestedPolicy?: readonly string[];
  readonly error?: string;
};

export function inspectAttestation(candidate: AttestationCandidate): InspectedAttestation {
  const out: { -readonly [K in keyof InspectedAttestation]: InspectedAttestation[K] } = {
    origin: candidate.origin,
  };
  try {
    if (candidate.kind === 'invalid') throw candidate.error;
    let payload: Buffer | undefined;
    let leaf: LeafCertificate | undefined;
    if (candidate.kind === 'legacy-dsse') {
      const env = parseLegacyEnvelope(candidate.json);
      out.format = 'legacy DSSE envelope (no transparency-log material)';
      leaf = env.leaf;
      payload = env.payload;
    } else {
      const parsed = parseBundle(candidate.json);
      out.format = `Sigstore bundle v${parsed.version} (${parsed.dsse ? 'DSSE' : 'message signature'})`;
      leaf = parsed.leaf;
      const vm = parsed.bundle.verificationMaterial;
      out.logEntries = vm.tlogEntries.map((e) => ({
        logIndex: e.logIndex,
        kind: `${e.kindVersion?.kind ?? '?'}/${e.kindVersion?.version ?? '?'}`,
        ...(e.integratedTime && e.integratedTime !== '0'
          ? { integratedTime: new Date(Number(e.integratedTime) * 1000).toISOString() }
          : {}),
        inclusionProof: e.inclusionProof !== undefined,
        inclusionPromise: e.inclusionPromise !== undefined,
      }));
      out.timestamps = (vm.timestampVerificationData?.rfc3161Timestamps ?? []).map((t) =>
        RFC3161Timestamp.parse(Buffer.from(t.signedTimestamp)).signingTime.toISOString(),
      );
      payload = parsed.dsse?.payload;
    }
    let cert: CertificateIdentity | undefined;
    if (leaf !== undefined) {
      out.certificate = {
        notBefore: leaf.cert.notBefore.toISOString(),
        notAfter: leaf.cert.notAfter.toISOString(),
      };
      cert = readCertificateIdentity(leaf);
      out.identity = summarizeIdentity(cert);
    }
    let predicateType: string | undefined;
    if (payload !== undefined) {
      const statement = parseStatement(payload);
      predicateType = statement.predicateType;
      out.statement = {
        type: statement.type,
        predicateType: statement.predicateType,
        subjects: statement.subjects.map((s) => ({ name: s.name, digest: s.digest })),
      };
      if (SLSA_PROVENANCE_TYPES.includes(statement.predicateType)) {
        try {
          const claims = readProvenance(statement);
          out.provenance = {
            buildType: claims.buildType,
            builderId: claims.builderId,
            facts: Object.fromEntries(claims.facts.map((f) => [f.field, f.value])),
          };
        } catch (err) {
          if (!(err instanceof VerifyError)) throw err;
          out.provenance = { buildType: '?', builderId: '?', facts: { error: err.message } };
        }
      }
    }
    if (cert !== undefined) out.suggestedPolicy = suggestPolicy(cert, predicateType);
  } catch (err) {
    if (!(err instanceof VerifyError)) throw err;
    out.error = `[${err.code}] ${err.message}`;
  }
  return out;
}

/**
 * The flags of `verify` that the claimed identity would satisfy: the source repository and its
 * ids, the signer when it is a reusable workflow of another repository, the ref as a tag or
 * branch, the issuer when it is not GitHub's default, and the runner and predicate type when
 * the defaults would refuse them.
 */
export function suggestPolicy(
  cert: CertificateIdentity,
  predicateType: string | undefined,
): string[] {
  const flags: string[] = [];
  const gh = cert.github;
  const issuer = effectiveIssuer(cert);
  if (issuer !== undefined && issuer !== GITHUB_ACTIONS_ISSUER)
    flags.push(`--cert-oidc-issuer ${issuer}`);
  if (gh?.sourceRepo === undefined) {
    if (cert.san !== undefined) flags.push(`--cert-identity ${cert.san.value}`);
  } else {
    flags.push(`--repo ${formatRepo(gh.sourceRepo)}`);
    if (cert.sourceRepositoryId !== undefined) flags.push(`--repo-id ${cert.sourceRepositoryId}`);
    if (cert.sourceRepositoryOwnerId !== undefined)
      flags.push(`--owner-id ${cert.sourceRepositoryOwnerId}`);
    const signer = gh.signer;
    if (signer !== undefined && !sameRepo(signer, gh.sourceRepo))
      flags.push(`--signer-workflow ${formatWorkflow({ ...signer, ref: undefined })}`);
  }
  const ref = effectiveRef(cert);
  const tag = tagOf(ref);
  const branch = branchOf(ref);
  if (tag !== undefined) flags.push(`--source-tag ${tag}`);
  else if (branch !== undefined) flags.push(`--source-branch ${branch}`);
  else if (ref !== undefined) flags.push(`--source-ref ${ref}`);
  const commit = effectiveCommit(cert);
  if (commit !== undefined) flags.push(`--source-digest ${commit}`);
  if (gh !== undefined && cert.runnerEnvironment !== 'github-hosted')
    flags.push('--allow-self-hosted-runners');
  if (predicateType !== undefined && !SLSA_PROVENANCE_TYPES.includes(predicateType))
    flags.push(`--predicate-type ${predicateType}`);
  return flags;
}
